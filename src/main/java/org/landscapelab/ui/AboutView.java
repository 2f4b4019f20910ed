package org.landscapelab.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** What the course is and the papers it follows. */
@Route("about")
@PageTitle("About · Landscape Lab")
@AnonymousAllowed
class AboutView extends Main {

    AboutView() {
        addClassNames("lab-page", "lab-prose");
        add(
                new H1("About Landscape Lab"),
                new Paragraph("Landscape Lab teaches, through guided interactive lessons, when and why the local "
                        + "minima of deep models are global minima. The ranks, values and verdicts the widgets show "
                        + "are computed from your own example while you work, and every claim a lesson makes about "
                        + "its examples is checked against the same computation before the lesson is served."),
                new H2("The papers the course follows"),
                papers(),
                new H2("A note on numbering and corrections"),
                new Paragraph("Theorem numbers of the first paper follow its 2018 short version. Where that version "
                        + "states more than is true — the first sentence of its Theorem 8 on multi-layer linear "
                        + "networks under the squared loss — the course teaches the corrected statement: for the "
                        + "squared loss no depth or width creates spurious local minima (Zhang's Corollary 1)."));
    }

    private UnorderedList papers() {
        return new UnorderedList(
                cite(
                        "Maher Nouiehed and Meisam Razaviyayn",
                        "Learning Deep Models: Critical Points and Local Openness",
                        "arXiv:1803.02968 (2018, revised 2023). Numbering of its 2018 short version: "
                                + "local openness of matrix multiplication (Theorem 2), two-layer linear networks "
                                + "(Theorem 5, Corollary 6), multi-layer linear networks (Theorem 8), pyramidal "
                                + "non-linear networks.",
                        "https://arxiv.org/abs/1803.02968"),
                cite(
                        "Li Zhang",
                        "Depth creates no more spurious local minima",
                        "arXiv:1901.09827 (2019). The reduction of deep linear networks to two layers (Theorem 1), "
                                + "full rank of spurious minima (Theorem 2), the squared loss (Corollary 1), "
                                + "multi-tower networks (Corollary 2).",
                        "https://arxiv.org/abs/1901.09827"));
    }

    private ListItem cite(String authors, String title, String where, String url) {
        Anchor link = new Anchor(url, url);
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return new ListItem(new Span(authors + ". "), new Emphasis(title), new Span(". " + where + " "), link);
    }
}
