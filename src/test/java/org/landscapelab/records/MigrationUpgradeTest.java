package org.landscapelab.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.landscapelab.config.DatabaseSettings;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Upgrading: an H2 file written by the first release of the records (schema version 1) migrates to the current
 * schema when the app starts on it, and keeps every learner, event and position.
 */
class MigrationUpgradeTest {

    @Test
    void a_version_1_h2_file_migrates_on_start_and_loses_nothing() throws Exception {
        Path dir = Files.createTempDirectory("lab-upgrade-");
        String url = DatabaseSettings.h2Url(dir);
        Instant t0 = Instant.parse("2026-11-01T10:00:00Z");

        try (HikariDataSource v1 = pool(url)) {
            Flyway.configure()
                    .dataSource(v1)
                    .locations("classpath:db/migration")
                    .target("1")
                    .load()
                    .migrate();
            LearnerRepository learners = new LearnerRepository(JdbcClient.create(v1));
            ProgressRepository progress = new ProgressRepository(JdbcClient.create(v1));
            Learner ada = learners.create(LearnerTokens.hash("ada-token"), t0);
            progress.append(ada.id(), ProgressEvent.step("two-layer", "problem", t0));
            progress.append(
                    ada.id(),
                    ProgressEvent.attempt(
                            "two-layer", "optimum", "compute-optimum", "3", false, null, t0.plusSeconds(30)));
            progress.append(
                    ada.id(), ProgressEvent.passed("two-layer", "optimum", "compute-optimum", t0.plusSeconds(40)));
            progress.savePosition(ada.id(), "two-layer", "optimum", "trainer.rate=0.05", t0.plusSeconds(41));
            assertThat(Flyway.configure()
                            .dataSource(v1)
                            .locations("classpath:db/migration")
                            .load()
                            .info()
                            .current()
                            .getVersion()
                            .getVersion())
                    .isEqualTo("1");
        }

        // The file is closed, as after a shutdown; the new release starts on it.
        try (HikariDataSource now = pool(url)) {
            var result = Flyway.configure()
                    .dataSource(now)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);
            JdbcClient jdbc = JdbcClient.create(now);
            LearnerRepository learners = new LearnerRepository(jdbc);
            ProgressRepository progress = new ProgressRepository(jdbc);
            Learner ada = learners.findByToken(LearnerTokens.hash("ada-token")).orElseThrow();
            assertThat(progress.events(ada.id()))
                    .extracting(ProgressEvent::kind)
                    .containsExactly(ProgressEvent.Kind.STEP, ProgressEvent.Kind.ATTEMPT, ProgressEvent.Kind.PASSED);
            LessonRecord record = progress.records(ada.id()).get("two-layer");
            assertThat(record.passed()).containsExactly("compute-optimum");
            assertThat(record.position().state()).isEqualTo("trainer.rate=0.05");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM instructor_account")
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }
}
