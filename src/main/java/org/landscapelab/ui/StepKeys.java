package org.landscapelab.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.dom.DomListenerRegistration;

/**
 * Left/right arrow keys move between steps, except while the student is typing or working a control; a single
 * document listener per page, replaced on every attach.
 */
final class StepKeys {

    private static final String INSTALL = """
            const view = this;
            if (window.__labStepKeys) document.removeEventListener('keydown', window.__labStepKeys);
            window.__labStepKeys = (e) => {
              if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.defaultPrevented) return;
              if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
              const path = e.composedPath();
              const busy = path.some(n => n instanceof HTMLElement && (n.isContentEditable
                || ['INPUT', 'TEXTAREA', 'SELECT'].includes(n.tagName)
                || /^VAADIN-(TEXT|NUMBER|INTEGER|COMBO|SELECT|SLIDER|TEXT-AREA|CHECKBOX|RADIO)/.test(n.tagName)
                || n.getAttribute('role') === 'slider' || n.tagName === 'LAB-CHART'));
              if (busy || !view.isConnected) return;
              e.preventDefault();
              view.dispatchEvent(new CustomEvent('lab-step', { detail: e.key === 'ArrowRight' ? 1 : -1 }));
            };
            document.addEventListener('keydown', window.__labStepKeys);""";

    private StepKeys() {}

    static void install(LessonView view) {
        if (ComponentUtil.getData(view, DomListenerRegistration.class) == null) {
            DomListenerRegistration r = view.getElement()
                    .addEventListener(
                            "lab-step",
                            e -> view.move(
                                    (int) e.getEventData().get("event.detail").asDouble()));
            r.addEventData("event.detail");
            ComponentUtil.setData(view, DomListenerRegistration.class, r);
        }
        view.getElement().executeJs(INSTALL);
    }
}
