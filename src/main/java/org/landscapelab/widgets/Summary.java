package org.landscapelab.widgets;

import com.vaadin.flow.component.html.Paragraph;

/**
 * A widget's result in one plain sentence: the screen-reader view of the widget and a stable hook for tests and
 * graders ({@code [data-summary]}), announced politely on every recomputation.
 */
public class Summary extends Paragraph {

    public Summary() {
        addClassName("lab-summary");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("data-summary", "");
    }

    @Override
    public void setText(String text) {
        if (text != null && text.equals(getElement().getAttribute("data-summary"))) {
            return; // unchanged: nothing to send (Flow would replace the text node all the same)
        }
        super.setText(text);
        getElement().setAttribute("data-summary", text);
    }
}
