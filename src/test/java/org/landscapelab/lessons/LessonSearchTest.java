package org.landscapelab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search: every word must occur; titles first; drafts only when asked; the snippet marks the match. */
class LessonSearchTest {

    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }

    private LessonCatalog catalog() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha, beta]\n");
        write(
                "alpha/lesson.md",
                "---\ntitle: Alpha\n---\n## Ranks {#ranks}\nThe Rank of $\\operatorname{rank} W$ counts columns.\n\n"
                        + "## Saddles {#saddles}\nA saddle has a direction down; its rank does not matter.\n");
        write("beta/lesson.md", "---\ntitle: Beta\ndraft: true\n---\n## Draft step {#one}\nA rank in a draft.\n");
        write("glossary.yml", "rank:\n  term: rank\n  definition: The number of independent columns.\n");
        return LessonCatalog.load(dir, WidgetSchemas.none());
    }

    @Test
    void every_word_must_occur_titles_come_first_and_drafts_only_for_instructors() throws IOException {
        LessonCatalog catalog = catalog();

        List<LessonSearch.Hit> rank = LessonSearch.search(catalog, "RANK", false);
        // the glossary's title matches, then the step titled Ranks; then the saddles step in course order
        assertThat(rank)
                .extracting(LessonSearch.Hit::title)
                .containsExactly("Alpha › Ranks", "Glossary › rank", "Alpha › Saddles");
        assertThat(LessonSearch.search(catalog, "rank", true))
                .extracting(LessonSearch.Hit::step)
                .contains("one");
        assertThat(LessonSearch.search(catalog, "rank direction", false))
                .extracting(LessonSearch.Hit::step)
                .containsExactly("saddles");
        assertThat(LessonSearch.search(catalog, "   ", false)).isEmpty();
        assertThat(LessonSearch.search(catalog, "nowhere", false)).isEmpty();
    }

    @Test
    void the_snippet_keeps_the_text_as_written_and_marks_the_first_match_formulas_as_their_source() throws IOException {
        LessonSearch.Hit hit = LessonSearch.search(catalog(), "counts", false).getFirst();
        assertThat(hit.snippet()).isEqualTo("Ranks. The Rank of \\operatorname{rank} W counts columns.");
        assertThat(hit.snippet().substring(hit.matchStart(), hit.matchEnd())).isEqualTo("counts");
        assertThat(LessonSearch.search(catalog(), "x".repeat(500), false)).isEmpty();
        assertThat(LessonSearch.words("a".repeat(150)))
                .singleElement()
                .asString()
                .hasSize(LessonSearch.MAX_QUERY);
    }
}
