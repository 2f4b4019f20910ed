package org.landscapelab.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An instructor as the accounts page lists them; the password hash stays in the repository.
 *
 * @param username the login name, or the e-mail address an OpenID Connect provider reports
 * @param signsInWithPassword {@code false} for an account that signs in only through the provider
 */
public record InstructorAccount(
        String username,
        boolean signsInWithPassword,
        boolean administrator,
        Instant createdAt,
        @Nullable String createdBy) {}
