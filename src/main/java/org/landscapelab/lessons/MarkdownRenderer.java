package org.landscapelab.lessons;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** Markdown to HTML that is safe to put in a page, whatever the lesson file contains. */
final class MarkdownRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    // Lesson authors may use plain formatting HTML; scripts, handlers and javascript: URLs never pass.
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "section", "aside", "details", "summary", "kbd", "abbr")
            .addAttributes(":all", "id", "class", "title")
            .addAttributes("a", "rel", "target")
            .addProtocols("a", "href", "#");

    String render(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html, "", SAFELIST, out);
        Document doc = Jsoup.parseBodyFragment(clean);
        doc.outputSettings(out);
        // External links open in a new tab without handing it our window.
        doc.select("a[href^=http]").forEach(a -> a.attr("rel", "noopener noreferrer").attr("target", "_blank"));
        return doc.body().html();
    }
}
