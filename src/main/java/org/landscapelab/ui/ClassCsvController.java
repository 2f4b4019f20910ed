package org.landscapelab.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.landscapelab.records.ClassReport;
import org.landscapelab.records.ProgressRepository;
import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The class report as CSV (RFC 4180, UTF-8): one row per learner and lesson, or with {@code table=checkpoints} one
 * row per checkpoint. Under {@code /instructor/}, so only instructors reach it (see the security configuration).
 */
@RestController
class ClassCsvController {

    static final String PATH = "/instructor/class.csv";

    private final ClassReports reports;

    ClassCsvController(ClassReports reports) {
        this.reports = reports;
    }

    @GetMapping(PATH)
    ResponseEntity<String> csv(
            @RequestParam(name = "from", required = false) @Nullable String from,
            @RequestParam(name = "to", required = false) @Nullable String to,
            @RequestParam(name = "table", defaultValue = "learners") String table) {
        LocalDate start;
        LocalDate end;
        try {
            start = from == null || from.isBlank() ? null : LocalDate.parse(from);
            end = to == null || to.isBlank() ? null : LocalDate.parse(to);
        } catch (DateTimeParseException e) {
            return plain(HttpStatus.BAD_REQUEST, "Dates are written YYYY-MM-DD, for example 2026-12-05.");
        }
        if (!table.equals("learners") && !table.equals("checkpoints")) {
            return plain(HttpStatus.BAD_REQUEST, "table is learners or checkpoints.");
        }
        ClassReport report;
        try {
            report = reports.report(start, end);
        } catch (ProgressRepository.TooManyEvents e) {
            return plain(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "This range holds more than " + ClassReports.MAX_EVENTS + " events; choose a shorter range.");
        } catch (DataAccessException e) {
            return plain(HttpStatus.SERVICE_UNAVAILABLE, "The learning records cannot be reached right now.");
        }
        String body = table.equals("learners") ? learners(report) : checkpoints(report);
        String name = "landscape-lab-" + table + (start == null ? "" : "-from-" + start)
                + (end == null ? "" : "-to-" + end) + ".csv";
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }

    static String learners(ClassReport report) {
        StringBuilder out = new StringBuilder(line(
                "learner",
                "learner_id",
                "lesson",
                "steps_seen",
                "steps",
                "checkpoints_passed",
                "checkpoints",
                "attempts",
                "last_active"));
        for (ClassReport.LearnerRow r : report.learners()) {
            out.append(line(
                    r.learner(),
                    r.learnerId(),
                    r.lesson(),
                    r.stepsSeen(),
                    r.steps(),
                    r.checkpointsPassed(),
                    r.checkpoints(),
                    r.attempts(),
                    r.lastActive()));
        }
        return out.toString();
    }

    static String checkpoints(ClassReport report) {
        StringBuilder out = new StringBuilder(line(
                "lesson",
                "checkpoint",
                "step",
                "started",
                "attempted",
                "passed",
                "median_attempts_to_pass",
                "common_wrong_answers"));
        for (ClassReport.LessonReport l : report.lessons()) {
            for (ClassReport.CheckpointReport c : l.checkpoints()) {
                out.append(line(
                        l.lesson(),
                        c.checkpoint(),
                        c.step(),
                        l.started(),
                        c.attempted(),
                        c.passed(),
                        c.medianAttemptsToPass() == null ? "" : ClassView.median(c.medianAttemptsToPass()),
                        c.commonWrong().stream()
                                .map(a -> a.answer() + " (" + a.count() + ")")
                                .collect(Collectors.joining("; "))));
            }
        }
        return out.toString();
    }

    private static String line(Object... cells) {
        return Stream.of(cells).map(c -> cell(String.valueOf(c))).collect(Collectors.joining(",")) + "\r\n";
    }

    /** Quotes when needed; a leading = + - @ is defused so a spreadsheet never runs a student's answer as a formula. */
    static String cell(String value) {
        String v =
                !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value) ? "'" + value : value;
        boolean quote = v.indexOf('"') >= 0 || v.indexOf(',') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static boolean isNumber(String v) {
        return v.matches("-?\\d+(\\.\\d+)?");
    }

    private static ResponseEntity<String> plain(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(message);
    }
}
