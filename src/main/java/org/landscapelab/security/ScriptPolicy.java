package org.landscapelab.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * The script and style half of the content-security policy, on the page that boots the app. Scripts: only the
 * app's own files and the bootstrap's inline scripts, which carry a fresh nonce per page (Flow hands it on to the
 * scripts it adds itself); no inline event handlers. Two concessions Vaadin Flow 25 needs (researched under issue
 * 12; docs/security.md): {@code 'unsafe-eval'}, because its client compiles server-sent JavaScript with
 * {@code new Function}, and inline styles, because it inserts {@code <style>} elements at run time.
 *
 * <p>Production mode only: the development server injects scripts this policy would block.
 */
@Component
class ScriptPolicy implements VaadinServiceInitListener {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!event.getSource().getDeploymentConfiguration().isProductionMode()) {
            return;
        }
        event.addIndexHtmlRequestListener(page -> {
            String nonce = nonce();
            if (page.getVaadinResponse() instanceof VaadinServletResponse servlet) {
                String base = servlet.getHttpServletResponse().getHeader("Content-Security-Policy");
                servlet.setHeader("Content-Security-Policy", (base == null ? "" : base + "; ") + policy(nonce));
            }
            page.getDocument().getElementsByTag("script").attr("nonce", nonce);
        });
    }

    static String policy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; script-src-attr 'none'; "
                + "style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; worker-src 'none'; "
                + "frame-src 'none'; manifest-src 'self'";
    }

    private static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
