package org.landscapelab.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.landscapelab.lessons.LessonCatalog;
import org.landscapelab.lessons.LessonRepository;
import org.landscapelab.records.ProgressRecorder;
import org.landscapelab.security.Roles;

/** The frame of every page: product name, theme switch, and a drawer that lists the course. */
@Layout
@CssImport("./themes/landscape/styles.css")
@JsModule("./components/lab-scroll-hint/lab-scroll-hint.ts")
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final LessonRepository lessons;
    private final Div nav = new Div();
    private final Span count = new Span();
    private final Span notSaving = new Span();
    private final ProgressRecorder recorder;
    private AutoCloseable subscription;
    private AutoCloseable savingSubscription;

    private final boolean instructor;

    MainLayout(LessonRepository lessons, ProgressRecorder recorder, AuthenticationContext signedIn) {
        // Signing in or out reloads the page, so the layout is built anew with the right menu.
        this.instructor = signedIn.hasRole(Roles.INSTRUCTOR);
        this.lessons = lessons;
        this.recorder = recorder;
        setPrimarySection(Section.DRAWER);
        addToNavbar(true, navbar());
        nav.addClassName("lab-nav");
        addToDrawer(brand(), new Scroller(nav), drawerFooter());
        showCourse(lessons.current());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        // Instructors' pages get push, so a saved lesson file shows at once while they write; students' pages hold
        // no websocket and receive such news with their next request.
        if (instructor) {
            ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        }
        // A lesson added or renamed on disk shows up in the drawer of every open page.
        subscription = lessons.addListener(catalog -> ui.access(() -> showCourse(catalog)));
        // A quiet notice while progress cannot be written; it goes away by itself when writes resume.
        savingSubscription = recorder.addListener(saving -> ui.access(() -> notSaving.setVisible(!saving)));
        notSaving.setVisible(!recorder.saving());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        try {
            subscription.close();
            savingSubscription.close();
        } catch (Exception ignored) {
            // removing a listener cannot fail
        }
    }

    private void showCourse(LessonCatalog catalog) {
        nav.removeAll();
        nav.add(navigation(catalog));
        count.setText(lessonCount(catalog.lessons().size()));
    }

    private Header navbar() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the course menu");
        Span spacer = new Span();
        spacer.addClassName("lab-spacer");
        Span name = new Span("Landscape Lab");
        name.addClassName("lab-navbar-title");
        notSaving.setText("Progress not saved right now");
        notSaving
                .getElement()
                .setAttribute(
                        "title",
                        "Your progress cannot be saved at the moment. Keep working: "
                                + "it is kept on this page and saved as soon as the server can store it again.");
        notSaving.getElement().setAttribute("role", "status");
        notSaving.addClassName("lab-not-saving");
        notSaving.setVisible(false);
        Header header = new Header(toggle, name, spacer, notSaving, new ThemeSwitch());
        header.addClassName("lab-navbar");
        return header;
    }

    private Header brand() {
        Anchor home = new Anchor("", "Landscape Lab");
        home.addClassName("lab-brand");
        Header header = new Header(home);
        header.addClassName("lab-drawer-header");
        return header;
    }

    private Div navigation(LessonCatalog catalog) {
        SideNav course = new SideNav("Lessons");
        course.setCollapsible(true);
        catalog.lessons(instructor).forEach(l -> {
            SideNavItem item = new SideNavItem(null, LessonView.path(l.slug()), VaadinIcon.OPEN_BOOK.create());
            // The label as the catalog sets it, formulas typeset; the tooltip keeps the title's source.
            Span label = new Span();
            label.getElement().setProperty("innerHTML", l.titleHtml()); // made safe when the file was loaded
            item.getElement().appendChild(label.getElement());
            boolean draft = catalog.isDraft(l.slug());
            if (draft) {
                item.setSuffixComponent(LessonView.draftBadge());
            }
            item.setMatchNested(true);
            item.getElement().setAttribute("title", draft ? l.title() + " (draft)" : l.title());
            course.addItem(item);
        });
        course.getElement().setAttribute("aria-label", "Lessons");
        SideNav site = new SideNav();
        site.getElement().setAttribute("aria-label", "Site");
        site.addItem(new SideNavItem("Catalog", CatalogView.class, VaadinIcon.GRID_SMALL.create()));
        site.addItem(new SideNavItem("My progress", ProgressView.class, VaadinIcon.CHART_TIMELINE.create()));
        site.addItem(new SideNavItem("Widget reference", WidgetReferenceView.class, VaadinIcon.CUBES.create()));
        site.addItem(new SideNavItem("Search", SearchView.class, VaadinIcon.SEARCH.create()));
        site.addItem(new SideNavItem("Glossary", GlossaryView.class, VaadinIcon.BOOK.create()));
        site.addItem(new SideNavItem("About", AboutView.class, VaadinIcon.INFO_CIRCLE_O.create()));
        if (instructor) {
            site.addItem(new SideNavItem("Class", ClassView.class, VaadinIcon.GROUP.create()));
            site.addItem(new SideNavItem("Lesson files", LessonDashboardView.class, VaadinIcon.EDIT.create()));
        }
        return new Div(site, course);
    }

    private static String lessonCount(int n) {
        return n == 1 ? "1 lesson" : n + " lessons";
    }

    private Footer drawerFooter() {
        Footer footer = new Footer(count);
        if (!instructor) {
            Anchor signIn = new Anchor("instructor", "Instructor sign-in");
            signIn.addClassName("lab-instructor-link");
            footer.add(signIn);
        }
        footer.addClassName("lab-drawer-footer");
        return footer;
    }
}
