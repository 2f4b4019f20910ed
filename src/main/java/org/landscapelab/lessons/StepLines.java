package org.landscapelab.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Where each step of a lesson file starts, so that a problem's line can link to the step it is in: the step whose
 * {@code ##} heading precedes the line. Read the way {@link LessonParser} reads the file (front matter, formulas,
 * CommonMark), so a heading inside a code block or a formula is no step here either.
 */
public final class StepLines {

    /** The id the parser gives content before the first heading. */
    static final String INTRODUCTION = "introduction";

    // The same rule as LessonParser's: a valid `{#id}` at the end of the heading, else the title made into a slug.
    private static final Pattern STEP_ID = Pattern.compile("\\{#([a-z][a-z0-9-]*)}\\s*");
    private static final Pattern ANY_STEP_ID = Pattern.compile("\\{#([^}]*)}\\s*");
    private static final Pattern FORMULA = Pattern.compile(MathExtractor.TOKEN + "(\\d{1,6})X");

    /** A step heading and the line it is on. */
    record Start(int line, String id) {}

    private final int bodyLine;
    private final List<Start> starts;

    private StepLines(int bodyLine, List<Start> starts) {
        this.bodyLine = bodyLine;
        this.starts = List.copyOf(starts);
    }

    public static StepLines of(String rawText) {
        String text = rawText.replace("\r\n", "\n").replace('\r', '\n');
        int bodyLine = FrontMatter.bodyLineOf(text);
        if (bodyLine < 0) {
            return new StepLines(Integer.MAX_VALUE, List.of());
        }
        int offset = bodyLine - 1;
        String body = String.join("\n", text.lines().skip(offset).toList()) + "\n";
        MathExtractor.Result math = MathExtractor.extract(body);
        Node doc = new MarkdownRenderer().parse(math.markdown());
        List<Start> starts = new ArrayList<>();
        for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() == 2) {
                starts.add(new Start(offset + LessonParser.lineOf(h), id(LessonParser.plainText(h), math.formulas())));
            }
        }
        return new StepLines(bodyLine, starts);
    }

    private static String id(String plain, List<MathExtractor.Formula> formulas) {
        String heading = FORMULA.matcher(plain).replaceAll(r -> {
            int i = Integer.parseInt(r.group(1));
            return Matcher.quoteReplacement(
                    i < formulas.size() ? formulas.get(i).tex() : r.group());
        });
        int at = heading.lastIndexOf("{#");
        String tail = at < 0 ? "" : heading.substring(at);
        Matcher valid = STEP_ID.matcher(tail);
        if (valid.matches()) {
            return valid.group(1);
        }
        String title = ANY_STEP_ID.matcher(tail).matches() ? heading.substring(0, at) : heading;
        return LessonParser.slugify(title.strip());
    }

    /**
     * The id of the step line {@code line} (1-based) is in; empty for line 0 (the whole file) and the front matter.
     * Lines before the first heading belong to the introduction, which exists only when there is content there: the
     * caller checks the id against the lesson's steps.
     */
    public Optional<String> stepAt(int line) {
        if (line < 1 || line < bodyLine) {
            return Optional.empty();
        }
        String id = INTRODUCTION;
        for (Start start : starts) {
            if (start.line() > line) {
                break;
            }
            id = start.id();
        }
        return Optional.of(id);
    }

    /** The steps' headings in file order. */
    List<Start> starts() {
        return starts;
    }
}
