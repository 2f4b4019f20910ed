package org.landscapelab.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.landscapelab.components.Formula;
import org.landscapelab.lessons.Lesson;
import org.landscapelab.lessons.LessonCatalog;
import org.landscapelab.lessons.LessonRepository;
import org.landscapelab.lessons.LessonSummary;
import org.landscapelab.security.Roles;

/**
 * The front page: the course's title, then each part of the course as a section with one card per lesson, in course
 * order. Signed-in instructors also see the drafts, marked as such.
 */
@Route("")
@PageTitle("Catalog · Landscape Lab")
@AnonymousAllowed
class CatalogView extends Main {

    private final LearnerProgress progress;
    private final boolean instructor;

    CatalogView(LessonRepository lessons, LearnerProgress progress, AuthenticationContext signedIn) {
        this.progress = progress;
        this.instructor = signedIn.hasRole(Roles.INSTRUCTOR);
        LessonCatalog catalog = lessons.current();
        addClassName("lab-page");
        // card titles and summaries may hold formulas
        add(Formula.ensureLoaded(), new H1(courseTitle(catalog)), intro());
        parts(catalog);
    }

    private static String courseTitle(LessonCatalog catalog) {
        return catalog.course().title().isBlank() ? "Lessons" : catalog.course().title();
    }

    private Paragraph intro() {
        Paragraph p = new Paragraph("Guided lessons on the loss landscapes of linear and pyramidal networks. "
                + "Every number you see is computed live from the example in front of you.");
        p.addClassName("lab-lead");
        return p;
    }

    private void parts(LessonCatalog catalog) {
        List<LessonCatalog.Section> sections = catalog.sections(instructor);
        if (sections.isEmpty()) {
            add(new Paragraph("No lessons found in " + catalog.dir().toAbsolutePath() + "."));
        }
        for (LessonCatalog.Section part : sections) {
            Div grid = new Div();
            grid.addClassName("lab-cards");
            part.lessons().forEach(l -> grid.add(card(l, catalog)));
            Section section = new Section();
            section.addClassName("lab-catalog-part");
            if (!part.title().isBlank()) {
                section.add(new H2(part.title()));
            }
            section.add(grid);
            add(section);
        }
    }

    private Div card(LessonSummary lesson, LessonCatalog catalog) {
        @Nullable Lesson playable = catalog.find(lesson.slug(), instructor).orElse(null);
        RouterLink link = new RouterLink(LessonView.class, LessonView.parameters(lesson.slug(), null));
        link.getElement().setProperty("innerHTML", lesson.titleHtml()); // made safe when the file was loaded
        link.addClassName("lab-card-link");
        H3 title = new H3(link);
        Span minutes = new Span(lesson.minutes() > 0 ? "about " + lesson.minutes() + " min" : "");
        minutes.addClassName("lab-card-meta");
        Paragraph summary = new Paragraph();
        summary.getElement().setProperty("innerHTML", lesson.summaryHtml());
        Div card = new Div(title, summary, minutes);
        card.addClassName("lab-card");
        if (catalog.isDraft(lesson.slug())) {
            card.add(LessonView.draftBadge());
        }
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
