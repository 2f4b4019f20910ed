package org.landscapelab.lessons;

import java.util.List;
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

    // Lesson authors may use plain formatting HTML; scripts, handlers and javascript: URLs never pass.
    static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "section", "aside", "details", "summary", "kbd", "abbr", "hr")
            .addAttributes(":all", "id", "class", "title")
            .addAttributes("a", "rel", "target")
            .addProtocols("a", "href", "#")
            .preserveRelativeLinks(true);

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
            if (href.startsWith("http://") || href.startsWith("https://")) {
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
        return doc.body().html();
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
