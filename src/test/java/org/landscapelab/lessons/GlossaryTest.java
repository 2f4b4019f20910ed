package org.landscapelab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** glossary.yml: terms read and checked at their lines; {term}`…` in a lesson becomes a link, or a problem. */
class GlossaryTest {

    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }

    private LessonCatalog load() {
        return LessonCatalog.load(dir, WidgetSchemas.none());
    }

    private static final String GLOSSARY = """
            locally-open:
              term: locally open
              definition: Every output near $F(w)$ comes from an input near $w$.
            rank:
              term: rank
              definition: The number of **independent** columns.
            """;

    @Test
    void a_term_named_in_a_lesson_links_to_the_glossary_with_its_definition_as_tooltip() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        write("glossary.yml", GLOSSARY);
        write(
                "alpha/lesson.md",
                "---\ntitle: A\n---\n## One\nIs it {term}`locally open`? Its {term}`ranks <rank>`"
                        + " decide; `code` stays code.\n");

        LessonCatalog catalog = load();

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.glossary().entries())
                .extracting(Glossary.Entry::term)
                .containsExactly("locally open", "rank");
        assertThat(catalog.glossary().find("locally-open").orElseThrow().definitionHtml())
                .contains("<lab-math tex=\"F(w)\"");
        String html = ((Block.Html) catalog.find("alpha")
                        .orElseThrow()
                        .steps()
                        .getFirst()
                        .blocks()
                        .getFirst())
                .html();
        var terms = Jsoup.parseBodyFragment(html).select("a.lab-term");
        assertThat(terms).extracting(Element::text).containsExactly("locally open", "ranks");
        assertThat(terms)
                .extracting(a -> a.attr("href"))
                .containsExactly("/glossary#term-locally-open", "/glossary#term-rank");
        assertThat(terms.get(1).attr("title")).isEqualTo("The number of independent columns.");
        assertThat(html).doesNotContain("{term}").contains("<code>code</code>");
    }

    @Test
    void an_unknown_term_is_reported_at_its_line_with_the_closest_known_one() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        write("glossary.yml", GLOSSARY);
        write("alpha/lesson.md", "---\ntitle: A\n---\n## One\nText.\n\nIs it {term}`locally opn`?\n");

        assertThat(load().problems())
                .extracting(LessonProblem::toString)
                .containsExactly(Path.of("alpha", "lesson.md")
                        + ":7:13: term `locally-opn` is not in glossary.yml — did you mean `locally-open`?");
    }

    @Test
    void a_term_without_a_glossary_says_where_to_define_it() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        write("alpha/lesson.md", "---\ntitle: A\n---\n## One\n{term}`rank`\n");

        assertThat(load().problems())
                .extracting(LessonProblem::toString)
                .containsExactly(Path.of("alpha", "lesson.md")
                        + ":5:7: term `rank`: there is no glossary.yml beside course.yml to define it");
    }

    @Test
    void bad_entries_are_reported_at_their_lines_and_the_good_ones_kept() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: []\n");
        write(
                "glossary.yml",
                GLOSSARY + "Bad Key:\n  term: x\n  definition: y\nempty:\n  term: e\n"
                        + "broken:\n  term: b\n  definition: $\\frac{1$\n");

        LessonCatalog catalog = load();

        assertThat(catalog.problems())
                .extracting(LessonProblem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("glossary.yml:7:1: `Bad Key` is not a term key"))
                .anySatisfy(p -> assertThat(p)
                        .isEqualTo("glossary.yml:10:1: term `empty` needs `term:` (the words) and `definition:`"
                                + " (Markdown)"))
                .anySatisfy(p -> assertThat(p).startsWith("glossary.yml:12:1: term `broken`: formula `\\frac{1`"));
        assertThat(catalog.glossary().find("rank")).isPresent();
        assertThat(catalog.glossary().find("empty")).isEmpty();
    }
}
