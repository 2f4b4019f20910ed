package org.landscapelab.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * A resume link, {@code /resume/<code>}: asks before switching this browser to the code's learner, so a link
 * someone else sends cannot silently swap whose progress this browser records.
 */
@Route("resume/:code")
@PageTitle("Continue your progress · Landscape Lab")
@AnonymousAllowed
class ResumeView extends Main implements BeforeEnterObserver {

    private final LearnerProgress progress;

    ResumeView(LearnerProgress progress) {
        this.progress = progress;
        addClassNames("lab-page", "lab-resume");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        removeAll();
        Button go = new Button("Continue here", e -> resume(progress, code, null));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClassName("lab-resume-go");
        add(
                new H1("Continue your progress on this device?"),
                new Paragraph("This link carries a resume code. Continuing makes this browser record the progress "
                        + "of the learner the code belongs to; the progress this browser has now is left behind."),
                go);
    }

    /** Switches to the learner whose code this is, or says why not (on {@code field} when given). */
    static void resume(LearnerProgress progress, String code, @Nullable HasValidation field) {
        Optional<String> token;
        try {
            token = progress.recorder().resume(code);
        } catch (DataAccessException e) {
            ProgressView.failed("resume with a code", e);
            return;
        }
        if (token.isEmpty()) {
            String message = "This code does not work: check it, or make a new one on the other device.";
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                Notification.show(message, 6000, Notification.Position.MIDDLE);
            }
            return;
        }
        ProgressView.switchTo(token.get());
        progress.reload();
        Notification.show("Welcome back: your progress is here now.", 4000, Notification.Position.BOTTOM_START);
        UI.getCurrent().navigate(ProgressView.class);
    }
}
