package org.landscapelab.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A formula typeset by KaTeX (bundled, no CDN): {@code <lab-math tex="…" display>}. Lesson HTML uses the same
 * element, so a page that shows lesson text must load this class (see {@link #ensureLoaded()}).
 */
@Tag("lab-math")
@NpmPackage(value = "katex", version = "0.19.1")
@JsModule("./components/lab-math/lab-math.ts")
@CssImport("katex/dist/katex.min.css")
public class Formula extends Component {

    public Formula(String tex, boolean display) {
        setTex(tex);
        setDisplay(display);
    }

    public final void setTex(String tex) {
        getElement().setAttribute("tex", tex == null ? "" : tex);
    }

    public final void setDisplay(boolean display) {
        getElement().setAttribute("display", display);
    }

    /** An invisible instance whose only job is to make the page load the element's module and styles. */
    public static Component ensureLoaded() {
        Formula loader = new Formula("", false);
        loader.setVisible(false);
        return loader;
    }
}
