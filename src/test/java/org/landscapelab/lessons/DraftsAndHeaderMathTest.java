package org.landscapelab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `draft: true` in a lesson's header, the course's parts as catalog sections, and formulas in header fields. */
class DraftsAndHeaderMathTest {

    @TempDir
    Path dir;

    private void lesson(String slug, String text) throws IOException {
        Files.createDirectories(dir.resolve(slug));
        Files.writeString(dir.resolve(slug).resolve("lesson.md"), text);
    }

    private void course(String yaml) throws IOException {
        Files.writeString(dir.resolve("course.yml"), yaml);
    }

    private LessonCatalog load() {
        return LessonCatalog.load(dir, WidgetSchemas.none());
    }

    @Test
    void draft_true_is_read_and_hides_the_lesson_from_students_but_not_from_instructors() throws IOException {
        lesson("alpha", "---\ntitle: Alpha\n---\n## One\nBody");
        lesson("beta", "---\ntitle: Beta\ndraft: true\n---\n## One\nBody");
        course("title: C\nparts:\n  - title: P\n    lessons: [beta, alpha]\n");

        LessonCatalog catalog = load();

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.isDraft("beta")).isTrue();
        assertThat(catalog.isDraft("alpha")).isFalse();
        assertThat(catalog.lessons()).extracting(LessonSummary::slug).containsExactly("alpha");
        assertThat(catalog.find("beta")).isEmpty();
        assertThat(catalog.find("beta", true))
                .hasValueSatisfying(l -> assertThat(l.draft()).isTrue());
        // listed, a draft keeps its place in the course for instructors
        assertThat(catalog.lessons(true)).extracting(LessonSummary::slug).containsExactly("beta", "alpha");
    }

    @Test
    void a_drafts_list_in_course_yml_unpublishes_a_lesson_without_touching_its_file() throws IOException {
        lesson("alpha", "---\ntitle: Alpha\n---\n## One\nBody");
        lesson("beta", "---\ntitle: Beta\n---\n## One\nBody");
        lesson("wip", "---\ntitle: Work in progress\n---\n## One\nBody");
        course("title: C\nparts:\n  - title: P\n    lessons: [alpha, beta]\ndrafts:\n  - beta\n  - wip\n");

        LessonCatalog catalog = load();

        // beta keeps its place for instructors; wip may wait outside the parts, as a header draft may
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.course().drafts()).containsExactly("beta", "wip");
        assertThat(catalog.isDraft("beta")).isTrue();
        assertThat(catalog.isDraft("wip")).isTrue();
        assertThat(catalog.lessons()).extracting(LessonSummary::slug).containsExactly("alpha");
        assertThat(catalog.find("beta")).isEmpty();
        assertThat(catalog.lessons(true)).extracting(LessonSummary::slug).containsExactly("alpha", "beta", "wip");
    }

    @Test
    void a_drafts_list_naming_no_lesson_or_not_a_list_is_reported_at_its_line() throws IOException {
        lesson("alpha", "---\ntitle: Alpha\n---\n## One\nBody");
        course("parts:\n  - title: P\n    lessons: [alpha]\ndrafts:\n  - alpha\n  - alpah-2\n  - alpha\n");

        assertThat(load().problems())
                .extracting(LessonProblem::toString)
                .containsExactly(
                        "course.yml:5:1: lesson `alpha` is listed twice in `drafts:`",
                        "course.yml:6:1: `drafts:` lists `alpah-2` but there is no alpah-2/lesson.md");

        course("parts:\n  - title: P\n    lessons: [alpha]\ndrafts: alpha\n");
        LessonCatalog catalog = load();
        assertThat(catalog.problems())
                .extracting(LessonProblem::toString)
                .containsExactly("course.yml:4:1: `drafts:` must be a list of lesson folder names (the lessons"
                        + " students do not see yet)");
        assertThat(catalog.isDraft("alpha")).isFalse();
    }

    @Test
    void draft_false_is_a_published_lesson() throws IOException {
        lesson("alpha", "---\ntitle: Alpha\ndraft: false\n---\n## One\nBody");
        course("parts:\n  - title: P\n    lessons: [alpha]\n");

        LessonCatalog catalog = load();

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.find("alpha"))
                .hasValueSatisfying(l -> assertThat(l.draft()).isFalse());
    }

    @Test
    void a_draft_that_is_not_text_true_or_false_is_refused_at_its_line() throws IOException {
        lesson("alpha", "---\ntitle: Alpha\nminutes: 5\ndraft: maybe\n---\n## One\nBody");
        course("parts:\n  - title: P\n    lessons: [alpha]\n");

        LessonCatalog catalog = load();

        assertThat(catalog.problems())
                .extracting(LessonProblem::toString)
                .containsExactly(Path.of("alpha", "lesson.md")
                        + ":4:1: `draft` must be `true` (only instructors see the lesson) or `false`, not `maybe`");
        assertThat(catalog.find("alpha", true)).isEmpty();
    }

    @Test
    void an_unlisted_draft_folder_is_no_problem_but_an_unlisted_lesson_still_is() throws IOException {
        lesson("alpha", "---\ntitle: Alpha\n---\n## One\nBody");
        lesson("wip", "---\ntitle: Work in progress\ndraft: true\n---\n## One\nBody");
        lesson("stray", "---\ntitle: Stray\n---\n## One\nBody");
        course("title: C\nparts:\n  - title: P\n    lessons: [alpha]\n");

        LessonCatalog catalog = load();

        assertThat(catalog.problems())
                .extracting(LessonProblem::toString)
                .containsExactly(Path.of("stray", "lesson.md")
                        + ":1:1: lesson `stray` is not listed in course.yml; add it to a part's `lessons:`");
        assertThat(catalog.sections(true))
                .extracting(LessonCatalog.Section::title)
                .containsExactly("P", "Other lessons");
        assertThat(catalog.sections(true).getLast().lessons())
                .extracting(LessonSummary::slug)
                .containsExactly("stray", "wip");
        assertThat(catalog.sections(false).getLast().lessons())
                .extracting(LessonSummary::slug)
                .containsExactly("stray");
    }

    @Test
    void a_published_lesson_that_leads_to_a_draft_is_served_with_a_warning_and_a_draft_may_lead_anywhere()
            throws IOException {
        lesson("alpha", "---\ntitle: Alpha\nprerequisites: [wip]\n---\n## One\nSee [the draft](/lessons/wip).");
        lesson("wip", "---\ntitle: Work in progress\ndraft: true\n---\n## One\nBack to [alpha](/lessons/alpha).");
        course("parts:\n  - title: P\n    lessons: [alpha]\n");

        LessonCatalog catalog = load();

        assertThat(catalog.problems())
                .extracting(LessonProblem::toString)
                .containsExactly(
                        Path.of("alpha", "lesson.md") + ":3:1: warning: prerequisite `wip` is a draft: students get"
                                + " \"Page not found\" there until it is published",
                        Path.of("alpha", "lesson.md") + ":6:5: warning: linked lesson `wip` is a draft: students get"
                                + " \"Page not found\" there until it is published");
        assertThat(catalog.find("alpha")).isPresent();
    }

    @Test
    void a_draft_is_validated_like_every_lesson() throws IOException {
        lesson("wip", "---\ntitle: Work in progress\ndraft: true\n---\n## One\nA formula $\\fracc{1}{2}$.");
        course("parts:\n  - title: P\n    lessons: []\n");

        LessonCatalog catalog = load();

        assertThat(catalog.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(Path.of("wip", "lesson.md"));
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).startsWith("formula `\\fracc{1}{2}`: unknown command");
        });
        // broken and never good: nobody gets it, and it still counts as a draft, so students get "not found"
        assertThat(catalog.find("wip", true)).isEmpty();
        assertThat(catalog.isDraft("wip")).isTrue();
    }

    @Test
    void a_broken_save_of_a_draft_keeps_its_last_good_version_for_instructors_only() throws IOException {
        lesson("wip", "---\ntitle: Work in progress\ndraft: true\n---\n## One\nBody");
        course("parts:\n  - title: P\n    lessons: [wip]\n");
        LessonCatalog good = load();
        lesson("wip", "---\ntitle: Work in progress\ndraft: true\nminutes: lots\n---\n## One\nBody");

        LessonCatalog broken = LessonCatalog.load(dir, WidgetSchemas.none(), good);

        assertThat(broken.problems()).isNotEmpty();
        assertThat(broken.find("wip", true)).isEqualTo(good.find("wip", true));
        assertThat(broken.find("wip")).isEmpty();
        assertThat(broken.lessons()).isEmpty();
    }

    @Test
    void marking_a_published_lesson_draft_hides_it_even_while_a_broken_save_serves_the_published_version()
            throws IOException {
        lesson("alpha", "---\ntitle: Alpha\n---\n## One\nBody");
        course("parts:\n  - title: P\n    lessons: [alpha]\n");
        LessonCatalog published = load();
        lesson("alpha", "---\ntitle: Alpha\ndraft: true\nminutes: lots\n---\n## One\nBody");

        LessonCatalog catalog = LessonCatalog.load(dir, WidgetSchemas.none(), published);

        assertThat(catalog.find("alpha", true)).isPresent();
        assertThat(catalog.find("alpha")).isEmpty();
    }

    @Test
    void parts_are_sections_in_course_order_and_a_part_of_drafts_only_is_not_shown_to_students() throws IOException {
        lesson("a", "---\ntitle: A\n---\n## One\nBody");
        lesson("b", "---\ntitle: B\n---\n## One\nBody");
        lesson("c", "---\ntitle: C\ndraft: true\n---\n## One\nBody");
        course("title: The course\nparts:\n  - title: First\n    lessons: [b, a]\n"
                + "  - title: Second\n    lessons: [c]\n");

        LessonCatalog catalog = load();

        assertThat(catalog.course().title()).isEqualTo("The course");
        assertThat(catalog.sections(false)).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("First");
            assertThat(s.lessons()).extracting(LessonSummary::slug).containsExactly("b", "a");
        });
        assertThat(catalog.sections(true))
                .extracting(LessonCatalog.Section::title)
                .containsExactly("First", "Second");
        assertThat(catalog.course().partOf("c"))
                .hasValueSatisfying(p -> assertThat(p.title()).isEqualTo("Second"));
        assertThat(catalog.course().partOf("nowhere")).isEmpty();
    }

    @Test
    void formulas_in_title_summary_and_objectives_become_math_elements_and_the_text_keeps_its_source()
            throws IOException {
        lesson("alpha", """
                ---
                title: Minima of $L^*$ & <friends>
                summary: Where $W_1 W_2$ is open; costs \\$5.
                objectives:
                  - Compute $\\operatorname{rank} W$.
                  - Plain words.
                ---
                ## One
                Body
                """);
        course("parts:\n  - title: P\n    lessons: [alpha]\n");

        LessonCatalog catalog = load();

        assertThat(catalog.problems()).isEmpty();
        Lesson lesson = catalog.find("alpha").orElseThrow();
        assertThat(lesson.summary().title()).isEqualTo("Minima of $L^*$ & <friends>");
        assertThat(lesson.summary().titleHtml())
                .isEqualTo("Minima of <lab-math tex=\"L^*\"></lab-math> &amp; &lt;friends&gt;");
        assertThat(lesson.summary().summaryHtml())
                .isEqualTo("Where <lab-math tex=\"W_1 W_2\"></lab-math> is open; costs $5.");
        assertThat(lesson.objectives()).containsExactly("Compute $\\operatorname{rank} W$.", "Plain words.");
        assertThat(lesson.objectivesHtml())
                .containsExactly("Compute <lab-math tex=\"\\operatorname{rank} W\"></lab-math>.", "Plain words.");
    }

    @Test
    void header_text_is_never_read_as_html() {
        assertThat(MarkdownRenderer.inline("<img src=x onerror=alert(1)> $a$"))
                .isEqualTo("&lt;img src=x onerror=alert(1)&gt; <lab-math tex=\"a\"></lab-math>");
        assertThat(MarkdownRenderer.inline("$\"><script>$"))
                .isEqualTo("<lab-math tex=\"&quot;&gt;&lt;script&gt;\"></lab-math>");
    }

    @Test
    void a_bad_formula_in_the_header_is_reported_at_its_header_line_and_column() throws IOException {
        lesson("alpha", """
                ---
                title: Minima of $\\fracc{1}{2}$
                summary: Fine $x$.
                objectives:
                  - One.
                  - Two with $x^1^2$ in it.
                ---
                ## One
                Body
                """);
        course("parts:\n  - title: P\n    lessons: [alpha]\n");

        LessonCatalog catalog = load();

        assertThat(catalog.problems())
                .extracting(p -> p.line() + ":" + p.column() + " " + p.message().replaceAll(":.*", ""))
                .containsExactly("2:18 formula `\\fracc{1}{2}` in `title`", "6:14 formula `x^1^2` in `objectives`");
        assertThat(catalog.find("alpha")).isEmpty();
    }
}
