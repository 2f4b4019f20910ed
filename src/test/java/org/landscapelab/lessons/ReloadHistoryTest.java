package org.landscapelab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadHistoryTest {

    private static final String GOOD = "---\ntitle: Demo\n---\n## One\nText.\n";

    @TempDir
    Path dir;

    private void write(String slug, String text) throws IOException {
        Files.createDirectories(dir.resolve(slug));
        Files.writeString(dir.resolve(slug).resolve("lesson.md"), text);
    }

    private static ReloadHistory.Reload at(long second) {
        return new ReloadHistory.Reload(Instant.ofEpochSecond(second), List.of(), List.of(), 0, 0);
    }

    @Test
    void reloads_come_newest_first_and_only_the_last_fifty_are_kept() {
        ReloadHistory history = new ReloadHistory();
        for (int i = 1; i <= ReloadHistory.KEPT + 7; i++) {
            history.add(at(i));
        }

        List<ReloadHistory.Reload> reloads = history.newestFirst();

        assertThat(reloads).hasSize(ReloadHistory.KEPT);
        assertThat(reloads.getFirst().at()).isEqualTo(Instant.ofEpochSecond(ReloadHistory.KEPT + 7));
        assertThat(reloads.getLast().at()).isEqualTo(Instant.ofEpochSecond(8));
    }

    @Test
    void a_reload_says_whether_a_broken_save_kept_the_last_good_version_and_counts_the_problems() throws IOException {
        Files.writeString(dir.resolve("course.yml"), "parts:\n  - title: P\n    lessons: [demo, other]\n");
        write("demo", GOOD);
        write("other", GOOD);
        try (LessonRepository repository = new LessonRepository(dir, WidgetSchemas.none())) {
            write("demo", GOOD.replace("title: Demo", "title: Demo\nminutes: [3"));
            repository.reload(List.of(Path.of("demo", "lesson.md")));
            write("demo", GOOD.replace("Text.", "Better text."));
            repository.reload();

            List<ReloadHistory.Reload> reloads = repository.history().newestFirst();

            assertThat(reloads).hasSize(2);
            ReloadHistory.Reload broken = reloads.getLast();
            assertThat(broken.changed()).containsExactly(Path.of("demo", "lesson.md"));
            assertThat(broken.accepted()).isFalse();
            assertThat(broken.keptLastGood()).containsExactly("demo");
            assertThat(broken.errors()).isEqualTo(1);
            ReloadHistory.Reload fixed = reloads.getFirst();
            assertThat(fixed.accepted()).isTrue();
            assertThat(fixed.changed()).isEmpty();
            assertThat(fixed.errors()).isZero();
            assertThat(fixed.at()).isAfterOrEqualTo(broken.at());
        }
    }

    @Test
    void the_watcher_records_which_files_a_save_changed() throws Exception {
        Files.writeString(dir.resolve("course.yml"), "parts:\n  - title: P\n    lessons: [demo]\n");
        write("demo", GOOD);
        try (LessonRepository repository = new LessonRepository(dir, WidgetSchemas.none())) {
            repository.startWatching();
            // the watcher registers the folders as it starts, so an early write may go unseen: write, then
            // leave it well past its quiet wait (250 ms) before writing again, or it never settles
            long deadline = System.nanoTime() + 20_000_000_000L;
            int n = 0;
            while (repository.history().newestFirst().isEmpty() && System.nanoTime() < deadline) {
                write("demo", GOOD.replace("Text.", "Text " + n++ + "."));
                long settle = System.nanoTime() + 2_000_000_000L;
                while (repository.history().newestFirst().isEmpty() && System.nanoTime() < settle) {
                    Thread.sleep(50);
                }
            }

            assertThat(repository.history().newestFirst())
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.changed()).containsExactly(Path.of("demo", "lesson.md")));
        }
    }
}
