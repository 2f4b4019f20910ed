package org.landscapelab.widgets;

import com.vaadin.flow.component.Component;

/**
 * A result that no longer matches the inputs on screen (a field does not read) is dimmed and marked, never left
 * looking current: {@code lab-stale}, {@code aria-disabled} and {@code data-stale} until a new result replaces it.
 */
public final class Stale {

    /** Said after the reason when the inputs do not read and the result shown is the last good one. */
    public static final String LAST_RESULT = " What is shown below is for the last valid input, not for these fields.";

    private Stale() {}

    public static void mark(boolean stale, Component... parts) {
        for (Component c : parts) {
            if (stale) {
                c.addClassName("lab-stale");
                c.getElement().setAttribute("aria-disabled", "true");
                c.getElement().setAttribute("data-stale", "true");
            } else {
                c.removeClassName("lab-stale");
                c.getElement().removeAttribute("aria-disabled");
                c.getElement().removeAttribute("data-stale");
            }
        }
    }
}
