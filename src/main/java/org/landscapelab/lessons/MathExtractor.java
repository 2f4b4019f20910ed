package org.landscapelab.lessons;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes {@code $…$} and {@code $$…$$} out of Markdown before CommonMark sees it (so {@code _} and {@code *} in
 * formulas are not read as emphasis) and leaves placeholder tokens that survive Markdown and sanitizing.
 * Code spans, fenced blocks and {@code \$} are left alone.
 */
final class MathExtractor {

    /** One formula taken out, and the line of the source it started on (1-based, within the text given). */
    /** A formula and where it starts: 1-based line and column of its opening {@code $}. */
    record Formula(String tex, boolean display, int line, int column) {
        Formula(String tex, boolean display, int line) {
            this(tex, display, line, 1);
        }
    }

    record Result(String markdown, List<Formula> formulas) {}

    static final String TOKEN = "LABMATHTOKEN";

    static String token(int i) {
        return TOKEN + i + "X";
    }

    private MathExtractor() {}

    static Result extract(String source) {
        StringBuilder out = new StringBuilder(source.length());
        List<Formula> formulas = new ArrayList<>();
        String fence = null;
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            boolean lineStart = i == 0 || source.charAt(i - 1) == '\n';
            if (lineStart) {
                // a fence marker after at most three spaces (CommonMark); never look past the end of this line
                int eol0 = source.indexOf('\n', i);
                String rest = source.substring(i, eol0 < 0 ? n : eol0);
                int indent = 0;
                while (indent < rest.length() && indent < 4 && rest.charAt(indent) == ' ') {
                    indent++;
                }
                rest = indent < 4 ? rest.substring(indent) : "";
                char f = rest.isEmpty() ? ' ' : rest.charAt(0);
                int run = f == '`' || f == '~' ? runLength(rest, 0, f) : 0;
                String marker = run >= 3 ? rest.substring(0, run) : null;
                boolean opens = marker != null && fence == null;
                // a closing fence: the same character, at least as long, nothing after it
                boolean closes = marker != null
                        && fence != null
                        && f == fence.charAt(0)
                        && run >= fence.length()
                        && rest.substring(run).isBlank();
                if (opens || closes) {
                    fence = opens ? marker : null;
                    // the fence line itself is copied as it is: its backticks open no code span
                    int eol = source.indexOf('\n', i);
                    int end = eol < 0 ? n : eol;
                    out.append(source, i, end);
                    i = end;
                    continue;
                }
            }
            char c = source.charAt(i);
            if (fence != null || c == '\n') {
                out.append(c);
                line += c == '\n' ? 1 : 0;
                i++;
                continue;
            }
            if (c == '\\' && i + 1 < n) {
                out.append(c).append(source.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '`') {
                int run = runLength(source, i, '`');
                int close = source.indexOf("`".repeat(run), i + run);
                int end = close < 0 ? i + run : close + run;
                String span = source.substring(i, end);
                out.append(span);
                line += count(span, '\n');
                i = end;
                continue;
            }
            if (c == '$') {
                boolean display = i + 1 < n && source.charAt(i + 1) == '$';
                int close = display ? source.indexOf("$$", i + 2) : closingDollar(source, i + 1);
                if (close > 0) {
                    String tex = source.substring(i + (display ? 2 : 1), close).strip();
                    int startOfLine = source.lastIndexOf('\n', i - 1) + 1;
                    formulas.add(new Formula(tex, display, line, i - startOfLine + 1));
                    int newlines = count(source.substring(i, close), '\n');
                    // The formula's own line breaks follow the token, so later line numbers stay true.
                    out.append(token(formulas.size() - 1)).append("\n".repeat(newlines));
                    line += newlines;
                    i = close + (display ? 2 : 1);
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return new Result(out.toString(), formulas);
    }

    /** Puts formulas back as {@code $…$} source: for text that must be read again on its own (a directive body). */
    static String restore(String text, List<Formula> formulas) {
        return java.util.regex.Pattern.compile(TOKEN + "(\\d{1,6})X")
                .matcher(text)
                .replaceAll(r -> {
                    int i = Integer.parseInt(r.group(1));
                    if (i >= formulas.size()) {
                        return java.util.regex.Matcher.quoteReplacement(r.group());
                    }
                    Formula f = formulas.get(i);
                    String fence = f.display() ? "$$" : "$";
                    return java.util.regex.Matcher.quoteReplacement(fence + f.tex() + fence);
                });
    }

    // Pandoc's rule: no space after the opening $, none before the closing one, no digit right after it.
    private static int closingDollar(String s, int from) {
        if (from >= s.length() || Character.isWhitespace(s.charAt(from))) {
            return -1;
        }
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '\n' && j + 1 < s.length() && s.charAt(j + 1) == '\n') {
                return -1;
            } else if (c == '$') {
                boolean spaceBefore = Character.isWhitespace(s.charAt(j - 1));
                boolean digitAfter = j + 1 < s.length() && Character.isDigit(s.charAt(j + 1));
                return spaceBefore || digitAfter || j == from ? -1 : j;
            }
        }
        return -1;
    }

    private static int runLength(String s, int i, char c) {
        int j = i;
        while (j < s.length() && s.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
