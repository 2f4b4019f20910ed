package org.landscapelab.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.landscapelab.lessons.Lesson;
import org.landscapelab.lessons.LessonCatalog;
import org.landscapelab.lessons.LessonRepository;
import org.landscapelab.lessons.LessonSummary;

/** The front page: one card per lesson, in course order. */
@Route("")
@PageTitle("Catalog · Landscape Lab")
@AnonymousAllowed
class CatalogView extends Main {

    private final LearnerProgress progress;

    CatalogView(LessonRepository lessons, LearnerProgress progress) {
        this.progress = progress;
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
        catalog.lessons().forEach(l -> grid.add(card(l, catalog.find(l.slug()).orElse(null))));
        return grid;
    }

    private Div card(LessonSummary lesson, @Nullable Lesson playable) {
        RouterLink link = new RouterLink(lesson.title(), LessonView.class, LessonView.parameters(lesson.slug(), null));
        link.addClassName("lab-card-link");
        H2 title = new H2(link);
        Span minutes = new Span(lesson.minutes() > 0 ? "about " + lesson.minutes() + " min" : "");
        minutes.addClassName("lab-card-meta");
        Div card = new Div(title, new Paragraph(lesson.summary()), minutes);
        card.addClassName("lab-card");
        if (playable != null) {
            LessonStanding standing =
                    LessonStanding.of(playable, progress.started(lesson.slug()).orElse(null));
            card.add(standing(standing, lesson.title()));
        }
        card.getElement().setAttribute("data-slug", lesson.slug());
        return card;
    }

    private Div standing(LessonStanding standing, String title) {
        Div box = new Div();
        box.addClassName("lab-card-progress");
        if (standing.started()) {
            ProgressBar bar = new ProgressBar(0, 1, standing.fraction());
            bar.getElement().setAttribute("aria-label", "Progress in " + title);
            Span text = new Span(standing.text());
            text.addClassName("lab-card-meta");
            text.getElement().setAttribute("data-progress", "");
            box.add(bar, text);
        }
        Anchor go = new Anchor(
                standing.continueUrl(), standing.complete() ? "Review" : standing.started() ? "Continue" : "Start");
        go.addClassName("lab-card-continue");
        go.getElement().setAttribute("aria-label", go.getText() + ": " + title);
        box.add(go);
        return box;
    }
}
