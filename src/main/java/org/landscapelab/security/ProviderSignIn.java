package org.landscapelab.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.landscapelab.records.LearnerCookie;
import org.landscapelab.records.LearnerTokens;
import org.landscapelab.records.ProgressRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a sign-in through the institution's provider: the learner behind this browser gets the person's name and is
 * linked to their identity, so the same progress follows them to any device where they sign in. Instructors go on
 * to the page they asked for; students to "My progress".
 */
final class ProviderSignIn implements AuthenticationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(ProviderSignIn.class);

    private final ProgressRecorder recorder;
    private final SavedRequestAwareAuthenticationSuccessHandler instructors =
            new SavedRequestAwareAuthenticationSuccessHandler();

    ProviderSignIn(ProgressRecorder recorder) {
        this.recorder = recorder;
        instructors.setDefaultTargetUrl("/instructor");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (authentication instanceof OAuth2AuthenticationToken t && t.getPrincipal() instanceof OidcUser user) {
            link(request, response, t.getAuthorizedClientRegistrationId() + ":" + user.getSubject(), name(user));
        }
        boolean instructor = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.INSTRUCTOR));
        if (instructor) {
            instructors.onAuthenticationSuccess(request, response, authentication);
        } else {
            response.sendRedirect(request.getContextPath() + "/progress");
        }
    }

    private void link(HttpServletRequest request, HttpServletResponse response, String identity, String name) {
        String token = LearnerCookie.token(request.getSession(false));
        if (token == null) {
            return;
        }
        try {
            recorder.signedIn(LearnerTokens.hash(token), identity, name).ifPresent(other -> {
                response.addCookie(LearnerCookie.cookie(other, request.isSecure(), request.getContextPath()));
                request.getSession().setAttribute(LearnerCookie.SESSION_TOKEN, other);
            });
        } catch (DataAccessException e) {
            // Signing in still works; the name and the link wait for the next sign-in.
            log.warn(
                    "Provider sign-in: the learner could not be linked now ({})",
                    e.getClass().getSimpleName());
        }
    }

    private static String name(OidcUser user) {
        if (user.getFullName() != null && !user.getFullName().isBlank()) {
            return user.getFullName();
        }
        return user.getEmail() != null ? user.getEmail() : "signed-in learner";
    }
}
