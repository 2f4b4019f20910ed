package org.landscapelab.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * A consistent SQL dump of the embedded H2 database while the app runs (H2's {@code SCRIPT}), for the single-instance
 * installation; PostgreSQL installations back up with {@code pg_dump}.
 */
@Component
public class DatabaseBackup {

    private final DataSource dataSource;

    public DatabaseBackup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** {@code true} when the records live in H2, which can dump itself. */
    public boolean supported() {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "H2".equals(product);
        } catch (Exception e) {
            return false;
        }
    }

    /** Writes the dump, one SQL statement per line, as H2 produces it; restore with {@code RUNSCRIPT FROM}. */
    public void script(Writer out) {
        new JdbcTemplate(dataSource).query("SCRIPT", rs -> {
            try {
                out.write(rs.getString(1));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
