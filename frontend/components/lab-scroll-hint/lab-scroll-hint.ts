/**
 * Boxes that scroll sideways (wide tables, display formulas, result sections) get a shadow on the side where
 * more content is hidden, so on a phone nobody mistakes a cut-off column for the end of the table. Classes
 * `lab-more-left` / `lab-more-right` are kept in step with the box's size and scroll position.
 */
const SELECTOR = '.lab-table, lab-math[display], .lab-result-section, .lab-prose pre, .lab-prose table';
const watched = new WeakSet<Element>();

function update(el: Element) {
  const max = el.scrollWidth - el.clientWidth;
  el.classList.toggle('lab-more-left', max > 1 && el.scrollLeft > 1);
  el.classList.toggle('lab-more-right', max > 1 && el.scrollLeft < max - 1);
}

const sizes = new ResizeObserver((entries) => entries.forEach((e) => update(e.target)));

function watch(root: ParentNode) {
  root.querySelectorAll(SELECTOR).forEach((el) => {
    if (watched.has(el)) return;
    watched.add(el);
    el.addEventListener('scroll', () => update(el), { passive: true });
    sizes.observe(el);
    update(el);
  });
}

let pending = false;
new MutationObserver(() => {
  // many mutations arrive per server round trip: look once per frame
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    watch(document);
  });
}).observe(document.documentElement, { childList: true, subtree: true });
watch(document);

export {};
