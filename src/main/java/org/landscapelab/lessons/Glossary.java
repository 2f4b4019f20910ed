package org.landscapelab.lessons;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The course's glossary, {@code glossary.yml} beside {@code course.yml}: each term with a definition in Markdown (with
 * formulas). A lesson names a term inline as {@code {term}`locally open`} (the key is the text, lowercase, with
 * hyphens for spaces) or {@code {term}`open <locally-open>`} (another text for the same term); students see the text
 * as a link to the term on the glossary page, with the definition as its tooltip.
 */
public final class Glossary {

    static final String FILE = "glossary.yml";

    /** How a lesson's Markdown names a term, once CommonMark has made the backticks a code span. */
    static final String MARK = "{term}";

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,59}");
    private static final Pattern WITH_KEY = Pattern.compile("(.*\\S)\\s*<([^<>]+)>\\s*");

    /**
     * @param key how lessons name it: {@code locally-open}
     * @param term the term as written on the glossary page: {@code locally open}
     * @param definitionHtml the definition, rendered from Markdown, safe to set as innerHTML
     * @param plain the definition as plain text (formulas as their source), for tooltips
     */
    public record Entry(String key, String term, String definitionHtml, String plain) {}

    static final Glossary EMPTY = new Glossary(Map.of());

    private final Map<String, Entry> entries;

    private Glossary(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** The terms in alphabetical order. */
    public List<Entry> entries() {
        return entries.values().stream()
                .sorted(java.util.Comparator.comparing(e -> e.term().toLowerCase(Locale.ROOT)))
                .toList();
    }

    public Optional<Entry> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    Collection<String> keys() {
        return entries.keySet();
    }

    /** The key a term's text names: {@code Locally open} → {@code locally-open}. */
    static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    /** The text shown and the key of a {@code {term}} code span's content. */
    record Use(String text, String key) {
        static Use of(String content) {
            Matcher m = WITH_KEY.matcher(content);
            return m.matches()
                    ? new Use(m.group(1).strip(), m.group(2).strip())
                    : new Use(content.strip(), Glossary.key(content));
        }
    }

    /** Reads glossary.yml; problems at their lines. */
    static Glossary read(String text, Path file, List<LessonProblem> problems) {
        Object root;
        try {
            root = Yamls.load(text);
        } catch (YAMLException e) {
            problems.add(Yamls.problem(file, 1, e));
            return EMPTY;
        }
        if (root == null) {
            return EMPTY;
        }
        if (!(root instanceof Map<?, ?> map)) {
            problems.add(new LessonProblem(
                    file, 1, 1, "expected terms, each `key:` with `term:` and `definition:` (Markdown)"));
            return EMPTY;
        }
        MarkdownRenderer renderer = new MarkdownRenderer();
        Map<String, Entry> entries = new TreeMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            int line = Yamls.lineOfKey(text, key);
            if (!KEY.matcher(key).matches()) {
                problems.add(new LessonProblem(
                        file,
                        line,
                        1,
                        "`" + key + "` is not a term key: lowercase letters, digits and hyphens, starting with a"
                                + " letter, e.g. `locally-open`"));
                continue;
            }
            if (!(e.getValue() instanceof Map<?, ?> fields)
                    || !(fields.get("term") instanceof String term)
                    || term.isBlank()
                    || !(fields.get("definition") instanceof String definition)
                    || definition.isBlank()) {
                problems.add(new LessonProblem(
                        file, line, 1, "term `" + key + "` needs `term:` (the words) and `definition:` (Markdown)"));
                continue;
            }
            MathExtractor.extract(definition)
                    .formulas()
                    .forEach(f -> FormulaCheck.check(f.tex())
                            .ifPresent(msg -> problems.add(new LessonProblem(
                                    file, line, 1, "term `" + key + "`: formula `" + f.tex() + "`: " + msg))));
            entries.put(key, new Entry(key, term.strip(), renderer.render(definition), plain(definition)));
        }
        return new Glossary(entries);
    }

    private static String plain(String markdown) {
        return markdown.strip().replaceAll("\\s+", " ").replace("**", "").replace("`", "");
    }

    /**
     * Turns each {@code {term}<code>…</code>} of rendered, sanitized HTML into a link to the glossary with the
     * definition as its tooltip. A term the glossary does not have stays as written (the validator reports it).
     */
    String link(Document doc) {
        List<Element> codes = new ArrayList<>(doc.select("code"));
        for (Element code : codes) {
            Node before = code.previousSibling();
            if (!(before instanceof TextNode text) || !text.text().endsWith(MARK)) {
                continue;
            }
            Use use = Use.of(code.text());
            Optional<Entry> entry = find(use.key());
            if (entry.isEmpty()) {
                continue;
            }
            String rest = text.getWholeText();
            text.text(rest.substring(0, rest.length() - MARK.length()));
            Element a = new Element("a")
                    .addClass("lab-term")
                    .attr("href", "/glossary#term-" + entry.get().key())
                    .attr("title", entry.get().plain())
                    // a page load, not the router: the glossary page then scrolls to the term's entry
                    .attr("router-ignore", "")
                    .text(use.text());
            code.replaceWith(a);
        }
        return doc.body().html();
    }
}
