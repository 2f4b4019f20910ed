-- Instructors and administrators. A password account keeps only a BCrypt hash; an account that signs in through
-- the institution's OpenID Connect provider has no password and is matched by its e-mail address.
CREATE TABLE instructor_account (
    username      VARCHAR(200) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(100),
    administrator BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(200)
);
