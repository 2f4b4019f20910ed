package org.landscapelab.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Switches between Lumo's light and dark variants. The choice lives in the browser's localStorage (key
 * {@code lab-theme}), so it survives reloads without an account; the app shell applies it before first paint.
 */
class ThemeSwitch extends Button {

    private static final String TOGGLE = """
            const root = document.documentElement;
            const dark = root.getAttribute('theme') !== 'dark';
            if (dark) { root.setAttribute('theme', 'dark'); } else { root.removeAttribute('theme'); }
            try { localStorage.setItem('lab-theme', dark ? 'dark' : 'light'); } catch (e) {}
            return dark;""";

    ThemeSwitch() {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        addClassName("lab-theme-switch");
        show(false);
        addClickListener(e -> getElement().executeJs(TOGGLE).then(Boolean.class, this::show));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement()
                .executeJs("return document.documentElement.getAttribute('theme') === 'dark'")
                .then(Boolean.class, this::show);
    }

    private void show(boolean dark) {
        setIcon((dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O).create());
        String label = dark ? "Switch to light theme" : "Switch to dark theme";
        setAriaLabel(label);
        setTooltipText(label);
        getElement().setAttribute("data-theme", dark ? "dark" : "light");
    }
}
