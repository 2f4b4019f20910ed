package org.landscapelab.records;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs the Flyway migrations at start-up without making the database a condition of starting: lessons must work
 * while it is unreachable. When the first attempt fails, the recorder asks again before each retry of its writes.
 */
@Component
public class Migrations implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);
    private volatile Flyway flyway;
    private volatile boolean done;

    @Override
    public void migrate(Flyway flyway) {
        this.flyway = flyway;
        ensure();
    }

    /** {@code true} once the schema is current; tries to migrate when it is not yet. */
    public synchronized boolean ensure() {
        if (done) {
            return true;
        }
        if (flyway == null) {
            return false;
        }
        try {
            var result = flyway.migrate();
            done = true;
            log.info(
                    "Learning records: schema at version {} ({} migrations applied now)",
                    result.targetSchemaVersion == null
                            ? flyway.info().current().getVersion()
                            : result.targetSchemaVersion,
                    result.migrationsExecuted);
        } catch (RuntimeException e) {
            log.warn(
                    "Learning records: the database is not reachable ({}); lessons work, progress is kept in memory "
                            + "and written when it is back",
                    rootMessage(e));
        }
        return done;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
