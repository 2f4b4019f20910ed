package org.landscapelab.widgets.openness;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.landscapelab.components.Formula;
import org.landscapelab.numerics.openness.Condition;
import org.landscapelab.numerics.openness.LocalOpenness;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.linalg.Subspace;
import org.landscapelab.widgets.Tex;

/** What the analysis says, laid out: product and ranks, the two intersections, the conditions, the verdict. */
class OpennessResult extends Div {

    private final Paragraph message = new Paragraph();

    OpennessResult() {
        addClassName("lab-openness-result");
        message.addClassName("lab-widget-message");
    }

    void message(String text) {
        message.setText(text);
        if (!getChildren().toList().contains(message)) {
            addComponentAsFirst(message);
        }
    }

    /** Dims the analysis while the inputs do not form a valid pair. */
    void stale(boolean value) {
        if (value) {
            addClassName("lab-stale");
            getElement().setAttribute("aria-disabled", "true");
        } else {
            removeClassName("lab-stale");
            getElement().removeAttribute("aria-disabled");
        }
    }

    void show(OpennessExplorerCompute.Result r) {
        LocalOpenness a = r.analysis();
        stale(false);
        removeAll();
        add(verdict(a), product(r.pair().w1(), r.pair().w2(), a), intersections(a), conditions(a));
    }

    private Div verdict(LocalOpenness a) {
        Span word = new Span(a.locallyOpen() ? "Locally open" : "Not locally open");
        word.addClassNames("lab-verdict-word", a.locallyOpen() ? "lab-good" : "lab-bad");
        Div box = new Div(word, new Span(" at (W1, W2) — " + reason(a)));
        box.addClassName("lab-verdict");
        box.add(new Paragraph("Regime " + a.regime().text() + " (m = " + a.m() + ", k = " + a.k() + ", n = " + a.n()
                + "). Rate: " + a.rate().text() + "."));
        return box;
    }

    private static String reason(LocalOpenness a) {
        if (a.regime() == LocalOpenness.Regime.NARROW) {
            if (a.rankW1() != a.rankW2()) {
                return "the ranks of W1 and W2 differ.";
            }
            return a.locallyOpen() ? "rank W1 = rank W2 = rank W1W2." : "the ranks agree, but the product loses rank.";
        }
        return a.locallyOpen() ? "condition (a) or (b) holds." : "neither (a) nor (b) holds.";
    }

    private Div product(Matrix w1, Matrix w2, LocalOpenness a) {
        Div box = section("Product and ranks");
        box.add(new Formula("W_1 W_2 = " + Tex.matrix(w1) + Tex.matrix(w2) + " = " + Tex.matrix(w1.times(w2)), true));
        box.add(new Formula("\\operatorname{rank} W_1 = " + a.rankW1() + ",\\quad \\operatorname{rank} W_2 = "
                + a.rankW2() + ",\\quad \\operatorname{rank} W_1W_2 = " + a.rankW1W2(), true));
        return box;
    }

    private Div intersections(LocalOpenness a) {
        Div box = section("The two intersections");
        box.add(subspace("\\mathcal{N}(W_1) \\cap \\mathcal{C}(W_2)", a.nullW1InColumnsW2()));
        box.add(subspace("\\mathcal{N}(W_2^\\top) \\cap \\mathcal{C}(W_1^\\top)", a.nullW2tInRowsW1()));
        return box;
    }

    private static Div subspace(String name, Subspace s) {
        String basis = s.dimension() == 0 ? "\\{0\\}"
                : "\\operatorname{span}\\left\\{" + String.join(",\\ ", java.util.Arrays.stream(s.basisVectors()).map(Tex::column).toList())
                        + "\\right\\}";
        Div row = new Div(new Formula("\\dim " + name + " = " + s.dimension() + ",\\qquad " + name + " = " + basis, true));
        row.addClassName("lab-subspace");
        return row;
    }

    private Div conditions(LocalOpenness a) {
        boolean narrow = a.regime() == LocalOpenness.Regime.NARROW;
        Div box = section(narrow ? "Conditions (i)–(iv) of Theorem 2" : "Behrends' conditions (k ≥ min(m,n))");
        List<Condition> shown = narrow
                ? List.of(a.conditionI(), a.conditionII(), a.conditionIII(), a.conditionIV())
                : List.of(a.conditionA(), a.conditionB());
        UnorderedList list = new UnorderedList();
        list.addClassName("lab-conditions");
        for (Condition c : shown) {
            Span mark = new Span(c.holds() ? "holds" : "fails");
            mark.addClassNames("lab-mark", c.holds() ? "lab-good" : "lab-bad");
            ListItem item = new ListItem(new Span(c.label() + " "), mark, new Span(" — " + c.statement()));
            item.add(new Paragraph(c.explanation()));
            c.witness().ifPresent(w -> item.add(new Formula("\\text{witness: }" + Tex.matrix(w), true)));
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private static Div section(String title) {
        Div box = new Div(new H4(title));
        box.addClassName("lab-result-section");
        return box;
    }
}
