package org.landscapelab.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.landscapelab.lessons.LessonCatalog;
import org.landscapelab.lessons.LessonRepository;
import org.landscapelab.records.LearnerCookie;
import org.landscapelab.security.SignInProviders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * "My progress": each lesson's standing with a Continue link, a resume code to continue on another device, and
 * the learner's record to download, reset or delete.
 */
@Route("progress")
@PageTitle("My progress · Landscape Lab")
@AnonymousAllowed
class ProgressView extends Main implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(ProgressView.class);
    private static final String UNAVAILABLE =
            "This cannot be done right now: your progress cannot be reached. " + "Please try again in a minute.";

    private final LessonRepository lessons;
    private final LearnerProgress progress;
    private final Div codeBox = new Div();
    private final Button revoke = new Button("Stop my code", e -> revokeCode());

    private final SignInProviders providers;

    ProgressView(LessonRepository lessons, LearnerProgress progress, SignInProviders providers) {
        this.providers = providers;
        this.lessons = lessons;
        this.progress = progress;
        addClassNames("lab-page", "lab-my-progress");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1("My progress"));
        if (!progress.savedProgressShown()) {
            Paragraph p = new Paragraph("Your saved progress cannot be shown right now. What you do is kept on this "
                    + "page and saved when the server can store it again.");
            p.addClassName("lab-notice");
            add(p);
        }
        add(lessonsTable(lessons.current()));
        if (!providers.all().isEmpty()) {
            add(signInSection());
        }
        add(resumeSection(), recordSection());
    }

    private Div lessonsTable(LessonCatalog catalog) {
        Div list = new Div();
        list.addClassName("lab-progress-lessons");
        catalog.lessons()
                .forEach(summary -> catalog.find(summary.slug()).ifPresent(lesson -> {
                    LessonStanding standing = LessonStanding.of(
                            lesson, progress.started(summary.slug()).orElse(null));
                    Span title = new Span(summary.title());
                    title.addClassName("lab-progress-title");
                    ProgressBar bar = new ProgressBar(0, 1, standing.fraction());
                    bar.getElement().setAttribute("aria-label", "Progress in " + summary.title());
                    Span text = new Span(standing.text());
                    text.addClassName("lab-card-meta");
                    Anchor go = new Anchor(
                            standing.continueUrl(),
                            standing.complete() ? "Review" : standing.started() ? "Continue" : "Start");
                    go.getElement().setAttribute("aria-label", go.getText() + ": " + summary.title());
                    Div row = new Div(title, bar, text, go);
                    row.addClassName("lab-progress-row");
                    row.getElement().setAttribute("data-slug", summary.slug());
                    row.getElement().setAttribute("data-progress", standing.text());
                    list.add(row);
                }));
        return list;
    }

    // Only where the institution configured a provider: signing in keeps progress under the person, on any device.
    private Div signInSection() {
        Div section = new Div(new H2("Sign in with your institution"));
        String name;
        try {
            name = progress.recorder()
                    .learner(progress.tokenHash())
                    .map(l -> l.displayName())
                    .orElse(null);
        } catch (DataAccessException e) {
            name = null;
        }
        if (name != null) {
            Paragraph p = new Paragraph("Signed in as " + name + ". Sign in on another device to continue there; your "
                    + "instructors see this name next to your progress.");
            p.addClassName("lab-learner-name");
            section.add(p);
            return section;
        }
        section.add(new Paragraph("Optional. Signing in keeps your progress under your institution account, so it "
                + "follows you to every device where you sign in; your instructors then see your name instead of a "
                + "pseudonym."));
        Div links = new Div();
        links.addClassName("lab-actions");
        for (SignInProviders.Provider p : providers.all()) {
            Anchor a = new Anchor(p.url(), "Sign in with " + p.name());
            a.getElement().setAttribute("router-ignore", true);
            a.addClassName("lab-learner-sign-in");
            links.add(a);
        }
        section.add(links);
        return section;
    }

    private Div resumeSection() {
        Div section = new Div(
                new H2("Continue on another device"),
                new Paragraph(
                        "Your progress is tied to this "
                                + "browser, with no account. A resume code moves it: open its link, or type it below, on the other "
                                + "device. Keep it private — whoever has it can continue as you. Making a new code stops the old one."));
        codeBox.removeAll();
        boolean hasCode;
        try {
            hasCode = progress.recorder().hasResumeCode(progress.tokenHash());
        } catch (DataAccessException e) {
            hasCode = false;
        }
        if (hasCode) {
            codeBox.add(new Paragraph(
                    "You have a resume code. It is not shown again; make a new one if you have lost " + "it."));
        }
        Button make = new Button(hasCode ? "Make a new code" : "Make a resume code", e -> makeCode());
        make.addClassName("lab-make-code");
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        revoke.setVisible(hasCode);
        Div actions = new Div(make, revoke);
        actions.addClassName("lab-actions");
        TextField typed = new TextField("Have a code from another device?");
        typed.setPlaceholder("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-X");
        typed.addClassName("lab-resume-code");
        Button use = new Button("Continue with this code", e -> ResumeView.resume(progress, typed.getValue(), typed));
        Div useBox = new Div(typed, use);
        useBox.addClassName("lab-actions");
        section.add(codeBox, actions, useBox);
        return section;
    }

    private void makeCode() {
        try {
            String code = progress.recorder().newResumeCode(progress.tokenHash());
            revoke.setVisible(true);
            String link = base() + "resume/" + code;
            codeBox.removeAll();
            Span shown = new Span(code);
            shown.addClassName("lab-code");
            shown.getElement().setAttribute("data-code", code);
            Anchor anchor = new Anchor(link, link);
            anchor.setTarget(AnchorTarget.BLANK);
            anchor.addClassName("lab-resume-link");
            codeBox.add(
                    new Paragraph(new Span("Your code: "), shown),
                    new Paragraph(new Span("Its link: "), anchor),
                    new Paragraph("Write it down or copy the link now: it is shown only this once."));
        } catch (DataAccessException e) {
            failed("make a resume code", e);
        }
    }

    private void revokeCode() {
        try {
            progress.recorder().revokeResumeCode(progress.tokenHash());
            revoke.setVisible(false);
            codeBox.removeAll();
            codeBox.add(new Paragraph("Your code no longer works. Devices that used it keep your progress."));
        } catch (DataAccessException e) {
            failed("stop the code", e);
        }
    }

    private Div recordSection() {
        Anchor download = new Anchor(MyRecordController.PATH.substring(1), "Download my record (JSON)");
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("router-ignore", true);
        download.addClassName("lab-download");
        Button reset = new Button(
                "Reset my progress",
                e -> confirm(
                        "Reset your progress?",
                        "Every lesson starts again from its first step; passed checkpoints must be passed again. Your "
                                + "resume code keeps working.",
                        "Reset",
                        this::reset));
        reset.addClassName("lab-reset");
        Button delete = new Button(
                "Delete my record",
                e -> confirm(
                        "Delete your record?",
                        "Everything recorded of you — progress, answers, your resume code — is deleted from the server. "
                                + "This cannot be undone.",
                        "Delete",
                        this::delete));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClassName("lab-delete");
        Div actions = new Div(reset, delete);
        actions.addClassName("lab-actions");
        return new Div(
                new H2("Your record"),
                new Paragraph("What is kept: the steps you opened, the answers you "
                        + "checked and when, the checkpoints you passed, and where you left each lesson — under a random id, "
                        + "with no name or e-mail."),
                new Paragraph(download),
                actions);
    }

    private void confirm(String header, String text, String action, Runnable then) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, action, e -> then.run());
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void reset() {
        try {
            progress.recorder().reset(progress.tokenHash());
            progress.reload();
            Notification.show("Your progress was reset.", 4000, Notification.Position.BOTTOM_START);
            getUI().ifPresent(ui -> ui.navigate(ProgressView.class));
        } catch (DataAccessException e) {
            failed("reset your progress", e);
        }
    }

    private void delete() {
        try {
            progress.recorder().delete(progress.tokenHash());
            progress.reload();
            Notification.show("Your record was deleted.", 4000, Notification.Position.BOTTOM_START);
            getUI().ifPresent(ui -> ui.navigate(ProgressView.class));
        } catch (DataAccessException e) {
            failed("delete your record", e);
        }
    }

    static void failed(String what, DataAccessException e) {
        log.warn("Could not {}: {}", what, e.getClass().getSimpleName());
        Notification.show(UNAVAILABLE, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static String base() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String scheme = request.isSecure() ? "https" : "http";
        String host = request.getHeader("Host");
        return scheme + "://" + host + request.getContextPath() + "/";
    }

    /** Points this browser at another learner's token (after a resume code): cookie and session both. */
    static void switchTo(String token) {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse.getCurrent()
                .addCookie(LearnerCookie.cookie(token, request.isSecure(), request.getContextPath()));
        VaadinSession.getCurrent().getSession().setAttribute(LearnerCookie.SESSION_TOKEN, token);
    }
}
