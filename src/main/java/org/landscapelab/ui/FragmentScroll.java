package org.landscapelab.ui;

import com.vaadin.flow.component.Component;

/**
 * An address with a fragment ({@code /widgets#checkpoint-…}, {@code /glossary#term-…}) arrives before the page is
 * built, so the browser has nothing to scroll to yet: scroll once it is. Live widgets and formulas above the target
 * keep growing as their results and typesetting arrive, pushing it down: until the reader scrolls themselves (or ten
 * seconds pass), every change of the page's height brings the target back to the top. A later jump within the page
 * (a table of contents) is kept the same way.
 */
final class FragmentScroll {

    private FragmentScroll() {}

    static void keep(Component view) {
        view.getElement().executeJs(KEEP_FRAGMENT_IN_VIEW);
    }

    private static final String KEEP_FRAGMENT_IN_VIEW = """
            const view = $0;
            const keep = () => {
              if (view.labKeeping) view.labKeeping();
              const id = decodeURIComponent(location.hash.slice(1));
              const target = id && document.getElementById(id);
              if (!target) return;
              target.scrollIntoView();
              const events = ['wheel', 'touchstart', 'keydown', 'mousedown'];
              const observer = new ResizeObserver(() => target.scrollIntoView());
              const stop = () => {
                observer.disconnect();
                events.forEach(e => window.removeEventListener(e, stop, true));
                clearTimeout(timer);
                view.labKeeping = null;
              };
              const timer = setTimeout(stop, 10000);
              events.forEach(e => window.addEventListener(e, stop, {capture: true, passive: true}));
              observer.observe(view);
              view.labKeeping = stop;
            };
            keep();
            window.addEventListener('hashchange', keep);""";
}
