package org.landscapelab.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import org.landscapelab.lessons.Lesson;
import org.landscapelab.lessons.LessonCatalog;

/** One lesson, rendered from its file. The step-by-step player comes with the lesson engine. */
@Route("lessons")
class LessonView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final LessonCatalog catalog;
    private String title = "Lesson";

    LessonView(LessonCatalog catalog) {
        this.catalog = catalog;
        addClassNames("lab-page", "lab-lesson");
    }

    static String path(String slug) {
        return RouteConfiguration.forApplicationScope().getUrl(LessonView.class, slug);
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        Lesson lesson = catalog.find(slug).orElseThrow(() -> new NotFoundException("No lesson " + slug));
        title = lesson.summary().title();
        removeAll();
        Paragraph summary = new Paragraph(lesson.summary().summary());
        summary.addClassName("lab-lead");
        add(new H1(title), summary, new Html("<div class=\"lab-prose\">" + lesson.html() + "</div>"));
    }

    @Override
    public String getPageTitle() {
        return title + " · Landscape Lab";
    }
}
