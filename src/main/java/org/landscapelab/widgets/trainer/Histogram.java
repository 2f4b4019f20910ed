package org.landscapelab.widgets.trainer;

import org.landscapelab.components.Chart;
import org.landscapelab.numerics.optimize.MultiStart;

/** Final losses counted in ten bins between the smallest and the largest (one bar when they all agree). */
final class Histogram {

    private Histogram() {}

    static Chart.Series of(MultiStart.Result result) {
        // Diverged runs end at an infinite loss: they are counted in the summary, not drawn.
        double[] finals = result.runs().stream()
                .mapToDouble(MultiStart.RunSummary::finalLoss)
                .filter(Double::isFinite)
                .toArray();
        double lo = java.util.Arrays.stream(finals).min().orElse(0);
        double hi = java.util.Arrays.stream(finals).max().orElse(0);
        int bins = hi - lo > 1e-9 * Math.max(1, Math.abs(hi)) ? 10 : 1;
        double width = bins == 1 ? 1 : (hi - lo) / bins;
        double[] centers = new double[bins];
        double[] counts = new double[bins];
        for (int b = 0; b < bins; b++) {
            centers[b] = bins == 1 ? lo : lo + (b + 0.5) * width;
        }
        for (double f : finals) {
            int b = bins == 1 ? 0 : Math.min(bins - 1, (int) ((f - lo) / width));
            counts[b]++;
        }
        return new Chart.Series("runs ending there", Chart.Kind.BAR, centers, counts, false);
    }
}
