package org.landscapelab.lessons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * Search across the lessons and the glossary: every word of the query must occur in a step (its title, its prose, its
 * checkpoints' questions) or in a term (its words and definition), case-insensitively. Title matches come first, then
 * steps in course order. The text of a catalog is extracted once, when it is first searched: a catalog never changes.
 */
public final class LessonSearch {

    /** Longer queries are cut here: a search box, not a document. */
    public static final int MAX_QUERY = 100;

    /** At most this many hits are returned. */
    public static final int MAX_HITS = 30;

    private static final int SNIPPET = 160;

    /**
     * One place that matches.
     *
     * @param slug the lesson, or empty for a glossary term
     * @param step the step's id, or the term's key
     * @param title where it is, as the reader knows it: "Lesson title › Step title", or "Glossary › term"
     * @param snippet the text around the first match, about {@value #SNIPPET} characters
     * @param matchStart where the first matched word starts in the snippet
     * @param matchEnd where it ends
     */
    public record Hit(String slug, String step, String title, String snippet, int matchStart, int matchEnd) {

        public boolean glossary() {
            return slug.isEmpty();
        }
    }

    /**
     * A searchable place: its plain text, extracted once.
     *
     * @param titleText the step's or term's own title, lowercase
     * @param original the text as written
     * @param text the same, lowercase, for matching
     */
    record Indexed(
            String slug,
            String step,
            String title,
            String titleText,
            String original,
            String text,
            boolean draft,
            int order) {

        static Indexed of(
                String slug, String step, String title, String ownTitle, String original, boolean draft, int order) {
            return new Indexed(
                    slug,
                    step,
                    title,
                    ownTitle.toLowerCase(Locale.ROOT),
                    original,
                    original.toLowerCase(Locale.ROOT),
                    draft,
                    order);
        }

        // Lowercasing can change a string's length (rarely): the snippet is cut from the original, clamped.
        String original(int from, int to) {
            int f = Math.min(from, original.length());
            return original.substring(f, Math.max(f, Math.min(to, original.length())));
        }
    }

    private LessonSearch() {}

    /** The words of a query: lowercase, split at spaces, at most {@link #MAX_QUERY} characters. */
    static List<String> words(String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        return Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isBlank())
                .distinct()
                .toList();
    }

    /** The hits for {@code query}; drafts only when {@code drafts}. An empty query finds nothing. */
    public static List<Hit> search(LessonCatalog catalog, String query, boolean drafts) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        return catalog.searchIndex().stream()
                .filter(e -> drafts || !e.draft())
                .filter(e -> words.stream().allMatch(w -> e.text().contains(w)))
                .sorted(Comparator.comparing((Indexed e) ->
                                !words.stream().allMatch(w -> e.titleText().contains(w)))
                        .thenComparingInt(Indexed::order))
                .limit(MAX_HITS)
                .map(e -> hit(e, words))
                .toList();
    }

    private static Hit hit(Indexed e, List<String> words) {
        String text = e.text();
        int at =
                words.stream().mapToInt(text::indexOf).filter(i -> i >= 0).min().orElse(0);
        String word =
                words.stream().filter(w -> text.startsWith(w, at)).findFirst().orElse("");
        int from = Math.max(0, at - SNIPPET / 3);
        int to = Math.min(text.length(), from + SNIPPET);
        // the snippet keeps the original case; the index is lowercase of the same characters
        String original = e.original(from, to);
        String prefix = from > 0 ? "…" : "";
        String snippet = prefix + original + (to < text.length() ? "…" : "");
        int start = prefix.length() + at - from;
        return new Hit(e.slug(), e.step(), e.title(), snippet, start, start + word.length());
    }

    /** The text of lesson HTML, formulas as their TeX source (so that "rank" finds \\operatorname{rank} too). */
    private static String plain(String html) {
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
        doc.select("lab-math").forEach(m -> m.text(m.attr("tex")));
        return doc.text();
    }

    /** The searchable places of a catalog, in course order: every step of every lesson, then the glossary. */
    static List<Indexed> index(LessonCatalog catalog) {
        List<Indexed> out = new ArrayList<>();
        int order = 0;
        for (LessonSummary l : catalog.lessons(true)) {
            Lesson lesson = catalog.find(l.slug(), true).orElseThrow();
            for (Step step : lesson.steps()) {
                StringBuilder text = new StringBuilder(step.title()).append(". ");
                for (Block b : step.blocks()) {
                    switch (b) {
                        case Block.Html h -> text.append(plain(h.html())).append(' ');
                        case Block.Checkpoint c ->
                            text.append(plain(c.questionHtml())).append(' ');
                        case Block.Widget w -> {}
                    }
                }
                out.add(Indexed.of(
                        l.slug(),
                        step.id(),
                        l.title() + " › " + step.title(),
                        step.title(),
                        text.toString().strip().replaceAll("\\s+", " "),
                        catalog.isDraft(l.slug()),
                        order++));
            }
        }
        for (Glossary.Entry g : catalog.glossary().entries()) {
            out.add(Indexed.of(
                    "", g.key(), "Glossary › " + g.term(), g.term(), g.term() + ": " + g.plain(), false, order++));
        }
        return out;
    }
}
