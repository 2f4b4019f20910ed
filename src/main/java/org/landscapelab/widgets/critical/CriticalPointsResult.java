package org.landscapelab.widgets.critical;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import org.landscapelab.components.Formula;
import org.landscapelab.components.Numerals;
import org.landscapelab.numerics.Tolerances;
import org.landscapelab.numerics.critical.TwoLayerCriticalPoints;
import org.landscapelab.numerics.networks.CriticalPoint;
import org.landscapelab.widgets.Tex;

/** L*, the table of families and, for a chosen saddle, its escape direction (math.md §4.2–4.3). */
class CriticalPointsResult extends Div {

    private final Div overview = new Div();
    private final Div families = new Div();
    private final Div escape = new Div();

    CriticalPointsResult() {
        addClassName("lab-critical-result");
        overview.addClassName("lab-verdict");
        families.addClassName("lab-result-section");
        escape.addClassName("lab-result-section");
        escape.getElement().setAttribute("aria-live", "polite");
        add(overview, families, escape);
    }

    void show(CriticalPointsCompute.Result r) {
        TwoLayerCriticalPoints.Enumeration e = r.enumeration();
        overview.removeAll();
        Span value = new Span("L* = " + Numerals.sig(e.globalValue(), 6));
        value.addClassNames("lab-verdict-word", "lab-good");
        long global = r.count(CriticalPoint.Kind.GLOBAL_MINIMUM);
        overview.add(
                value,
                new Span(" — " + e.families().size() + " critical families for d1 = " + r.d1() + ", " + global
                        + " of them at L*."));
        // three short formulas that wrap on a phone rather than one that scrolls
        Div facts = new Div(
                new Formula(
                        "\\sigma(YP_X) = ("
                                + String.join(
                                        ",\\ ",
                                        Arrays.stream(e.singularValues())
                                                .mapToObj(Tex::number)
                                                .toList())
                                + ")",
                        true),
                new Formula("\\operatorname{rank} X = " + e.rankX(), true),
                new Formula("\\tfrac12\\lVert Y(I-P_X)\\rVert_F^2 = " + Tex.number(e.unfittable()), true));
        facts.addClassName("lab-formula-row");
        overview.add(facts);
        families.removeAll();
        families.add(
                new H4("Critical families"),
                new Paragraph("One family per index set J of nonzero singular"
                        + " triplets with |J| ≤ d1, from the lowest value to the highest. Hessian inertia and λ_min are"
                        + " measured at the family's balanced representative."),
                table(r));
        escape.removeAll();
        escape.add(
                new H4("Escape direction"),
                new Paragraph("Choose a strict saddle in the table to see the direction" + " of negative curvature."));
    }

    private NativeTable table(CriticalPointsCompute.Result r) {
        NativeTableRow head = new NativeTableRow();
        for (String h :
                new String[] {"J", "loss", "rank W2W1", "degenerate", "inertia (−, 0, +)", "λ_min", "kind", "escape"}) {
            head.add(new NativeTableHeaderCell(h));
        }
        NativeTableBody body = new NativeTableBody();
        for (TwoLayerCriticalPoints.Family f : r.byLoss()) {
            CriticalPoint cp = f.classification();
            Span kind = new Span(CriticalPointsCompute.kind(f.kind()));
            kind.addClassNames("lab-mark", f.kind() == CriticalPoint.Kind.GLOBAL_MINIMUM ? "lab-good" : "lab-bad");
            NativeTableCell action = new NativeTableCell();
            if (f.kind() == CriticalPoint.Kind.STRICT_SADDLE) {
                String j = CriticalPointsCompute.indexSet(f.indexSet());
                Button b = new Button("Escape", ev -> showEscape(f));
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                b.getElement().setAttribute("aria-label", "Escape direction at J = " + j);
                action.add(b);
            }
            NativeTableRow row = new NativeTableRow(
                    cell(CriticalPointsCompute.indexSet(f.indexSet())),
                    cell(Numerals.sig(f.loss(), 6)),
                    cell(Integer.toString(f.rank())),
                    cell(f.degenerate() ? "yes" : "no"),
                    cell(cp.negative() + ", " + cp.zero() + ", " + cp.positive()),
                    cell(eigen(cp)),
                    new NativeTableCell(kind),
                    action);
            row.getElement().setAttribute("data-j", CriticalPointsCompute.indexSet(f.indexSet()));
            body.add(row);
        }
        NativeTable t = new NativeTable(new NativeTableHeader(head), body);
        t.addClassName("lab-table");
        t.getElement().setAttribute("aria-label", "Critical families");
        return t;
    }

