package org.landscapelab.widgets.openness;

import java.util.LinkedHashMap;
import java.util.Map;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.openness.LocalOpenness;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.OpennessWords;
import org.landscapelab.widgets.WidgetResult;

/** The explorer's one computation: the openness analysis of the pair, and how it is said. */
final class OpennessExplorerCompute {

    private OpennessExplorerCompute() {}

    static Result compute(OpennessExplorer.Inputs in, Job job) throws NumericsException {
        return new Result(
                in.pair(), LocalOpenness.analyze(in.pair().w1(), in.pair().w2()));
    }

    /**
     * The analysis in one sentence, as the explorer's summary and the checkpoints' feedback say it, e.g.
     * {@code rank W1 = 1, rank W2 = 1, rank W1W2 = 0, dim N(W1) ∩ C(W2) = 1, dim N(W2ᵀ) ∩ C(W1ᵀ) = 1: not locally
     * open (k < min(m,n))}.
     */
    static String sentence(LocalOpenness a) {
        return "rank W1 = " + a.rankW1() + ", rank W2 = " + a.rankW2() + ", rank W1W2 = " + a.rankW1W2()
                + ", dim N(W1) ∩ C(W2) = " + a.nullW1InColumnsW2().dimension()
                + ", dim N(W2ᵀ) ∩ C(W1ᵀ) = " + a.nullW2tInRowsW1().dimension()
                + ": " + (a.locallyOpen() ? "locally open" : "not locally open") + " ("
                + OpennessWords.regime(a.regime()) + ")";
    }

    /**
     * @param pair the analysed pair
     * @param analysis ranks, intersections, conditions, verdict, regime and rate
     */
    record Result(OpennessExplorer.Pair pair, LocalOpenness analysis) implements WidgetResult {

        @Override
        public String summary() {
            return sentence(analysis);
        }

        @Override
        public Map<String, Double> values() {
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("rank-W1", (double) analysis.rankW1());
            values.put("rank-W2", (double) analysis.rankW2());
            values.put("rank-W1W2", (double) analysis.rankW1W2());
            values.put("dim-null-W1-in-col-W2", (double)
                    analysis.nullW1InColumnsW2().dimension());
            values.put("dim-null-W2t-in-row-W1", (double)
                    analysis.nullW2tInRowsW1().dimension());
            values.put("open", analysis.locallyOpen() ? 1.0 : 0.0);
            return values;
        }
    }
}
