package org.landscapelab.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.landscapelab.records.DatabaseBackup;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For administrators of a single H2 instance: the whole records database as an SQL script, taken while it runs. */
@RestController
class BackupController {

    static final String PATH = "/instructor/backup.sql";

    private final DatabaseBackup backup;

    BackupController(DatabaseBackup backup) {
        this.backup = backup;
    }

    @GetMapping(PATH)
    void download(HttpServletResponse response) throws IOException {
        if (!backup.supported()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("The records are in PostgreSQL: back them up with pg_dump.");
            return;
        }
        response.setContentType("application/sql;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"landscape-lab-" + LocalDate.now() + ".sql\"");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            backup.script(out);
        }
    }
}
