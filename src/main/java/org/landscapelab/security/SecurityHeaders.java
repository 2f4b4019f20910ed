package org.landscapelab.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response. A servlet filter of its own rather than Spring Security's header writers:
 * Vaadin's configurer lets its public pages and resources bypass the security filter chain, and those pages are the
 * ones that show lesson content.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    private final String policy;

    SecurityHeaders(
            @Value("${lab.security.image-hosts:}") String imageHosts,
            @Value("${lab.security.frame-ancestors:'self'}") String frameAncestors) {
        this.policy = contentPolicy(imageHosts, frameAncestors);
    }

    /**
     * The part every response gets; the page that boots the app adds the script and style part ({@link ScriptPolicy},
     * it needs a per-page nonce). Restricted here is what a lesson file could abuse: images and media from other hosts (tracking pixels), plugins,
     * {@code <base>}, form targets, and who may frame the app.
     *
     * @param imageHosts space-separated extra origins lessons may take images from, e.g. {@code https://img.example.edu}
     * @param frameAncestors who may embed the app, e.g. {@code 'self' https://lms.example.edu}
     */
    static String contentPolicy(String imageHosts, String frameAncestors) {
        String extra = imageHosts.isBlank() ? "" : " " + imageHosts.strip();
        return "img-src 'self' data: blob:" + extra + "; media-src 'self'" + extra + "; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors " + frameAncestors.strip();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!response.containsHeader("Content-Security-Policy")) {
            // A lesson file served with its own, stricter policy keeps it.
            response.setHeader("Content-Security-Policy", policy);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
