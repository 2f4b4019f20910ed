package org.landscapelab.records;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Learners and the hashes of their cookie tokens and resume codes. */
@Repository
public class LearnerRepository {

    private final JdbcClient jdbc;

    public LearnerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new learner known by the token with this hash. */
    @Transactional
    public Learner create(String tokenHash, Instant now) {
        Learner learner = new Learner(UUID.randomUUID().toString(), now, null);
        jdbc.sql("INSERT INTO learner (id, created_at) VALUES (?, ?)")
                .params(learner.id(), utc(now))
                .update();
        addToken(learner.id(), tokenHash, now);
        return learner;
    }

    public void addToken(String learnerId, String tokenHash, Instant now) {
        jdbc.sql("INSERT INTO learner_token (token_hash, learner_id, created_at) VALUES (?, ?, ?)")
                .params(tokenHash, learnerId, utc(now))
                .update();
    }

    public Optional<Learner> findByToken(String tokenHash) {
        return jdbc.sql("""
                SELECT l.id, l.created_at, l.display_name FROM learner l
                JOIN learner_token t ON t.learner_id = l.id WHERE t.token_hash = ?""").param(tokenHash).query(LearnerRepository::learner).optional();
    }

    public Optional<Learner> findByResumeCode(String codeHash) {
        return jdbc.sql("SELECT id, created_at, display_name FROM learner WHERE resume_hash = ?")
                .param(codeHash)
                .query(LearnerRepository::learner)
                .optional();
    }

    public Optional<Learner> find(String learnerId) {
        return jdbc.sql("SELECT id, created_at, display_name FROM learner WHERE id = ?")
                .param(learnerId)
                .query(LearnerRepository::learner)
                .optional();
    }

    /** Replaces the learner's resume code: the old one stops working. */
    public void setResumeCode(String learnerId, String codeHash) {
        jdbc.sql("UPDATE learner SET resume_hash = ? WHERE id = ?")
                .params(codeHash, learnerId)
                .update();
    }

    public boolean hasResumeCode(String learnerId) {
        return jdbc.sql("SELECT COUNT(*) FROM learner WHERE id = ? AND resume_hash IS NOT NULL")
                        .param(learnerId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void revokeResumeCode(String learnerId) {
        jdbc.sql("UPDATE learner SET resume_hash = NULL WHERE id = ?")
                .param(learnerId)
                .update();
    }

    /** The learner a provider identity ({@code registration:subject}) belongs to. */
    public Optional<Learner> findByIdentity(String identity) {
        return jdbc.sql("""
                SELECT l.id, l.created_at, l.display_name FROM learner l
                JOIN learner_identity i ON i.learner_id = l.id WHERE i.identity = ?""").param(identity).query(LearnerRepository::learner).optional();
    }

    public void addIdentity(String learnerId, String identity, Instant now) {
        jdbc.sql("INSERT INTO learner_identity (identity, learner_id, created_at) VALUES (?, ?, ?)")
                .params(identity, learnerId, utc(now))
                .update();
    }

    public void setDisplayName(String learnerId, String name) {
        jdbc.sql("UPDATE learner SET display_name = ? WHERE id = ?")
                .params(name, learnerId)
                .update();
    }

    /** Deletes the learner, their tokens, events and positions. */
    public void delete(String learnerId) {
        jdbc.sql("DELETE FROM learner WHERE id = ?").param(learnerId).update();
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Learner learner(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Learner(
                rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3));
    }
}
