package org.landscapelab.widgets.critical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.lessons.Evaluation;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.critical.TwoLayerCriticalPoints;
import org.landscapelab.numerics.networks.CriticalPoint;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.LinearProblem;
import org.landscapelab.widgets.Settings;
import org.landscapelab.widgets.UrlState;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetSpec;

/**
 * The one computation of {@code critical-points}: the families of X = I, Y diagonal counted and valued by hand
 * (one per J ⊆ {1, …, rank Y} with |J| ≤ d1, L_J = ½(‖Y‖² − Σ_{i∈J} σ_i²)), and the path {@code {expect}}, the
 * view and links take to it.
 */
class CriticalPointsComputeTest {

    private static final String EY_SUMMARY = "L* = 0.500000; 7 critical families: J = {1,2} global minimum (0.500000),"
            + " J = {1,3} strict saddle (2.00000), J = {1} strict saddle (2.50000), J = {2,3} strict saddle (4.50000),"
            + " J = {2} strict saddle (5.00000), J = {3} strict saddle (6.50000), J = ∅ strict saddle (7.00000)";

    private static CriticalPoints.Inputs inputs(Map<String, Object> options) {
        Settings s = Settings.of(options);
        return CriticalPoints.SPEC.inputs(s).orElseThrow(() -> new AssertionError(s.problems()));
    }

    private static CriticalPointsCompute.Result compute(Map<String, Object> options) throws NumericsException {
        return CriticalPointsCompute.compute(inputs(options), Job.HEADLESS);
    }

    private static long binomial(int n, int k) {
        long b = 1;
        for (int i = 1; i <= k; i++) {
            b = b * (n - k + i) / i;
        }
        return b;
    }

    @Test
    void the_running_example_has_one_family_per_index_set_of_at_most_d1_triplets() throws NumericsException {
        // σ(Y) = (3, 2, 1), ‖Y‖² = 14; d1 = 2: C(3,0) + C(3,1) + C(3,2) = 7 families, L* = L_{1,2} = ½·1 = 0.5
        CriticalPointsCompute.Result r = compute(Map.of());
        assertThat(r.summary()).isEqualTo(EY_SUMMARY);
        assertThat(r.values())
                .containsEntry("families", 7.0)
                .containsEntry("global-families", 1.0)
                .containsEntry("strict-saddles", 6.0);
        assertThat(r.values().get("L*")).isCloseTo(0.5, within(1e-14));
        assertThat(r.d1()).isEqualTo(2);
        // d1 = 3 adds J = {1,2,3}, which fits Y exactly: 8 families, L* = 0
        CriticalPointsCompute.Result three = compute(Map.of("d1", 3));
        assertThat(three.values())
                .containsEntry("families", 8.0)
                .containsEntry("global-families", 1.0)
                .containsEntry("strict-saddles", 7.0);
        assertThat(three.values().get("L*")).isCloseTo(0, within(1e-12));
        // a width beyond rank Y adds nothing
        assertThat(compute(Map.of("d1", 5)).values().get("families")).isEqualTo(8.0);
    }

    @Test
    void diagonal_targets_give_the_families_and_values_worked_by_hand() {
        qt().withExamples(30)
                .forAll(
                        integers().between(-6, 6),
                        integers().between(-6, 6),
                        integers().between(-6, 6),
                        integers().between(1, 4))
                .assuming((a, b, c, d1) -> distinctMagnitudes(a, b, c))
                .checkAssert((a, b, c, d1) -> {
                    List<Double> sigma = new ArrayList<>();
                    for (int v : new int[] {a, b, c}) {
                        if (v != 0) {
                            sigma.add((double) Math.abs(v));
                        }
                    }
                    sigma.sort(Comparator.reverseOrder());
                    int rank = sigma.size();
                    double normY2 = a * a + b * b + c * c;
                    long families = 0;
                    for (int k = 0; k <= Math.min(d1, rank); k++) {
                        families += binomial(rank, k);
                    }
                    double lStar = 0;
                    for (int i = Math.min(d1, rank); i < rank; i++) {
                        lStar += sigma.get(i) * sigma.get(i) / 2;
                    }
                    CriticalPointsCompute.Result r;
                    try {
                        r = compute(Map.of("Y", a + ",0,0;0," + b + ",0;0,0," + c, "d1", d1));
                    } catch (NumericsException e) {
                        throw new AssertionError(e);
                    }
                    assertThat(r.values().get("families")).isEqualTo((double) families);
                    assertThat(r.values().get("L*")).isCloseTo(lStar, within(1e-9));
                    assertThat(r.values().get("global-families")).isEqualTo(1.0);
                    assertThat(r.values().get("strict-saddles")).isEqualTo(families - 1.0);
                    for (TwoLayerCriticalPoints.Family f : r.enumeration().families()) {
                        double kept = f.indexSet().stream()
                                .mapToDouble(i -> sigma.get(i - 1) * sigma.get(i - 1))
                                .sum();
                        assertThat(f.loss()).isCloseTo((normY2 - kept) / 2, within(1e-9));
                    }
                    // the summary lists them from the lowest value up, the global one first
                    List<TwoLayerCriticalPoints.Family> byLoss = r.byLoss();
                    assertThat(byLoss.getFirst().kind()).isEqualTo(CriticalPoint.Kind.GLOBAL_MINIMUM);
                    assertThat(r.summary())
                            .startsWith("L* = "
                                    + org.landscapelab.components.Numerals.sig(
                                            r.values().get("L*"), 6)
                                    + "; " + families + " critical famil" + (families == 1 ? "y" : "ies") + ": J = "
                                    + CriticalPointsCompute.indexSet(
                                            byLoss.getFirst().indexSet()) + " global minimum");
                });
    }

