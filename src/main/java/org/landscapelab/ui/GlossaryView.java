package org.landscapelab.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.landscapelab.components.Formula;
import org.landscapelab.lessons.Glossary;
import org.landscapelab.lessons.LessonRepository;

/**
 * The course's terms ({@code glossary.yml}), alphabetically; a term named in a lesson links to its entry here, with the
 * definition as the link's tooltip.
 */
@Route("glossary")
@PageTitle("Glossary · Landscape Lab")
@AnonymousAllowed
class GlossaryView extends Main {

    GlossaryView(LessonRepository lessons) {
        addClassNames("lab-page", "lab-glossary");
        add(Formula.ensureLoaded(), new H1("Glossary"));
        Glossary glossary = lessons.current().glossary();
        if (glossary.entries().isEmpty()) {
            add(new Paragraph("This course has no glossary yet."));
            return;
        }
        add(new Paragraph("The words the lessons use, in the sense they use them. A term underlined with dots in a"
                + " lesson links here."));
        for (Glossary.Entry e : glossary.entries()) {
            Div entry = new Div(new H2(e.term()));
            entry.setId("term-" + e.key());
            entry.addClassName("lab-glossary-entry");
            Div definition = new Div();
            definition.addClassName("lab-prose");
            definition.getElement().setProperty("innerHTML", e.definitionHtml()); // made safe when the file was read
            entry.add(definition);
            add(entry);
        }
        FragmentScroll.keep(this); // a link from a lesson: /glossary#term-…
    }
}
