package org.landscapelab.lessons;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/** Markdown to HTML that is safe to put in a page, whatever the lesson file contains, with formulas as elements. */
final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);
    private static final Pattern FORMULA_TOKEN = Pattern.compile(MathExtractor.TOKEN + "(\\d{1,6})X");

    // Lesson authors may use plain formatting HTML; scripts, handlers and javascript: URLs never pass.
    static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "section", "aside", "details", "summary", "kbd", "abbr", "hr")
            .addAttributes(":all", "id", "class", "title")
            .addAttributes("a", "rel", "target")
            .addProtocols("a", "href", "#")
            .preserveRelativeLinks(true);

    private final Glossary glossary;

    MarkdownRenderer() {
        this(Glossary.EMPTY);
    }

    /** A renderer that links {@code {term}`…`} to {@code glossary}'s terms. */
    MarkdownRenderer(Glossary glossary) {
        this.glossary = glossary;
    }

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().extensions(EXTENSIONS).build();

    Node parse(String markdown) {
        return parser.parse(markdown);
    }

    String renderNode(Node node) {
        return renderer.render(node);
    }

    /** Markdown (which may hold formulas) to finished HTML; relative links resolve against {@code assetBase}. */
    String render(String markdown, String assetBase) {
        MathExtractor.Result math = MathExtractor.extract(markdown);
        return finish(renderer.render(parser.parse(math.markdown())), math.formulas(), assetBase);
    }

    String render(String markdown) {
        return render(markdown, null);
    }

    /** Sanitizes raw HTML from CommonMark, then puts back the formulas and fixes links. */
    String finish(String rawHtml, List<MathExtractor.Formula> formulas, String assetBase) {
        Document doc = Jsoup.parseBodyFragment(Jsoup.clean(rawHtml, "http://relative.invalid/", SAFELIST, OUTPUT));
        doc.outputSettings(OUTPUT);
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("//")) {
                // External links open in a new tab without handing it our window.
                a.attr("rel", "noopener noreferrer").attr("target", "_blank");
            } else {
                a.attr("href", resolve(href, assetBase));
            }
        }
        doc.select("img[src]").forEach(img -> img.attr("src", resolve(img.attr("src"), assetBase)));
        if (!formulas.isEmpty()) {
            insertFormulas(doc, formulas);
        }
        return glossary.keys().isEmpty() ? doc.body().html() : glossary.link(doc);
    }

    /**
     * Header text (a title, a summary, an objective) as inline HTML: the text as written, escaped, with each
     * {@code $…$} as a {@code lab-math} element and {@code \$} as a dollar sign. Not Markdown: a title stays the text
     * the page title and the aria labels show, formulas aside. Every formula is inline, {@code $$…$$} too, since a
     * display formula would break a heading or a card.
     */
    static String inline(String text) {
        MathExtractor.Result math = MathExtractor.extract(text);
        Document doc = Document.createShell("");
        doc.outputSettings(OUTPUT);
        Element span = doc.body().appendElement("span");
        Matcher token = FORMULA_TOKEN.matcher(math.markdown());
        int at = 0;
        while (token.find()) {
            int i = Integer.parseInt(token.group(1));
            if (i >= math.formulas().size()) {
                continue; // not one of ours: stays text
            }
            span.appendText(unescapeDollars(math.markdown().substring(at, token.start())));
            span.appendChild(
                    new Element("lab-math").attr("tex", math.formulas().get(i).tex()));
            at = token.end();
        }
        span.appendText(unescapeDollars(math.markdown().substring(at)));
        return span.html();
    }

    private static String unescapeDollars(String text) {
        return text.replace("\\$", "$");
    }

    static boolean isRelative(String url) {
        return !(url.isEmpty() || url.startsWith("#") || url.startsWith("/") || url.contains(":"));
    }

    private static String resolve(String url, String assetBase) {
        return assetBase != null && isRelative(url) ? assetBase + "/" + url : url;
    }

    private static void insertFormulas(Document doc, List<MathExtractor.Formula> formulas) {
        for (TextNode text : doc.body().textNodes()) {
            split(text, formulas);
        }
        for (Element e : doc.body().getAllElements()) {
            for (TextNode text : List.copyOf(e.textNodes())) {
                split(text, formulas);
            }
        }
        // A paragraph holding only a display formula becomes the formula itself.
        for (Element p : doc.select("p:has(> lab-math[display])")) {
            if (p.childrenSize() == 1 && p.ownText().isBlank()) {
                p.replaceWith(p.child(0));
            }
        }
    }

    private static void split(TextNode text, List<MathExtractor.Formula> formulas) {
        String s = text.getWholeText();
        int at = s.indexOf(MathExtractor.TOKEN);
        if (at < 0) {
            return;
        }
        int end = s.indexOf('X', at + MathExtractor.TOKEN.length());
        String digits = end < 0 ? "" : s.substring(at + MathExtractor.TOKEN.length(), end);
        if (!digits.matches("\\d{1,6}") || Integer.parseInt(digits) >= formulas.size()) {
            return; // not one of ours: leave the text alone
        }
        MathExtractor.Formula f = formulas.get(Integer.parseInt(digits));
        Element math = new Element("lab-math").attr("tex", f.tex());
        if (f.display()) {
            math.attr("display", true);
        }
        TextNode after = at == 0 ? text : text.splitText(at);
        TextNode rest = end + 1 < s.length() ? after.splitText(end + 1 - at) : null;
        after.replaceWith(math);
        if (rest != null) {
            split(rest, formulas);
        }
    }
}
