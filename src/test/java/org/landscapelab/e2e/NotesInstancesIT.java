package org.landscapelab.e2e;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every worked instance of the course notes, reached the way a student reaches it — through the widget's menu —
 * shows the notes' values (math.md §3.3 for A–E, §2.2–2.5 for 1A–1D and the scalar chain).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotesInstancesIT extends PageTest {

    // math.md §3.3: ranks, the two intersections and the verdict of Theorem 2
    private static final Map<String, String> OPENNESS = Map.of(
            "A — 2×1×2, ranks differ",
                    "rank W1 = 1, rank W2 = 0, rank W1W2 = 0, dim N(W1) ∩ C(W2) = 0,"
                            + " dim N(W2ᵀ) ∩ C(W1ᵀ) = 1: not locally open (k < min(m,n))",
            "B — 3×2×3, open, rank W1W2 < k",
                    "rank W1 = 1, rank W2 = 1, rank W1W2 = 1, dim N(W1) ∩ C(W2) = 0,"
                            + " dim N(W2ᵀ) ∩ C(W1ᵀ) = 0: locally open (k < min(m,n))",
            "C — 3×2×3, equal ranks, not open",
                    "rank W1 = 1, rank W2 = 1, rank W1W2 = 0, dim N(W1) ∩ C(W2) = 1,"
                            + " dim N(W2ᵀ) ∩ C(W1ᵀ) = 1: not locally open (k < min(m,n))",
            "D — 3×2×3, full rank",
                    "rank W1 = 2, rank W2 = 2, rank W1W2 = 2, dim N(W1) ∩ C(W2) = 0,"
                            + " dim N(W2ᵀ) ∩ C(W1ᵀ) = 0: locally open (k < min(m,n))",
            "E — 3×2×3, zeros",
                    "rank W1 = 0, rank W2 = 0, rank W1W2 = 0, dim N(W1) ∩ C(W2) = 0,"
                            + " dim N(W2ᵀ) ∩ C(W1ᵀ) = 0: locally open (k < min(m,n))");

    @Test
    void instances_a_to_e_from_the_explorers_menu_show_the_notes_ranks_and_verdicts() {
        PlaygroundPage explorer = new PlaygroundPage(page, "http://localhost:" + port);
        for (var instance : OPENNESS.entrySet()) {
            // a fresh page per instance: the menu then starts closed and empty
            explorer.open("openness-explorer");
            explorer.choose("Load an instance", instance.getKey());
            explorer.waitForSummary(s -> s.startsWith(instance.getValue()));
        }
    }

    @Test
    void the_deep_network_points_of_every_certificate_preset_show_the_notes_spectra_and_verdicts() {
        // math.md §2.2–2.5: loss, Hessian inertia, and how the point fails (or does not fail) to be a minimum
        Map<String, String[]> points = Map.of(
                "1A", new String[] {"L = 0.500000", "0 negative, 4 zero", "order 4", "non-strict saddle"},
                "1B", new String[] {"L = 0.500000", "2 negative", "strict saddle"},
                "1C", new String[] {"L = 0.500000", "0 negative", "order 3", "non-strict saddle"},
                "1D", new String[] {"L = 2.00000", "spurious local minimum", "global value ≈ 0.500000"},
                "1D-deep", new String[] {"L = 2.00000", "0 negative, 2 zero", "3 positive", "spurious local minimum"},
                "chain", new String[] {"0 negative, 3 zero", "order 3"});
        PlaygroundPage certificate = new PlaygroundPage(page, "http://localhost:" + port);
        for (var point : points.entrySet()) {
            // the preset option, as a lesson file or a shared link sets it
            certificate.open("certificate", "preset=" + point.getKey());
            certificate.waitForSummary(
                    s -> {
                        for (String part : point.getValue()) {
                            if (!s.contains(part)) {
                                return false;
                            }
                        }
                        return true;
                    },
                    PlaygroundPage.WORK_TIMEOUT);
        }
    }
}
