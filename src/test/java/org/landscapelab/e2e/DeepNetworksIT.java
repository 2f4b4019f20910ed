package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Lesson C's certificate and hypothesis checker in the browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeepNetworksIT extends PageTest {

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(1280, 2400);
    }

    // The certificate's computations take seconds each on a busy machine.
    private static final double CERTIFICATE_TIMEOUT = 60_000;

    private PlayerPage player;

    @BeforeEach
    void newPlayer() {
        player = new PlayerPage(page, base());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String summaryOf(Locator widget, String startsWith) {
        return player.waitForSummary(widget, s -> s.startsWith(startsWith), CERTIFICATE_TIMEOUT);
    }

    // Names a kind in a verdict checkpoint, checks, and waits until the certificate has graded it right or wrong.
    private String chooseKind(Locator checkpoint, String kind, boolean right) {
        PlayerPage.choose(checkpoint, kind);
        PlayerPage.checkButton(checkpoint).click();
        player.waitForVerdict(checkpoint, right, CERTIFICATE_TIMEOUT);
        return PlayerPage.feedback(checkpoint).innerText();
    }

    // The steps after the 1A question open once it is answered right; a test that needs them answers it first.
    private void answer1A() {
        player.openStep("/lessons/deep-networks/example");
        chooseKind(player.checkpoints().first(), "non-strict saddle", true);
    }

    @Test
    void the_printed_counterexample_is_a_non_strict_saddle_with_a_fourth_order_descent_curve() {
        answer1A();
        player.openStep("/lessons/deep-networks/certificate-1a");
        Locator cert = player.widget("certificate").first();

        assertThat(summaryOf(cert, "L = "))
                .isEqualTo("L = 0.500000, ‖∇L‖ = 0; Hessian: 0 negative, 4 zero (2 from"
                        + " symmetries), 1 positive eigenvalues; global value 0; verdict: non-strict saddle — the loss drops at"
                        + " order 4 along a curve");
        assertThat(cert.locator(".lab-verdict-word").innerText()).isEqualTo("Non-strict saddle");
        assertThat(cert.locator("lab-chart").getAttribute("aria-label")).contains("descent curve");
    }

    @Test
    void perturbing_an_entry_changes_the_verdict() {
        PlaygroundPage cert = new PlaygroundPage(page, base()).open("certificate", "preset=1A");
        cert.waitForSummary(s -> s.startsWith("L = 0.500000"), CERTIFICATE_TIMEOUT);

        cert.root().getByLabel("W2").fill("0.5");
        assertThat(cert.waitForSummary(s -> s.startsWith("L = 0.625000"), CERTIFICATE_TIMEOUT))
                .contains("verdict: not a critical point");
    }

    @Test
    void a_strict_saddle_shows_its_escape_direction() {
        PlaygroundPage cert = new PlaygroundPage(page, base()).open("certificate", "preset=1B");

        assertThat(cert.waitForSummary(s -> s.startsWith("L = "), CERTIFICATE_TIMEOUT))
                .contains("2 negative")
                .contains("verdict: strict saddle");
        assertThat(cert.root().locator(".lab-result-section h4").allInnerTexts())
                .anyMatch(t -> t.startsWith("Escape direction"));
    }

    @Test
    void the_hypothesis_checker_tells_bottleneck_from_no_bottleneck_and_refuses_bad_widths() {
        PlaygroundPage arch = new PlaygroundPage(page, base()).open("architecture", "widths=2,2,2,2&loss=convex");

        assertThat(arch.waitForSummary(s -> s.startsWith("widths"), CERTIFICATE_TIMEOUT))
                .startsWith(
                        "widths [2, 2, 2, 2], d_min = 2, no bottleneck: " + "Laurent–von Brecht: no bottleneck holds");

        arch.root().getByLabel("Widths d0, …, dh").fill("2,1,x");
        assertThat(arch.waitForSummary(s -> s.startsWith("No valid"), CERTIFICATE_TIMEOUT))
                .isEqualTo("No valid architecture: Widths are whole numbers separated by"
                        + " commas, e.g. 2,1,1,2; 'x' is not one.");
    }

    @Test
    void the_verdict_checkpoint_is_graded_by_the_certificate_and_opens_the_step_that_shows_it() {
        player.openStep("/lessons/deep-networks/example");
        Locator checkpoint = player.checkpoints().first();
        // the answer is not on the screen beside the question
        assertThat(player.widget("certificate").count()).isZero();
        assertThat(player.next().isDisabled()).isTrue();

        assertThat(chooseKind(checkpoint, "spurious local minimum", false))
                .startsWith("Not quite. The certificate says: L = 0.500000")
                .contains("non-strict saddle");
        chooseKind(checkpoint, "non-strict saddle", true);
        assertThat(checkpoint.getAttribute("data-passed")).isEqualTo("true");

        player.next().click();
        page.waitForURL("**/lessons/deep-networks/certificate-1a");
        assertThat(summaryOf(player.widget("certificate").first(), "L = ")).contains("verdict: non-strict saddle");
    }

    @Test
    void a_psd_critical_point_that_is_not_a_minimum_is_recognised_and_a_strict_saddle_is_not_accepted() {
        answer1A();
        player.openStep("/lessons/deep-networks/no-bottleneck");
        Locator checkpoint = player.checkpoints().last();
        Locator feedback = PlayerPage.feedback(checkpoint);
        Locator check = PlayerPage.checkButton(checkpoint);

        checkpoint.getByLabel("W1 (1×1)").fill("0");
        checkpoint.getByLabel("W2 (1×1)").fill("0");
        checkpoint.getByLabel("W3 (1×1)").fill("2");
        check.click();
        player.waitForVerdict(checkpoint, false, CERTIFICATE_TIMEOUT);
        assertThat(feedback.innerText()).contains("verdict: strict saddle");

        checkpoint.getByLabel("W3 (1×1)").fill("0");
        check.click();
        player.waitForVerdict(checkpoint, true, CERTIFICATE_TIMEOUT);
        assertThat(feedback.innerText()).contains("verdict: non-strict saddle — the loss drops at order 3");
    }

    @Test
    void the_1b_question_is_graded_right_and_wrong_by_the_certificate() {
        answer1A();
        player.openStep("/lessons/deep-networks/no-bottleneck");
        Locator checkpoint = player.checkpoints().first();

        // notes §2.3: at 1B the Hessian has two negative eigenvalues
        assertThat(chooseKind(checkpoint, "non-strict saddle", false))
                .contains("2 negative")
                .contains("strict saddle");
        chooseKind(checkpoint, "strict saddle", true);
    }
}
