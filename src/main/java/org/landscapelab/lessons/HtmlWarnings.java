package org.landscapelab.lessons;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Warnings for what a student will not see as written: HTML the sanitizer removes (elements, attributes, links
 * with a scheme it refuses) and images from other sites, which the page's content-security policy blocks unless
 * an administrator allows their host. The sanitizer decides with the same safelist, so the warnings cannot drift
 * from what it does.
 */
final class HtmlWarnings {

    private static final String BASE = "http://relative.invalid/";

    private HtmlWarnings() {}

    /**
     * Walks a parsed Markdown document whose first line is {@code firstLine} of the file.
     */
    static void check(Node doc, Path shown, int firstLine, List<LessonProblem> out) {
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                html(block.getLiteral(), firstLine + LessonParser.lineOf(block) - 1, LessonParser.columnOf(block));
            }

            @Override
            public void visit(HtmlInline inline) {
                html(inline.getLiteral(), firstLine + LessonParser.lineOf(inline) - 1, LessonParser.columnOf(inline));
            }

            @Override
            public void visit(Link link) {
                if (!safe("a", "href", link.getDestination())) {
                    out.add(
                            LessonProblem.warning(
                                    shown,
                                    firstLine + LessonParser.lineOf(link) - 1,
                                    LessonParser.columnOf(link),
                                    "link `" + shorten(link.getDestination()) + "` is removed"
                                            + " from the page: only http, https, mailto, ftp and links within the course are kept"));
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                int line = firstLine + LessonParser.lineOf(image) - 1;
                if (!image.getDestination().isBlank() && !safe("img", "src", image.getDestination())) {
                    out.add(LessonProblem.warning(
                            shown,
                            line,
                            LessonParser.columnOf(image),
                            "image `" + shorten(image.getDestination()) + "` is removed from the page (only its"
                                    + " text stays): images may come from http, https or the lesson's folder, not from"
                                    + " data: or other schemes; save the image next to lesson.md"));
                } else {
                    image(image.getDestination(), line, LessonParser.columnOf(image));
                }
            }

            private final Parser parser = Parser.htmlParser().setTrackPosition(true);

            private void html(String html, int line, int column) {
                if (out.size() >= LessonParser.MAX_PROBLEMS) {
                    return;
                }
                List<Element> elements = new java.util.ArrayList<>();
                for (org.jsoup.nodes.Node n : parser.parseFragmentInput(html, new Element("body"), BASE)) {
                    if (n instanceof Element top) {
                        elements.addAll(top.getAllElements());
                    }
                }
                for (Element e : elements) {
                    int[] at = at(e.sourceRange(), line, column);
                    String tag = e.normalName();
                    if (!MarkdownRenderer.SAFELIST.isSafeTag(tag)) {
                        out.add(LessonProblem.warning(
                                shown,
                                at[0],
                                at[1],
                                "`<" + tag + ">` is removed from the page"
                                        + (DROPS_CONTENT.contains(tag) ? " with its content" : " (its text stays)")
                                        + "; lessons may use formatting HTML only"));
                        continue;
                    }
                    for (Attribute a : e.attributes()) {
                        int[] where = at(a.sourceRange().nameRange(), line, column);
                        if (!MarkdownRenderer.SAFELIST.isSafeAttribute(tag, e, a)) {
                            boolean handler =
                                    a.getKey().toLowerCase(Locale.ROOT).startsWith("on");
                            out.add(LessonProblem.warning(
                                    shown,
                                    where[0],
                                    where[1],
                                    "attribute `" + a.getKey()
                                            + "` of `<" + tag + ">` is removed from the page"
                                            + (handler
                                                    ? ": lessons cannot run scripts"
                                                    : isUrl(a.getKey())
                                                            ? ": only http, https, mailto, ftp and links within the course are kept"
                                                            : "")));
                        } else if (tag.equals("img") && a.getKey().equals("src")) {
                            image(a.getValue(), where[0], where[1]);
                        }
                    }
                }
            }

            private void image(String src, int line, int column) {
                String s = src.strip().toLowerCase(Locale.ROOT);
                if (s.startsWith("http://") || s.startsWith("https://") || s.startsWith("//")) {
                    out.add(LessonProblem.warning(
                            shown,
                            line,
                            column,
                            "image `" + shorten(src) + "` is on another"
                                    + " site: students' browsers load it only if an administrator allows its host"
                                    + " (`lab.security.image-hosts`), and that site then sees every student who opens the"
                                    + " step; save the image next to lesson.md instead"));
                }
            }
        });
    }

    private static final java.util.Set<String> DROPS_CONTENT = java.util.Set.of(
            "script",
            "style",
            "iframe",
            "object",
            "embed",
            "template",
            "noscript",
            "svg",
            "math",
            "textarea",
            "select",
            "title");

    private static boolean isUrl(String attribute) {
        return attribute.equals("href") || attribute.equals("src") || attribute.equals("cite");
    }

    private static boolean safe(String tag, String attribute, String value) {
        Element e = Parser.htmlParser()
                .parseInput("<body><" + tag + "></" + tag + ">", BASE)
                .body()
                .child(0);
        e.attr(attribute, value);
        return MarkdownRenderer.SAFELIST.isSafeAttribute(tag, e, e.attribute(attribute));
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

    // A position inside an HTML snippet, made a position in the file; the snippet starts at (line, column).
    private static int[] at(Range range, int line, int column) {
        if (range == null || !range.isTracked()) {
            return new int[] {line, column};
        }
        int l = range.start().lineNumber();
        int c = range.start().columnNumber();
        return l <= 1 ? new int[] {line, column + c - 1} : new int[] {line + l - 1, c};
    }
}
