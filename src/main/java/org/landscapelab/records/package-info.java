/**
 * Learning records: who the (pseudonymous) learner is, what they did and where they are, kept in H2 or PostgreSQL.
 * Records and repositories over Spring's {@code JdbcClient}; the schema is the Flyway migrations in
 * {@code db/migration}. Knows nothing of lessons, widgets or Vaadin: lessons, steps and checkpoints are names here.
 */
@NullMarked
package org.landscapelab.records;

import org.jspecify.annotations.NullMarked;
