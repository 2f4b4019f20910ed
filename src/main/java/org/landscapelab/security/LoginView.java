package org.landscapelab.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in for instructors, inside the app's layout. Students never need it: it is where a student who opens an
 * instructor page lands, and it says so. Shows one button per configured OpenID Connect provider.
 */
@Route("login")
@PageTitle("Instructor sign-in · Landscape Lab")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    LoginView(SignInProviders providers) {
        addClassNames("lab-page", "lab-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Instructor sign-in");
        i18n.getForm().setUsername("Login name or e-mail");
        i18n.getErrorMessage().setTitle("Not signed in");
        i18n.getErrorMessage().setMessage("The login name or password is not right. Check both and try again.");
        form.setI18n(i18n);
        add(
                new H1("Instructors"),
                new Paragraph("This page is for the instructors of the course. Students need no account: lessons, "
                        + "progress and the resume code work without signing in."),
                form);
        if (!providers.all().isEmpty()) {
            Div links = new Div();
            links.addClassName("lab-providers");
            for (SignInProviders.Provider p : providers.all()) {
                Anchor a = new Anchor(p.url(), "Sign in with " + p.name());
                a.getElement().setAttribute("router-ignore", true);
                a.addClassName("lab-provider");
                links.add(a);
            }
            add(links);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
