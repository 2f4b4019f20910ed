package org.landscapelab.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.landscapelab.lessons.LessonCatalog;
import org.landscapelab.lessons.LessonRepository;
import org.landscapelab.lessons.LessonSummary;

/** The front page: one card per lesson, in course order. */
@Route("")
@PageTitle("Catalog · Landscape Lab")
class CatalogView extends Main {

    CatalogView(LessonRepository lessons) {
        LessonCatalog catalog = lessons.current();
        addClassName("lab-page");
        add(new H1("Why are local minima of deep models global?"), intro(), cards(catalog));
    }

    private Paragraph intro() {
        Paragraph p = new Paragraph("Guided lessons on the loss landscapes of linear and pyramidal networks. "
                + "Every number you see is computed live from the example in front of you.");
        p.addClassName("lab-lead");
        return p;
    }

    private Div cards(LessonCatalog catalog) {
        Div grid = new Div();
        grid.addClassName("lab-cards");
        if (catalog.lessons().isEmpty()) {
            grid.add(new Paragraph("No lessons found in " + catalog.dir().toAbsolutePath() + "."));
        }
        catalog.lessons().forEach(l -> grid.add(card(l)));
        return grid;
    }

    private Div card(LessonSummary lesson) {
        RouterLink link = new RouterLink(lesson.title(), LessonView.class, LessonView.parameters(lesson.slug(), null));
        link.addClassName("lab-card-link");
        H2 title = new H2(link);
        Span minutes = new Span(lesson.minutes() > 0 ? "about " + lesson.minutes() + " min" : "");
        minutes.addClassName("lab-card-meta");
        Div card = new Div(title, new Paragraph(lesson.summary()), minutes);
        card.addClassName("lab-card");
        card.getElement().setAttribute("data-slug", lesson.slug());
        return card;
    }
}
