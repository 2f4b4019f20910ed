-- A learner who signs in through the institution's OpenID Connect provider: the provider's subject, so that the same
-- person finds the same progress on any device. Optional: most learners never sign in.
CREATE TABLE learner_identity (
    identity   VARCHAR(300) NOT NULL PRIMARY KEY,
    learner_id VARCHAR(36)  NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX learner_identity_learner ON learner_identity (learner_id);
