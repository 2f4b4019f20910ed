package org.landscapelab.lessons;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of a formula the server can make without a TeX engine: balanced braces and matching
 * {@code \begin}/{@code \end}. Anything else KaTeX cannot typeset shows in the page as its source and the error.
 */
final class FormulaCheck {

    private static final Pattern ENV = Pattern.compile("\\\\(begin|end)\\{([^}]*)}");

    private FormulaCheck() {}

    static Optional<String> check(String tex) {
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return Optional.of("a `}` has no matching `{`");
            }
        }
        if (depth > 0) {
            return Optional.of(depth + " `{` not closed; expected `}`");
        }
        Deque<String> open = new ArrayDeque<>();
        Matcher m = ENV.matcher(tex);
        while (m.find()) {
            if (m.group(1).equals("begin")) {
                open.push(m.group(2));
            } else if (open.isEmpty() || !open.pop().equals(m.group(2))) {
                return Optional.of("`\\end{" + m.group(2) + "}` does not close the environment opened before it");
            }
        }
        return open.isEmpty() ? Optional.empty() : Optional.of("`\\begin{" + open.peek() + "}` is never closed with `\\end{" + open.peek() + "}`");
    }
}
