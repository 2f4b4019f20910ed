package org.landscapelab.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.HashSet;
import java.util.Set;
import org.landscapelab.records.ProgressRecorder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Students need no account: every student page is open ({@code @AnonymousAllowed} on the views). Instructor pages —
 * {@code /instructor/**} and any page opened with {@code ?instructor} — need the INSTRUCTOR role, checked here for
 * the HTTP request and again by Vaadin's navigation access control ({@code @RolesAllowed}) for in-app navigation.
 * CSRF protection stays on; Vaadin's configurer exempts only its own requests, which carry their own token.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    /** A page opened with {@code ?instructor} shows the lesson file's problems: instructors only. */
    static final RequestMatcher INSTRUCTOR_QUERY = request -> request.getParameter("instructor") != null;

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> oidc,
            InstructorAccounts accounts,
            ProgressRecorder recorder)
            throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(pathPattern("/instructor/backup.sql"))
                .hasRole(Roles.ADMIN)
                .requestMatchers(pathPattern("/instructor/**"))
                .hasRole(Roles.INSTRUCTOR)
                .requestMatchers(INSTRUCTOR_QUERY)
                .hasRole(Roles.INSTRUCTOR));
        // SecurityHeaders writes the policy headers on every response; these would repeat or contradict them.
        http.headers(h -> h.contentTypeOptions(c -> c.disable())
                .frameOptions(f -> f.disable())
                .xssProtection(x -> x.disable()));
        if (oidc.getIfAvailable() != null) {
            // The institution's provider: its users are instructors when an administrator added their e-mail address.
            http.oauth2Login(o -> o.loginPage("/login")
                    .userInfoEndpoint(u -> u.oidcUserService(instructorRoles(accounts)))
                    .successHandler(new ProviderSignIn(recorder)));
        }
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class, "/").anyRequest(r -> r.permitAll()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    private static OAuth2UserService<OidcUserRequest, OidcUser> instructorRoles(InstructorAccounts accounts) {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            Set<GrantedAuthority> roles = new HashSet<>(user.getAuthorities());
            String email = user.getEmail();
            if (email != null && Boolean.TRUE.equals(user.getEmailVerified())) {
                accounts.providerAccount(email).ifPresent(roles::addAll);
            }
            String nameKey = email != null ? "email" : "sub";
            return new DefaultOidcUser(roles, user.getIdToken(), user.getUserInfo(), nameKey);
        };
    }
}
