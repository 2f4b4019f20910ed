package org.landscapelab.records;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A learner: a random id, and a name only when a sign-in gave one.
 *
 * @param id random, 122 bits (a UUID); shown to instructors shortened, as a pseudonym
 */
public record Learner(
        String id, Instant createdAt, @Nullable String displayName) {

    /** The pseudonym instructors see: the first eight characters of the id. */
    public String pseudonym() {
        return displayName != null ? displayName : pseudonym(id);
    }

    /** {@code learner-} and the first eight characters of the id: enough to tell a class apart, not a secret. */
    public static String pseudonym(String id) {
        return "learner-" + id.substring(0, Math.min(8, id.length()));
    }
}
