package org.landscapelab.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.landscapelab.records.LearnerCookie;
import org.landscapelab.records.LearnerTokens;
import org.landscapelab.records.LessonRecord;
import org.landscapelab.records.ProgressEvent;
import org.landscapelab.records.ProgressRecorder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** "Download my record": everything recorded of the learner this browser stands for, as JSON. */
@RestController
class MyRecordController {

    static final String PATH = "/my-record.json";

    /** The download: who, where they are in each lesson, and every event. */
    record MyRecord(
            String format,
            Instant downloadedAt,
            @Nullable String learner,
            Map<String, LessonRecord> lessons,
            List<ProgressEvent> events) {}

    private final ProgressRecorder recorder;

    MyRecordController(ProgressRecorder recorder) {
        this.recorder = recorder;
    }

    @GetMapping(PATH)
    ResponseEntity<MyRecord> download(HttpServletRequest request) {
        String token = LearnerCookie.token(request.getSession(false));
        if (token == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        String hash = LearnerTokens.hash(token);
        var lessons = recorder.records(hash);
        if (lessons.isEmpty()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        MyRecord record = new MyRecord(
                "landscape-lab-record/1",
                recorder.now(),
                recorder.learner(hash).map(l -> l.pseudonym()).orElse(null),
                lessons.get(),
                recorder.events(hash));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"landscape-lab-record.json\"")
                .body(record);
    }
}
