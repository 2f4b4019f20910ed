package org.landscapelab.lessons;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Turns one {@code lesson.md} into a {@link Lesson}: front matter, steps at each {@code ##}, formulas, text
 * directives and widget directives. Every problem is collected with its location; parsing goes on past them so
 * an instructor sees all problems at once.
 */
final class LessonParser {

    /**
     * The result: the lesson (when it could be built at all), every problem found, and whether the header says
     * {@code draft: true} — known even when the lesson could not be built, so a broken draft stays hidden.
     */
    record Result(Optional<Lesson> lesson, List<LessonProblem> problems, List<LessonLink> links, boolean draft) {
        Result(Optional<Lesson> lesson, List<LessonProblem> problems, List<LessonLink> links) {
            this(lesson, problems, links, false);
        }

        Result(Optional<Lesson> lesson, List<LessonProblem> problems) {
            this(lesson, problems, List.of());
        }
    }

    /** A link to a lesson (and maybe a step) of the course, checked once every lesson is read. */
    record LessonLink(Path file, int line, int column, String slug, String step) {}

    private static final Pattern DIRECTIVE = Pattern.compile("\\{([A-Za-z][\\w-]*)}\\s*(.*)");
    // Matched against the heading's tail from its last `{#` only: searching the whole heading backtracks
    // quadratically on a long one.
    private static final Pattern STEP_ID = Pattern.compile("\\{#([a-z][a-z0-9-]*)}\\s*");
    private static final Pattern ANY_STEP_ID = Pattern.compile("\\{#([^}]*)}\\s*");
    private static final Pattern YAML_ID = Pattern.compile("(?m)^id:\\s*[\"']?([\\w-]+)");
    private static final Pattern OPENING_FENCE = Pattern.compile("\\s{0,3}(`{3,}|~{3,})\\s*\\{([A-Za-z][\\w-]*)}.*");
    private static final Pattern BARE_FENCE = Pattern.compile("\\s{0,3}(`{3,}|~{3,})\\s*");
    private static final Pattern LESSON_LINK = Pattern.compile("^/lessons/([^/?#]+)(?:/([^/?#]+))?/?(?:[?#].*)?$");

    private final WidgetSchemas widgets;
    private final Glossary glossary;
    private final MarkdownRenderer renderer;

    LessonParser(WidgetSchemas widgets) {
        this(widgets, Glossary.EMPTY);
    }

    /** A parser whose lessons may name {@code glossary}'s terms. */
    LessonParser(WidgetSchemas widgets, Glossary glossary) {
        this.widgets = widgets;
        this.glossary = glossary;
        this.renderer = new MarkdownRenderer(glossary);
    }

    /**
     * @param folder the lesson's folder (its name is the slug); linked files are checked against it
     * @param shown the lesson file's path as reported in problems
     */
    Result parse(Path folder, Path shown, String rawText) {
        List<LessonProblem> problems = new ArrayList<>();
        String text = rawText.replace("\r\n", "\n").replace('\r', '\n');
        String slug = folder.getFileName().toString();
        int reserved = text.indexOf(MathExtractor.TOKEN);
        if (reserved >= 0) {
            // the engine marks formulas with this word while it parses; in the text it would be taken for one
            int line = (int) text.substring(0, reserved)
                            .chars()
                            .filter(c -> c == '\n')
                            .count()
                    + 1;
            int column = reserved - text.lastIndexOf('\n', reserved - 1);
            return new Result(
                    Optional.empty(),
                    List.of(new LessonProblem(
                            shown,
                            line,
                            column,
                            "`" + MathExtractor.TOKEN
                                    + "` is a word the lesson engine reserves; write it another way")));
        }
        Optional<FrontMatter> header = FrontMatter.read(text, shown, problems);
        int bodyLine = header.map(FrontMatter::bodyLine).orElseGet(() -> FrontMatter.bodyLineOf(text));
        if (bodyLine < 0) {
            return new Result(Optional.empty(), problems);
        }
        // A broken header still lets the body be checked, so the author sees every problem in one pass.
        FrontMatter fm = header.orElse(FrontMatter.none(bodyLine));
        boolean draft = fm.draft();
        int offset = fm.bodyLine() - 1;
        String body = text.lines()
                .skip(offset)
                .reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append)
                .toString();
        MathExtractor.Result math = MathExtractor.extract(body);
        for (int i = 0; i < math.formulas().size(); i++) {
            MathExtractor.Formula f = math.formulas().get(i);
            if (problems.size() >= MAX_PROBLEMS) {
                // enough to fix first; checking thousands more only costs time
                problems.add(new LessonProblem(
                        shown,
                        0,
                        0,
                        "stopped after " + MAX_PROBLEMS + " problems: the other "
                                + (math.formulas().size() - i) + " formulas were not checked; fix these first"));
                break;
            }
            FormulaCheck.check(f.tex())
                    .ifPresent(msg -> problems.add(new LessonProblem(
                            shown, offset + f.line(), f.column(), "formula `" + f.tex() + "`: " + msg)));
        }
        Node doc = renderer.parse(math.markdown());
        HtmlWarnings.check(doc, shown, offset + 1, problems);
        List<LessonLink> lessonLinks = new ArrayList<>();
        checkLinks(doc, folder, shown, offset, problems, lessonLinks);
        checkTerms(doc, shown, offset, problems);
        List<Step> steps = new Steps(shown, offset, slug, math.formulas(), problems).build(doc);
        if (steps.isEmpty()) {
            if (doc.getFirstChild() == null) {
                problems.add(new LessonProblem(
                        shown, fm.bodyLine(), 1, "the lesson has no content; start a step with `## Title`"));
            }
            return new Result(Optional.empty(), problems, List.of(), draft);
        }
        if (header.isEmpty()) {
            capped(shown, problems);
            return new Result(Optional.empty(), problems, lessonLinks);
        }
        capped(shown, problems);
        LessonSummary summary = new LessonSummary(
                slug, fm.title(), fm.summary(), fm.minutes(), draft, fm.titleHtml(), fm.summaryHtml());
        return new Result(
                Optional.of(new Lesson(
                        summary, fm.prerequisites(), fm.objectives(), fm.objectivesHtml(), fm.sources(), steps)),
                problems,
                lessonLinks,
                draft);
    }

    /** Every {@code {term}`…`} must name a term of glossary.yml. */
    private void checkTerms(Node doc, Path shown, int offset, List<LessonProblem> problems) {
        doc.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Code code) {
                if (code.getPrevious() instanceof org.commonmark.node.Text before
                        && before.getLiteral().endsWith(Glossary.MARK)) {
                    Glossary.Use use = Glossary.Use.of(code.getLiteral());
                    if (glossary.find(use.key()).isEmpty()) {
                        problems.add(new LessonProblem(
                                shown,
                                offset + lineOf(code),
                                columnOf(code),
                                glossary.keys().isEmpty()
                                        ? "term `" + use.key() + "`: there is no " + Glossary.FILE
                                                + " beside course.yml" + " to define it"
                                        : "term `" + use.key() + "` is not in " + Glossary.FILE
                                                + Suggestions.hint(use.key(), glossary.keys())));
                    }
                }
            }
        });
    }

    /** Past this many problems in one file the rest are counted, not listed. */
    static final int MAX_PROBLEMS = 200;

    private static void capped(Path shown, List<LessonProblem> problems) {
        if (problems.size() > MAX_PROBLEMS + 1) { // + 1: a note that formulas went unchecked stays
            int more = problems.size() - MAX_PROBLEMS;
            boolean anyError = problems.stream().anyMatch(LessonProblem::error);
            problems.subList(MAX_PROBLEMS, problems.size()).clear();
            problems.add(new LessonProblem(
                    shown, 0, 0, "and " + more + " more problems not listed; fix these first", !anyError));
        }
    }

    static String assetBase(String slug) {
        return "/lesson-files/" + slug;
    }

    static int lineOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.getFirst().getLineIndex() + 1;
    }

    static int columnOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.getFirst().getColumnIndex() + 1;
    }

    private void checkLinks(
            Node doc, Path folder, Path shown, int offset, List<LessonProblem> problems, List<LessonLink> lessonLinks) {
        // absolute and normalized, so `validate .` and `validate ../x` judge paths alike
        Path base = folder.toAbsolutePath().normalize();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                check(link, link.getDestination(), "link");
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                check(image, image.getDestination(), "image");
            }

            private void check(Node node, String destination, String what) {
                int line = offset + lineOf(node);
                int column = columnOf(node);
                Matcher lesson = LESSON_LINK.matcher(destination);
                if (what.equals("link") && lesson.matches()) {
                    lessonLinks.add(new LessonLink(shown, line, column, lesson.group(1), lesson.group(2)));
                    return;
                }
                String path = destination.replaceAll("[#?].*$", "");
                if (what.equals("image") && destination.startsWith("/") && !destination.startsWith("/lesson-files/")) {
                    problems.add(
                            new LessonProblem(
                                    shown,
                                    line,
                                    column,
                                    "image `" + destination + "` is an absolute"
                                            + " path; put the image next to lesson.md and write a relative path such as `figure.png`"));
                    return;
                }
                if (!MarkdownRenderer.isRelative(destination) || path.isEmpty()) {
                    return;
                }
                Path target = base.resolve(path).normalize();
                if (path.endsWith(".md")
                        || (target.startsWith(base.getParent()) && !target.startsWith(base) && Files.exists(target))) {
                    problems.add(new LessonProblem(
                            shown,
                            line,
                            column,
                            what + " `" + destination + "` points at"
                                    + " another lesson's files; link to a lesson as `/lessons/<folder>` or"
                                    + " `/lessons/<folder>/<step-id>`"));
                } else if (!target.startsWith(base) || !Files.exists(target)) {
                    problems.add(
                            new LessonProblem(
                                    shown,
                                    line,
                                    column,
                                    "broken " + what + ": `" + destination
                                            + "` does not exist next to lesson.md (paths are relative to the lesson's folder)"));
                }
            }
        });
    }

    private final class Steps {
        private final Path shown;
        private final int offset;
        private final String slug;
        private final List<MathExtractor.Formula> formulas;
        private final List<LessonProblem> problems;
        private final List<Step> steps = new ArrayList<>();
        private final Set<String> stepIds = new HashSet<>();
        private final Map<String, Block.Widget> widgetsById = new HashMap<>();
        private final Set<String> brokenIds = new HashSet<>();
        private String id = "introduction";
        private String title = "Introduction";
        private List<Block> blocks = new ArrayList<>();
        private StringBuilder html = new StringBuilder();
        private int widgetCount;

        Steps(Path shown, int offset, String slug, List<MathExtractor.Formula> formulas, List<LessonProblem> problems) {
            this.shown = shown;
            this.offset = offset;
            this.slug = slug;
            this.formulas = formulas;
            this.problems = problems;
        }

        List<Step> build(Node doc) {
            for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Heading h && h.getLevel() == 2) {
                    close();
                    startStep(h);
                } else if (node instanceof FencedCodeBlock code
                        && DIRECTIVE.matcher(code.getInfo().strip()).matches()) {
                    directive(code);
                } else {
                    html.append(renderer.renderNode(node));
                }
            }
            close();
            return steps;
        }

        private void startStep(Heading h) {
            String heading = withFormulaSource(plainText(h));
            int at = heading.lastIndexOf("{#");
            String tail = at < 0 ? "" : heading.substring(at);
            Matcher any = ANY_STEP_ID.matcher(tail);
            boolean valid = STEP_ID.matcher(tail).matches();
            if (any.matches() && !valid) {
                problems.add(new LessonProblem(
                        shown,
                        offset + lineOf(h),
                        1,
                        "step id `" + any.group(1) + "` is not"
                                + " valid; expected lowercase letters, digits and hyphens starting with a letter, e.g. `{#"
                                + slugify(any.group(1)) + "}`"));
            }
            Matcher m = STEP_ID.matcher(tail);
            boolean hasId = m.matches();
            title = (any.matches() ? heading.substring(0, at) : heading).strip();
            id = hasId ? m.group(1) : slugify(title);
            if (!stepIds.add(id)) {
                problems.add(new LessonProblem(
                        shown,
                        offset + lineOf(h),
                        1,
                        "duplicate step id `" + id
                                + "`; give one of the steps its own id with `## Title {#other-id}`"));
            }
        }

        private String withFormulaSource(String text) {
            return Pattern.compile(MathExtractor.TOKEN + "(\\d{1,6})X")
                    .matcher(text)
                    .replaceAll(r -> {
                        int i = Integer.parseInt(r.group(1));
                        return Matcher.quoteReplacement(
                                i < formulas.size() ? formulas.get(i).tex() : r.group());
                    });
        }

        private void close() {
            flushHtml();
            if (!blocks.isEmpty()) {
                steps.add(new Step(id, title, blocks));
            }
            blocks = new ArrayList<>();
        }

        private void flushHtml() {
            if (!html.isEmpty()) {
                blocks.add(new Block.Html(renderer.finish(html.toString(), formulas, assetBase(slug))));
                html = new StringBuilder();
            }
        }

        private void directive(FencedCodeBlock code) {
            Matcher m = DIRECTIVE.matcher(code.getInfo().strip());
            m.matches();
            String name = m.group(1);
            String argument = MathExtractor.restore(m.group(2).strip(), formulas);
            String literal = MathExtractor.restore(code.getLiteral(), formulas);
            int line = offset + lineOf(code);
            Optional<String> swallowed = swallowedOpening(code.getLiteral(), line);
            if (swallowed.isPresent()) {
                problems.add(
                        new LessonProblem(
                                shown,
                                line,
                                columnOf(code),
                                "the `{" + name + "}` block opened at line "
                                        + line + " is not closed before " + swallowed.get() + "; end it with a line "
                                        + code.getFenceCharacter().repeat(Math.max(3, code.getOpeningFenceLength()))
                                        + " (as written, the next block's closing fence closes this one and the next block is lost)"));
                noteBrokenId(literal);
                return;
            }
            if (code.getClosingFenceLength() == null) {
                problems.add(new LessonProblem(
                        shown,
                        line,
                        columnOf(code),
                        "the `{" + name + "}` block is never"
                                + " closed, so it swallows the rest of the file; end it with a line of "
                                + code.getFenceCharacter().repeat(Math.max(3, code.getOpeningFenceLength())) + ""));
            }
            if (name.equals("checkpoint") || TextDirectives.NAMES.contains(name)) {
                // the argument sits on the fence line, after the fence and the directive's name
                int argumentColumn = columnOf(code)
                        - 1
                        + code.getOpeningFenceLength()
                        + Math.max(0, code.getInfo().indexOf(m.group(2).strip()));
                checkFormulas(argument, line - 1, argumentColumn);
                checkFormulas(literal, line, 0);
            }
            if (name.equals("checkpoint")) {
                widgetCount++;
                int before = problems.size();
                Optional<Block.Checkpoint> read = CheckpointDirective.read(
                        literal, widgets, renderer, assetBase(slug), shown, line, widgetCount, problems);
                if (read.isEmpty() || problems.size() > before) {
                    noteBrokenId(literal);
                }
                read.ifPresent(c -> {
                    if (widgetsById.putIfAbsent(c.widget().id(), c.widget()) != null) {
                        problems.add(new LessonProblem(
                                shown,
                                line,
                                1,
                                "duplicate widget id `" + c.widget().id()
                                        + "`; every widget and checkpoint in a lesson needs its own `id`"));
                    }
                    flushHtml();
                    blocks.add(c);
                });
                return;
            }
            if (name.equals("expect")) {
                ExpectDirective.check(literal, widgetsById, brokenIds, widgets, shown, line, problems);
                return;
            }
            if (TextDirectives.NAMES.contains(name)) {
                HtmlWarnings.check(
                        renderer.parse(MathExtractor.extract(literal).markdown()), shown, line + 1, problems);
                // Already sanitized inside; kept apart so the prose pass does not strip our own elements.
                flushHtml();
                blocks.add(new Block.Html(TextDirectives.render(
                        name, argument, literal, renderer, assetBase(slug), shown, line, problems)));
                return;
            }
            Optional<WidgetSchema> schema = widgets.find(name);
            if (schema.isEmpty()) {
                List<String> known = new ArrayList<>(TextDirectives.NAMES);
                known.add("expect");
                known.add("checkpoint");
                widgets.all().forEach(w -> known.add(w.name()));
                problems.add(new LessonProblem(
                        shown,
                        line,
                        columnOf(code),
                        "unknown directive `{" + name + "}`"
                                + Suggestions.closest(name, known)
                                        .map(c -> " — did you mean `" + c + "`?")
                                        .orElse("; known directives: "
                                                + String.join(
                                                        ", ",
                                                        known.stream().sorted().toList()))));
                return;
            }
            widgetCount++;
            int before = problems.size();
            Optional<Block.Widget> read =
                    WidgetDirective.read(schema.get(), literal, shown, line, widgetCount, problems);
            if (read.isEmpty() || problems.size() > before) {
                noteBrokenId(literal);
            }
            read.ifPresent(w -> {
                if (widgetsById.putIfAbsent(w.id(), w) != null) {
                    problems.add(new LessonProblem(
                            shown,
                            line,
                            1,
                            "duplicate widget id `" + w.id() + "`; every widget in a lesson needs its own `id`"));
                }
                flushHtml();
                blocks.add(w);
            });
        }

        /**
         * A directive block left open swallows the next directive up to that one's closing fence. Seen as an
         * opening fence line inside the literal with no fence after it that would have closed it.
         */
        private Optional<String> swallowedOpening(String rawLiteral, int fenceLine) {
            List<String> lines = rawLiteral.lines().toList();
            // one pass from the end: is there a bare fence after line i? (linear, whatever the file holds)
            boolean[] fenceAfter = new boolean[lines.size() + 1];
            for (int i = lines.size() - 1; i >= 0; i--) {
                fenceAfter[i] =
                        fenceAfter[i + 1] || BARE_FENCE.matcher(lines.get(i)).matches();
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher open = OPENING_FENCE.matcher(lines.get(i));
                if (!fenceAfter[i + 1] && open.matches()) {
                    return Optional.of("the `{" + open.group(2) + "}` block at line " + (fenceLine + 1 + i));
                }
            }
            return Optional.empty();
        }

        // The id a directive that failed to read meant to have, so a claim about it says why it was not checked.
        private void noteBrokenId(String yaml) {
            Matcher m = YAML_ID.matcher(yaml);
            if (m.find()) {
                brokenIds.add(m.group(1));
            }
        }

        // Formulas inside a text block or a checkpoint (rendered later from the block's own text).
        private void checkFormulas(String text, int fenceLine, int columnOffset) {
            for (MathExtractor.Formula f : MathExtractor.extract(text).formulas()) {
                FormulaCheck.check(f.tex())
                        .ifPresent(msg -> problems.add(new LessonProblem(
                                shown,
                                fenceLine + f.line(),
                                columnOffset + f.column(),
                                "formula `" + f.tex() + "`: " + msg)));
            }
        }
    }

    static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }
        });
        return out.toString();
    }

    static String slugify(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty() || !Character.isLetter(slug.charAt(0))) {
            slug = "step-" + slug;
        }
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }
}