    private static boolean distinctMagnitudes(int a, int b, int c) {
        int x = Math.abs(a);
        int y = Math.abs(b);
        int z = Math.abs(c);
        return (x == 0 || (x != y && x != z)) && (y == 0 || y != z);
    }

    @Test
    void zero_targets_have_the_single_family_j_empty() throws NumericsException {
        CriticalPointsCompute.Result r = compute(Map.of("Y", "0,0,0;0,0,0;0,0,0"));
        assertThat(r.summary()).isEqualTo("L* = 0.00000; 1 critical family: J = ∅ global minimum (0.00000)");
    }

    @Test
    void expect_evaluates_the_same_result_the_view_renders() throws NumericsException {
        Map<String, Object> lesson = Map.of(
                "X",
                List.of(List.of(1, 0, 0), List.of(0, 1, 0), List.of(0, 0, 1)),
                "Y",
                List.of(List.of(3, 0, 0), List.of(0, 2, 0), List.of(0, 0, 1)),
                "d1",
                2);
        Evaluation e = new CriticalPoints().evaluate(lesson).orElseThrow();
        CriticalPointsCompute.Result r = compute(lesson);
        assertThat(e.summary()).isEqualTo(r.summary());
        assertThat(e.values()).isEqualTo(r.values());
        // what the view builds from its fields after its own checks is the same input
        assertThat(CriticalPoints.Inputs.of(LinearProblem.X.defaultValue(), LinearProblem.Y.defaultValue(), 2))
                .isEqualTo(inputs(lesson));
        // the lesson's claims
        assertThat(e.summary()).contains("L* = 0.500000; 7 critical families: J = {1,2} global minimum (0.500000)");
        assertThat(e.values()).containsOnlyKeys("L*", "families", "global-families", "strict-saddles");
    }

    @Test
    void a_written_link_reloads_the_same_inputs_and_a_bad_one_falls_back_with_a_notice() {
        CriticalPoints.Inputs in =
                inputs(Map.of("X", "1,0,1,0;0,1,1,0;1,1,2,0", "Y", "2,0,1,1;0,1,1,0;1,1,0,3", "d1", 1));
        Map<String, String> link = UrlState.of(context(Map.of(), Map.of()))
                .with(LinearProblem.X, in.problem().x())
                .with(LinearProblem.Y, in.problem().y())
                .with(LinearProblem.D1, in.d1())
                .asMap();
        assertThat(link)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("X", "1,0,1,0;0,1,1,0;1,1,2,0", "Y", "2,0,1,1;0,1,1,0;1,1,0,3", "d1", "1"));
        assertThat(CriticalPoints.SPEC.start(context(Map.of(), link)).inputs()).isEqualTo(in);

        WidgetSpec.Start<CriticalPoints.Inputs> bad =
                CriticalPoints.SPEC.start(context(Map.of("d1", 1), Map.of("X", "1,0;0,1", "d1", "2")));
        assertThat(bad.inputs()).isEqualTo(inputs(Map.of("d1", 1)));
        assertThat(bad.notice())
                .hasValueSatisfying(n -> assertThat(n)
                        .startsWith("The link held settings that do not"
                                + " work (X and Y need the same number of columns (samples): X is 2×2, Y is 3×3.)"));
    }

    private static WidgetContext context(Map<String, Object> lesson, Map<String, String> link) {
        return new WidgetContext("critical", lesson, List.of(), link, "critical.");
    }
}
