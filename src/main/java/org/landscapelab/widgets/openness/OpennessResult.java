package org.landscapelab.widgets.openness;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.landscapelab.components.Formula;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.linalg.Subspace;
import org.landscapelab.numerics.openness.Condition;
import org.landscapelab.numerics.openness.LocalOpenness;
import org.landscapelab.widgets.OpennessWords;
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
        org.landscapelab.widgets.Stale.mark(value, this);
    }

    // Built once and updated in place: a new pair changes a few texts and formulas, so the page receives only
    // those values instead of a rebuilt result (the load harness measured ~14 KB and ~260 changes per edit before).
    private final Span verdictWord = new Span();
    private final Span verdictReason = new Span();
    private final Paragraph regime = new Paragraph();
    // Short formulas side by side in rows that wrap, so that on a phone each stays whole on its own line instead of
    // one long formula scrolling sideways.
    private final Formula productFormula = new Formula("", true);
    private final Formula productValue = new Formula("", true);
    private final Formula rankW1 = new Formula("", true);
    private final Formula rankW2 = new Formula("", true);
    private final Formula rankProduct = new Formula("", true);
    private final Formula firstDimension = new Formula("", true);
    private final Formula firstIntersection = new Formula("", true);
    private final Formula secondDimension = new Formula("", true);
    private final Formula secondIntersection = new Formula("", true);
    private final H4 conditionsTitle = new H4();
    private final List<ConditionRow> rows =
            List.of(new ConditionRow(), new ConditionRow(), new ConditionRow(), new ConditionRow());
    private boolean built;

    void show(OpennessExplorerCompute.Result r) {
        LocalOpenness a = r.analysis();
        stale(false);
        if (message.getParent().isPresent()) {
            remove(message); // a message belongs to the last failed computation
        }
        if (!built) {
            build();
        }
        text(verdictWord, a.locallyOpen() ? "Locally open" : "Not locally open");
        verdictWord.setClassName("lab-good", a.locallyOpen());
        verdictWord.setClassName("lab-bad", !a.locallyOpen());
        text(verdictReason, " at (W1, W2) — " + reason(a));
        text(
                regime,
                "Regime " + OpennessWords.regime(a.regime()) + " (m = " + a.m() + ", k = " + a.k() + ", n = " + a.n()
                        + "). Rate: " + OpennessWords.rate(a.rate()) + ".");
        Matrix w1 = r.pair().w1();
        Matrix w2 = r.pair().w2();
        productFormula.setTex("W_1 W_2 = " + Tex.matrix(w1) + Tex.matrix(w2));
        productValue.setTex("= " + Tex.matrix(w1.times(w2)));
        rankW1.setTex("\\operatorname{rank} W_1 = " + a.rankW1());
        rankW2.setTex("\\operatorname{rank} W_2 = " + a.rankW2());
        rankProduct.setTex("\\operatorname{rank} W_1W_2 = " + a.rankW1W2());
        String first = "\\mathcal{N}(W_1) \\cap \\mathcal{C}(W_2)";
        firstDimension.setTex("\\dim " + first + " = " + a.nullW1InColumnsW2().dimension());
        firstIntersection.setTex(first + " = " + basis(a.nullW1InColumnsW2()));
        String second = "\\mathcal{N}(W_2^\\top) \\cap \\mathcal{C}(W_1^\\top)";
        secondDimension.setTex("\\dim " + second + " = " + a.nullW2tInRowsW1().dimension());
        secondIntersection.setTex(second + " = " + basis(a.nullW2tInRowsW1()));
        boolean narrow = a.regime() == LocalOpenness.Regime.NARROW;
        text(conditionsTitle, narrow ? "Conditions (i)–(iv) of Theorem 2" : "Behrends' conditions (k ≥ min(m,n))");
        List<Condition> shown = narrow
                ? List.of(a.conditionI(), a.conditionII(), a.conditionIII(), a.conditionIV())
                : List.of(a.conditionA(), a.conditionB());
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).show(i < shown.size() ? shown.get(i) : null);
        }
    }

    private void build() {
        built = true;
        verdictWord.addClassName("lab-verdict-word");
        Div verdict = new Div(verdictWord, verdictReason, regime);
        verdict.addClassName("lab-verdict");
        Div product = section("Product and ranks");
        product.add(row(productFormula, productValue), row(rankW1, rankW2, rankProduct));
        Div intersections = section("The two intersections");
        for (Formula[] f : List.of(
                new Formula[] {firstDimension, firstIntersection},
                new Formula[] {secondDimension, secondIntersection})) {
            Div row = row(f);
            row.addClassName("lab-subspace");
            intersections.add(row);
        }
        Div conditions = new Div(conditionsTitle);
        conditions.addClassName("lab-result-section");
        UnorderedList list = new UnorderedList();
        list.addClassName("lab-conditions");
        rows.forEach(list::add);
        conditions.add(list);
        add(verdict, product, intersections, conditions);
    }

    // Flow replaces an element's text node on every setText, even with the same text: set only what changed.
    private static void text(com.vaadin.flow.component.HasText component, String text) {
        if (!text.equals(component.getText())) {
            component.setText(text);
        }
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

    private static String basis(Subspace s) {
        return s.dimension() == 0
                ? "\\{0\\}"
                : "\\operatorname{span}\\left\\{"
                        + String.join(
                                ",\\ ",
                                java.util.Arrays.stream(s.basisVectors())
                                        .map(Tex::column)
                                        .toList()) + "\\right\\}";
    }

    private static Div row(Formula... formulas) {
        Div row = new Div(formulas);
        row.addClassName("lab-formula-row");
        return row;
    }

    /** One condition: label, holds/fails, statement, explanation and its witness when there is one. */
    private static final class ConditionRow extends ListItem {
        private final Span label = new Span();
        private final Span mark = new Span();
        private final Span statement = new Span();
        private final Paragraph explanation = new Paragraph();
        private final Formula witness = new Formula("", true);

        ConditionRow() {
            mark.addClassName("lab-mark");
            add(label, mark, statement, explanation, witness);
        }

        void show(Condition c) {
            setVisible(c != null);
            if (c == null) {
                return;
            }
            text(label, ConditionWords.label(c) + " ");
            text(mark, c.holds() ? "holds" : "fails");
            mark.setClassName("lab-good", c.holds());
            mark.setClassName("lab-bad", !c.holds());
            text(statement, " — " + ConditionWords.statement(c));
            text(explanation, ConditionWords.explanation(c));
            witness.setVisible(c.witness().isPresent());
            witness.setTex(
                    c.witness().map(w -> "\\text{witness: }" + Tex.matrix(w)).orElse(""));
        }
    }

    private static Div section(String title) {
        Div box = new Div(new H4(title));
        box.addClassName("lab-result-section");
        return box;
    }
}
