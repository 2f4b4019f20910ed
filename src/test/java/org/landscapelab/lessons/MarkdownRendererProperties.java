package org.landscapelab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownRendererProperties {

    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>\n\n"
            + "[x](javascript:alert(3)) <a href=\"javascript:alert(4)\" onclick=\"alert(5)\">y</a>\n\n";

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendered_html_carries_no_script_handler_or_javascript_url_whatever_surrounds_it() {
        qt().withFixedSeed(42)
                .withExamples(500)
                .forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 200))
                .checkAssert(noise -> {
                    Document doc = Jsoup.parseBodyFragment(renderer.render(noise + HOSTILE + noise));
                    assertThat(doc.select("script, iframe, object, embed")).isEmpty();
                    for (Element e : doc.getAllElements()) {
                        for (Attribute a : e.attributes()) {
                            assertThat(a.getKey()).doesNotStartWithIgnoringCase("on");
                            assertThat(a.getValue().strip()).doesNotStartWithIgnoringCase("javascript:");
                        }
                    }
                });
    }

    @Test
    void external_links_open_without_handing_over_the_window() {
        Document doc = Jsoup.parseBodyFragment(renderer.render("[paper](https://arxiv.org/abs/1803.02968)"));
        Element a = doc.selectFirst("a");
        assertThat(a).isNotNull();
        assertThat(a.attr("rel")).contains("noopener");
        assertThat(a.attr("href")).isEqualTo("https://arxiv.org/abs/1803.02968");
        // an address without a scheme (//host/…) is another site too
        Element relative =
                Jsoup.parseBodyFragment(renderer.render("[x](//example.org/a)")).selectFirst("a");
        assertThat(relative).isNotNull();
        assertThat(relative.attr("target")).isEqualTo("_blank");
        assertThat(relative.attr("rel")).contains("noopener");
    }
}
