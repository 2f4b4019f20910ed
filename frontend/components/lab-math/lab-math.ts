import katex from 'katex';

/**
 * <lab-math tex="W_1 W_2" display> — one formula, typeset by KaTeX into the light DOM (KaTeX's fonts do not
 * load inside a shadow root). A formula KaTeX cannot parse shows its source and the error, never a broken page.
 */
export class LabMath extends HTMLElement {
  // A display formula wider than its box scrolls sideways; keyboard users must be able to scroll it too.
  private overflow = new ResizeObserver(() => this.updateFocusable());

  static get observedAttributes() {
    return ['tex', 'display'];
  }

  connectedCallback() {
    this.render();
    if (this.hasAttribute('display')) this.overflow.observe(this);
  }

  disconnectedCallback() {
    this.overflow.disconnect();
  }

  private updateFocusable() {
    const scrolls = this.scrollWidth > this.clientWidth + 1;
    if (scrolls && !this.hasAttribute('tabindex')) {
      this.setAttribute('tabindex', '0');
    } else if (!scrolls && this.getAttribute('tabindex') === '0') {
      this.removeAttribute('tabindex');
    }
  }

  attributeChangedCallback() {
    if (this.isConnected) this.render();
  }

  private render() {
    const tex = this.getAttribute('tex') ?? '';
    const display = this.hasAttribute('display');
    try {
      katex.render(tex, this, {
        displayMode: display,
        throwOnError: true,
        output: 'htmlAndMathml',
        trust: false,
        strict: 'ignore',
        maxExpand: 500,
        maxSize: 20,
      });
      this.removeAttribute('data-error');
      if (display) this.updateFocusable();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const source = document.createElement('code');
      source.textContent = tex;
      const error = document.createElement('span');
      error.className = 'lab-math-error-message';
      error.textContent = ` ${message}`;
      this.replaceChildren(source, error);
      this.setAttribute('data-error', message);
    }
  }
}

if (!customElements.get('lab-math')) customElements.define('lab-math', LabMath);
