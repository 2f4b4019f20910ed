package org.landscapelab.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.landscapelab.components.Formula;
import org.landscapelab.lessons.LessonAuthoring;
import org.landscapelab.lessons.LessonCatalog;
import org.landscapelab.lessons.LessonRepository;
import org.landscapelab.security.Roles;
import org.landscapelab.widgets.WidgetRegistry;

/**
 * The instructors' lesson dashboard: every problem of the course, a lesson's text with a live preview of unsaved
 * edits and Save, and the last reloads of the lessons folder. Instructors' pages have push (see {@link MainLayout}),
 * so a save — here or in an editor on the server — shows without a click.
 */
@Route("instructor/lessons")
@PageTitle("Lesson files · Landscape Lab")
@RolesAllowed(Roles.INSTRUCTOR)
class LessonDashboardView extends Main {

    static final String PATH = "/instructor/lessons";

    private final LessonRepository lessons;
    private final CourseProblems problems;
    private final LessonEditor editor;
    private final ReloadLog reloads = new ReloadLog();
    private @Nullable AutoCloseable subscription;

    LessonDashboardView(LessonRepository lessons, WidgetRegistry widgets) {
        this.lessons = lessons;
        LessonAuthoring authoring = new LessonAuthoring(lessons.current().dir(), widgets);
        this.problems = new CourseProblems(authoring);
        this.editor = new LessonEditor(authoring, widgets);
        addClassNames("lab-page", "lab-dashboard");
        add(Formula.ensureLoaded(), new H1("Lesson files"), new Anchor("/instructor", "Back to the class"));
        add(problems, editor, reloads);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        // Listen first, then show: a reload in between is shown twice rather than missed.
        subscription = lessons.addListener(catalog -> ui.access(() -> show(catalog)));
        show(lessons.current());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        try {
            if (subscription != null) {
                subscription.close();
            }
        } catch (Exception ignored) {
            // removing a listener cannot fail
        }
    }

    private void show(LessonCatalog catalog) {
        problems.show(catalog);
        reloads.show(lessons.history().newestFirst());
        editor.refreshFolders();
    }
}
