package org.landscapelab.lessons;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the validator checks in a formula, so an instructor hears of a formula KaTeX would reject before a
 * student sees it in red: balanced braces; every control sequence and environment is one the bundled KaTeX
 * knows (the list in {@code katex-names.txt}, generated from KaTeX by {@code .ci/katex-commands.mjs}); commands
 * get their arguments; no double superscript or subscript; {@code ^}/{@code _} have something to attach;
 * {@code \left}…{@code \right} pair up within a group; {@code &} only inside an aligning environment; no command
 * that KaTeX renders only when trusted ({@code \href}, {@code \htmlId}…), since the page does not trust lessons.
 *
 * <p>It is a checker, not a TeX engine: it does not know which commands are text-only or math-only, or expand
 * macros, so a rare formula may pass here and still fail in the page — the page then shows the source and
 * KaTeX's error (and a browser test checks these rules against the real KaTeX on a corpus of formulas).
 */
public final class FormulaCheck {

    private static final Set<String> COMMANDS = new HashSet<>();
    private static final Set<String> ENVIRONMENTS = new HashSet<>();
    private static final String SYMBOLS = "$#!;:> %&_{}|,\\";
    private static final String ACCENTS = "'`^~=.\"";
    private static final Set<String> TEXT_ARGUMENTS = Set.of(
            "\\text",
            "\\textbf",
            "\\textit",
            "\\textrm",
            "\\textsf",
            "\\texttt",
            "\\textnormal",
            "\\textup",
            "\\textmd",
            "\\emph",
            "\\href",
            "\\url");
    private static final Set<String> DELIMITED = Set.of(
            "\\left",
            "\\right",
            "\\middle",
            "\\big",
            "\\Big",
            "\\bigg",
            "\\Bigg",
            "\\bigl",
            "\\Bigl",
            "\\biggl",
            "\\Biggl",
            "\\bigr",
            "\\Bigr",
            "\\biggr",
            "\\Biggr",
            "\\bigm",
            "\\Bigm",
            "\\biggm",
            "\\Biggm");
    private static final Map<String, Integer> ARGUMENTS = new HashMap<>();
    /** What KaTeX renders only when trusted; the page never trusts a lesson's formulas, so these come out red. */
    static final Set<String> UNTRUSTED =
            Set.of("\\href", "\\url", "\\includegraphics", "\\htmlClass", "\\htmlId", "\\htmlStyle", "\\htmlData");