    /** λ_min to 6 digits; one that the inertia counts as zero is shown as 0 with its rounding residue. */
    static String eigen(CriticalPoint cp) {
        double[] eig = cp.eigenvalues();
        double lambda = eig[0];
        double tau = Tolerances.HESSIAN_RELATIVE * Math.max(1, Math.max(-eig[0], eig[eig.length - 1]));
        if (Math.abs(lambda) <= tau) {
            return lambda == 0 ? "0" : "0 (" + Numerals.scientific(lambda, 1) + " numerically)";
        }
        return Numerals.sig(lambda, 6);
    }

    private void showEscape(TwoLayerCriticalPoints.Family f) {
        escape.removeAll();
        String j = CriticalPointsCompute.indexSet(f.indexSet());
        escape.add(new H4("Escape direction at J = " + j));
        escape.getElement().setAttribute("data-j", j);
        if (f.certificate().isEmpty()) {
            escape.add(new Paragraph("This saddle is not degenerate (rank W2W1 = " + f.rank() + " is the largest"
                    + " possible), so the certificate of Corollary 6 does not apply; its Hessian still has "
                    + f.classification().negative() + " negative eigenvalue(s), the smallest λ_min = "
                    + Numerals.sig(f.minEigenvalue(), 6) + "."));
            return;
        }
        TwoLayerCriticalPoints.Certificate c = f.certificate().get();
        escape.add(new Paragraph("Rank W2W1 = " + f.rank() + " is below min(d0, d1, d2), so a unit vector z in the null"
                + " space of W1ᵀ (or of W2) and the top singular pair (u, v) of the gradient G = (W2W1X − Y)Xᵀ give a"
                + " direction ΔW1 = a·zvᵀ, ΔW2 = b·uzᵀ along which the loss curves down:"));
        escape.add(new Formula(
                "\\Delta W_1 = " + Tex.matrix(c.direction().get(0)) + ",\\qquad \\Delta W_2 = "
                        + Tex.matrix(c.direction().get(1)),
                true));
        escape.add(new Formula(
                "H\\big|_{(a,b)} = \\begin{bmatrix} c & -s \\\\ -s & 0 \\end{bmatrix} = "
                        + "\\begin{bmatrix} " + Tex.number(c.c()) + " & " + Tex.number(-c.s()) + " \\\\ "
                        + Tex.number(-c.s())
                        + " & 0 \\end{bmatrix},\\qquad \\lambda_{\\min}(H) \\le \\frac{c - \\sqrt{c^2 + 4s^2}}{2} = "
                        + Tex.number(c.bound()),
                true));
        Paragraph numbers = new Paragraph("c = " + Numerals.sig(c.c(), 6) + ", s = σ₁(G) = "
                + Numerals.sig(c.s(), 6) + ", bound = " + Numerals.sig(c.bound(), 6)
                + "; curvature along the direction, re-measured: d²/dt² L(W + tΔ) = " + Numerals.sig(c.curvature(), 6)
                + " (the Hessian's own λ_min here is " + Numerals.sig(f.minEigenvalue(), 6) + ").");
        numbers.getElement().setAttribute("data-curvature", Numerals.sig(c.curvature(), 6));
        escape.add(numbers);
    }

    private static NativeTableCell cell(String text) {
        return new NativeTableCell(text);
    }
}
