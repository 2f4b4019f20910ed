package org.landscapelab.records;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who the learner is, with no account: a random token in a long-lived cookie (HttpOnly, SameSite=Lax, Secure
 * behind HTTPS), checked once per HTTP session and kept there for the pages.
 *
 * <p>A token is accepted when it stands for a learner in the database, or when it was issued in this session
 * (learners are created with their first write). Anything else — a forged, guessed or malformed value — is
 * replaced by a fresh token, so it never opens another learner's record. While the database is away a
 * well-formed token is accepted as it is: nothing can be read with it then.
 */
@Component
public class LearnerCookie extends OncePerRequestFilter {

    public static final String NAME = "lab_learner";
    /** The session attribute holding the learner's token. */
    public static final String SESSION_TOKEN = LearnerCookie.class.getName() + ".token";

    static final Duration LIFETIME = Duration.ofDays(400); // the longest a browser keeps a cookie
    // Files and machine endpoints: no learner, no session
    private static final List<String> SKIP = List.of(
            "/VAADIN/",
            "/actuator",
            "/lesson-files/",
            "/favicon",
            "/icons/",
            "/images/",
            "/sw.js",
            "/manifest",
            "/offline");

    private final ProgressRecorder recorder;

    public LearnerCookie(ProgressRecorder recorder) {
        this.recorder = recorder;
    }

    /** The token the current HTTP session stands for, if the filter has seen it. */
    public static @Nullable String token(@Nullable HttpSession session) {
        return session == null ? null : (String) session.getAttribute(SESSION_TOKEN);
    }

    /** The cookie that carries a token; {@code secure} when the request came over HTTPS. */
    public static Cookie cookie(String token, boolean secure, String contextPath) {
        Cookie cookie = new Cookie(NAME, token);
        cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return SKIP.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = presented(request);
        HttpSession session = request.getSession(false);
        String known = token(session);
        if (presented == null || !presented.equals(known)) {
            String token = presented != null && accepted(presented)
                    ? presented
                    : known != null && presented == null
                            ? known // the browser dropped the cookie: give it back
                            : LearnerTokens.newToken();
            if (!token.equals(presented)) {
                response.addCookie(cookie(token, request.isSecure(), request.getContextPath()));
            }
            request.getSession(true).setAttribute(SESSION_TOKEN, token);
        }
        chain.doFilter(request, response);
    }

    private boolean accepted(String token) {
        if (!LearnerTokens.wellFormed(token)) {
            return false;
        }
        if (!recorder.saving()) {
            return true;
        }
        boolean known = recorder.learner(LearnerTokens.hash(token)).isPresent();
        return known || !recorder.saving(); // the lookup itself may have found the database away
    }

    private static @Nullable String presented(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? null
                : Arrays.stream(cookies)
                        .filter(c -> NAME.equals(c.getName()))
                        .map(Cookie::getValue)
                        .findFirst()
                        .orElse(null);
    }
}
