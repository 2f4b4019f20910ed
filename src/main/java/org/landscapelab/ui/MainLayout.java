package org.landscapelab.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.CssImport;
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
import org.landscapelab.lessons.LessonCatalog;

/** The frame of every page: product name, theme switch, and a drawer that lists the course. */
@Layout
@CssImport("./themes/landscape/styles.css")
public class MainLayout extends AppLayout {

    private final LessonCatalog catalog;

    MainLayout(LessonCatalog catalog) {
        this.catalog = catalog;
        setPrimarySection(Section.DRAWER);
        addToNavbar(true, navbar());
        addToDrawer(brand(), new Scroller(navigation()), drawerFooter());
    }

    private Header navbar() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the course menu");
        Span spacer = new Span();
        spacer.addClassName("lab-spacer");
        Span name = new Span("Landscape Lab");
        name.addClassName("lab-navbar-title");
        Header header = new Header(toggle, name, spacer, new ThemeSwitch());
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

    private Div navigation() {
        SideNav course = new SideNav("Lessons");
        course.setCollapsible(true);
        catalog.lessons().forEach(l -> course.addItem(
                new SideNavItem(l.title(), LessonView.path(l.slug()), VaadinIcon.OPEN_BOOK.create())));
        course.getElement().setAttribute("aria-label", "Lessons");
        SideNav site = new SideNav();
        site.getElement().setAttribute("aria-label", "Site");
        site.addItem(new SideNavItem("Catalog", CatalogView.class, VaadinIcon.GRID_SMALL.create()));
        site.addItem(new SideNavItem("About", AboutView.class, VaadinIcon.INFO_CIRCLE_O.create()));
        Div both = new Div(site, course);
        both.addClassName("lab-nav");
        return both;
    }

    private static String lessonCount(int n) {
        return n == 1 ? "1 lesson" : n + " lessons";
    }

    private Footer drawerFooter() {
        Footer footer = new Footer(new Span(lessonCount(catalog.lessons().size())));
        footer.addClassName("lab-drawer-footer");
        return footer;
    }
}
