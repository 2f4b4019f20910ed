package org.landscapelab.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** The OpenID Connect providers configured for this installation (none by default), as sign-in links show them. */
@Component
public class SignInProviders {

    /** @param url where the sign-in with this provider starts */
    public record Provider(String id, String name, String url) {}

    private final List<Provider> providers;

    SignInProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        List<Provider> found = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object r : all) {
                if (r instanceof ClientRegistration c) {
                    found.add(new Provider(
                            c.getRegistrationId(),
                            c.getClientName(),
                            "/oauth2/authorization/" + c.getRegistrationId()));
                }
            }
        }
        providers = List.copyOf(found);
    }

    public List<Provider> all() {
        return providers;
    }
}
