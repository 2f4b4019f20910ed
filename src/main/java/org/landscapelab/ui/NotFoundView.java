package org.landscapelab.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A missing page or lesson: say so inside the normal frame and offer the way back. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        addClassName("lab-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(
                new H1("Page not found"),
                new Paragraph("There is no page at /" + event.getLocation().getPath() + ". "
                        + "The lesson may have been renamed or removed."),
                new RouterLink("Back to the catalog", CatalogView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