    static {
        try (InputStream in = FormulaCheck.class.getResourceAsStream("katex-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("katex-names.txt is missing from the class path");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(
                            l -> (l.startsWith("begin:") ? ENVIRONMENTS : COMMANDS).add(l.replaceFirst("^begin:", "")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String c : new String[] {
            "\\frac",
            "\\dfrac",
            "\\tfrac",
            "\\cfrac",
            "\\binom",
            "\\dbinom",
            "\\tbinom",
            "\\overset",
            "\\underset",
            "\\stackrel",
            "\\textcolor",
            "\\colorbox",
            "\\href"
        }) {
            ARGUMENTS.put(c, 2);
        }
        ARGUMENTS.put("\\fcolorbox", 3);
        ARGUMENTS.put("\\genfrac", 6);
        for (String c : new String[] {
            "\\sqrt",
            "\\mathrm",
            "\\mathbf",
            "\\mathit",
            "\\mathbb",
            "\\mathcal",
            "\\mathfrak",
            "\\mathsf",
            "\\mathtt",
            "\\mathscr",
            "\\boldsymbol",
            "\\bm",
            "\\operatorname",
            "\\hat",
            "\\bar",
            "\\tilde",
            "\\vec",
            "\\dot",
            "\\ddot",
            "\\check",
            "\\breve",
            "\\acute",
            "\\grave",
            "\\widehat",
            "\\widetilde",
            "\\overline",
            "\\underline",
            "\\overbrace",
            "\\underbrace",
            "\\overrightarrow",
            "\\overleftarrow",
            "\\fbox",
            "\\boxed",
            "\\phantom",
            "\\hphantom",
            "\\vphantom",
            "\\smash",
            "\\mathop",
            "\\mathbin",
            "\\mathrel",
            "\\mathord",
            "\\mathopen",
            "\\mathclose",
            "\\mathinner",
            "\\color",
            "\\substack",
            "\\cancel",
            "\\bcancel",
            "\\xcancel",
            "\\sout",
            "\\url",
            "\\tag"
        }) {
            ARGUMENTS.put(c, 1);
        }
        TEXT_ARGUMENTS.forEach(c -> ARGUMENTS.putIfAbsent(c, 1));
    }

    // Far beyond any real formula, far below what the checker's recursion can take.
    static final int MAX_DEPTH = 100;

    /** The first problem of the formula, in words, or empty when it passes. */
    public static Optional<String> check(String tex) {
        try {
            new Scanner(tex).formula();
            return Optional.empty();
        } catch (Problem p) {
            return Optional.of(p.getMessage());
        }
    }

    private FormulaCheck() {}

    private static final class Problem extends RuntimeException {
        Problem(String message) {
            super(message, null, false, false);
        }
    }

    /** A small recursive-descent pass over the formula's tokens; it stops at the first problem. */
    private static final class Scanner {
        private final String tex;
        private int pos;
        private int depth;

        Scanner(String tex) {
            this.tex = tex;
        }

        void formula() {
            group(null, false, false);
            if (pos < tex.length()) {
                throw new Problem("a `}` has no matching `{`");
            }
        }

        /**
         * Reads up to the closing brace (when {@code closer} is "}"), the {@code \end} of an environment (closer is
         * the environment's name), or the end of the formula (closer null), and consumes the closer.
         */
        private void group(String closer, boolean aligned, boolean text) {
            if (++depth > MAX_DEPTH) {
                throw new Problem("groups are nested more than " + MAX_DEPTH + " deep; simplify the formula");
            }
            try {
                groupBody(closer, aligned, text);
            } finally {
                depth--;
            }
        }

        private void groupBody(String closer, boolean aligned, boolean text) {
            boolean hasSup = false;
            boolean hasSub = false;
            int openLeft = 0;
            while (true) {
                skipSpace();
                if (pos >= tex.length()) {
                    if ("}".equals(closer)) {
                        throw new Problem(unclosedBraces());
                    }
                    if (closer != null) {
                        throw new Problem("`\\begin{" + closer + "}` is never closed with `\\end{" + closer + "}`");
                    }
                    break;
                }
                char c = tex.charAt(pos);
                if (c == '}') {
                    if (!"}".equals(closer)) {
                        throw new Problem(
                                closer == null
                                        ? "a `}` has no matching `{`"
                                        : "a `}` has no matching `{` inside `\\begin{" + closer + "}`");
                    }
                    pos++;
                    break;
                }
                if (!text && (c == '^' || c == '_')) {
                    pos++;
                    boolean sup = c == '^';
                    if (sup ? hasSup : hasSub) {
                        throw new Problem("double " + (sup ? "superscript" : "subscript") + ": a second `" + c
                                + "` on the same base; expected one group, e.g. `x" + c + "{ab}`, or `{x" + c + "a}"
                                + c + "b`");
                    }
                    if (!argument()) {
                        throw new Problem("`" + c + "` has nothing to attach; expected a group after `" + c + "`");
                    }
                    hasSup |= sup;
                    hasSub |= !sup;
                    continue;
                }
                if (c == '\'' && !text) {
                    pos++; // a prime belongs to the base before it
                    continue;
                }
                hasSup = false;
                hasSub = false;
                if (c == '%') {
                    int eol = tex.indexOf('\n', pos);
                    pos = eol < 0 ? tex.length() : eol + 1;
                    continue;
                }
                if (c == '{') {
                    pos++;
                    group("}", false, text);
                    continue;
                }
                if (c == '&' && !aligned && !text) {
                    throw new Problem("`&` outside an aligning environment; expected `\\&` for an ampersand, or an"
                            + " environment such as `aligned`, `pmatrix` or `cases`");
                }
                if (c != '\\') {
                    pos++;
                    continue;
                }
                String name = controlSequence();
                switch (name) {
                    case "\\begin" -> environment();
                    case "\\end" -> {
                        String env = braced("\\end");
                        if (!env.equals(closer)) {
                            throw new Problem("`\\end{" + env + "}` does not close the environment opened before it");
                        }
                        if (openLeft > 0) {
                            throw new Problem("`\\left` is never closed with `\\right` before `\\end{" + env + "}`");
                        }
                        return;
                    }
                    case "\\left" -> {
                        delimiter(name);
                        openLeft++;
                    }
                    case "\\right" -> {
                        if (openLeft == 0) {
                            throw new Problem("`\\right` has no matching `\\left` in its group");
                        }
                        delimiter(name);
                        openLeft--;
                    }
                    case "\\middle" -> {
                        if (openLeft == 0) {
                            throw new Problem("`\\middle` outside a `\\left` … `\\right` pair");
                        }
                        delimiter(name);
                    }
                    default -> command(name, text);
                }
            }
            if (openLeft > 0) {
                throw new Problem("`\\left` is never closed with `\\right`");
            }
        }

        private void command(String name, boolean text) {
            if (++depth > MAX_DEPTH) {
                throw new Problem("groups are nested more than " + MAX_DEPTH + " deep; simplify the formula");
            }
            try {
                commandBody(name, text);
            } finally {
                depth--;
            }
        }

        private void commandBody(String name, boolean text) {
            boolean symbol = name.length() == 2 && !Character.isLetter(name.charAt(1));
            if (symbol
                    ? SYMBOLS.indexOf(name.charAt(1)) < 0 && ACCENTS.indexOf(name.charAt(1)) < 0
                    : !COMMANDS.contains(name)) {
                throw new Problem("unknown command `" + name + "`; KaTeX would reject the formula"
                        + (symbol ? "" : Suggestions.hint(name, COMMANDS)));
            }
            if (UNTRUSTED.contains(name)) {
                throw new Problem("`" + name + "` is not allowed in lesson formulas (links, images and HTML"
                        + " attributes from formulas are refused for students' safety); "
                        + (name.equals("\\href") || name.equals("\\url")
                                ? "write the link in Markdown outside the formula, e.g. `[text](https://…)`"
                                : name.equals("\\includegraphics")
                                        ? "put the image in Markdown: `![alt](figure.png)`"
                                        : "leave it out"));
            }
            if (DELIMITED.contains(name)) {
                delimiter(name);
                return;
            }
            int wanted = symbol && ACCENTS.indexOf(name.charAt(1)) >= 0 ? 1 : ARGUMENTS.getOrDefault(name, 0);
            if (name.equals("\\sqrt")) {
                optional();
            }
            boolean textArguments = text || TEXT_ARGUMENTS.contains(name);
            for (int found = 0; found < wanted; found++) {
                if (!argument(textArguments)) {
                    throw new Problem("`" + name + "` expects " + wanted + (wanted == 1 ? " argument" : " arguments")
                            + ", found " + found);
                }
            }
        }

        private void environment() {
            String env = braced("\\begin");
            if (!ENVIRONMENTS.contains(env)) {
                throw new Problem("unknown environment `" + env + "`; KaTeX would reject the formula"
                        + Suggestions.hint(env, ENVIRONMENTS));
            }
            group(env, true, false);
        }

        // One argument: a braced group, a control sequence, or one character. False when there is none.
        private boolean argument() {
            return argument(false);
        }

        private boolean argument(boolean text) {
            skipSpace();
            if (pos >= tex.length()) {
                return false;
            }
            char c = tex.charAt(pos);
            if (c == '}' || c == '&' || c == '^' || c == '_') {
                return false;
            }
            if (c == '{') {
                pos++;
                group("}", false, text);
                return true;
            }
            if (c == '\\') {
                String name = controlSequence();
                if (name.equals("\\\\") || name.equals("\\end") || name.equals("\\right")) {
                    pos -= name.length();
                    return false;
                }
                command(name, text);
                return true;
            }
            pos++;
            return true;
        }

        private void optional() {
            skipSpace();
            if (pos < tex.length() && tex.charAt(pos) == '[') {
                int close = tex.indexOf(']', pos);
                if (close < 0) {
                    throw new Problem("a `[` has no matching `]`");
                }
                pos = close + 1;
            }
        }

        private void delimiter(String name) {
            skipSpace();
            if (pos >= tex.length() || tex.charAt(pos) == '}') {
                throw new Problem("`" + name + "` expects a delimiter such as `(`, `[`, `|`, `\\{` or `.`");
            }
            if (tex.charAt(pos) == '\\') {
                String d = controlSequence();
                boolean symbol = d.length() == 2 && !Character.isLetter(d.charAt(1));
                if (!symbol && !COMMANDS.contains(d)) {
                    throw new Problem("unknown command `" + d + "`; KaTeX would reject the formula"
                            + Suggestions.hint(d, COMMANDS));
                }
            } else {
                pos++;
            }
        }

        private String braced(String command) {
            skipSpace();
            int close = tex.indexOf('}', pos);
            if (pos >= tex.length() || tex.charAt(pos) != '{' || close < 0) {
                throw new Problem(
                        "`" + command + "` expects an environment name in braces, e.g. `" + command + "{pmatrix}`");
            }
            String name = tex.substring(pos + 1, close).trim();
            pos = close + 1;
            return name;
        }

        // The control sequence at pos (a backslash and letters, or a backslash and one other character).
        private String controlSequence() {
            int start = pos++;
            if (pos >= tex.length()) {
                throw new Problem("a lone `\\` at the end; expected a command name");
            }
            if (Character.isLetter(tex.charAt(pos)) && tex.charAt(pos) < 128) {
                while (pos < tex.length() && tex.charAt(pos) < 128 && Character.isLetter(tex.charAt(pos))) {
                    pos++;
                }
            } else {
                pos++;
            }
            return tex.substring(start, pos);
        }

        private void skipSpace() {
            while (pos < tex.length() && Character.isWhitespace(tex.charAt(pos))) {
                pos++;
            }
        }

        private String unclosedBraces() {
            int depth = 0;
            for (int i = 0; i < tex.length(); i++) {
                char c = tex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
            }
            return Math.max(1, depth) + " `{` not closed; expected `}`";
        }
    }
}
