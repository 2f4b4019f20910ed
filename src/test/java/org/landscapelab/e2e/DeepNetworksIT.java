package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Lesson C's certificate and hypothesis checker in the browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeepNetworksIT extends PageTest {

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(1280, 2400);
    }

    private String summaryOf(Locator widget, String startsWith) {
        Locator s = widget.locator("[data-summary]");
        page.waitForCondition(
                () -> s.innerText().startsWith(startsWith), new Page.WaitForConditionOptions().setTimeout(60_000));
        return s.innerText();
    }

    // Names a kind in a verdict checkpoint, checks, and waits until the certificate has graded it right or wrong.
    private String chooseKind(Locator checkpoint, String kind, boolean right) {
        Locator feedback = checkpoint.locator(".lab-feedback");
        checkpoint
                .getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName(kind).setExact(true))
                .check();
        checkpoint
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check"))
                .click();
        page.waitForCondition(
                () -> String.valueOf(right).equals(feedback.getAttribute("data-right")),
                new Page.WaitForConditionOptions().setTimeout(60_000));
        return feedback.innerText();
    }

    // The steps after the 1A question open once it is answered right; a test that needs them answers it first.
    private void answer1A() {
        page.navigate("http://localhost:" + port + "/lessons/deep-networks/example");
        chooseKind(page.locator(".lab-checkpoint").first(), "non-strict saddle", true);
    }

    @Test
    void the_printed_counterexample_is_a_non_strict_saddle_with_a_fourth_order_descent_curve() {
        answer1A();
        page.navigate("http://localhost:" + port + "/lessons/deep-networks/certificate-1a");
        Locator cert = page.locator(".lab-certificate").first();

        assertThat(summaryOf(cert, "L = "))
                .isEqualTo("L = 0.500000, ‖∇L‖ = 0; Hessian: 0 negative, 4 zero (2 from"
                        + " symmetries), 1 positive eigenvalues; global value 0; verdict: non-strict saddle — the loss drops at"
                        + " order 4 along a curve");
        assertThat(cert.locator(".lab-verdict-word").innerText()).isEqualTo("Non-strict saddle");
        assertThat(cert.locator("lab-chart").getAttribute("aria-label")).contains("descent curve");
    }

    @Test
    void perturbing_an_entry_changes_the_verdict() {
        page.navigate("http://localhost:" + port + "/playground/certificate?preset=1A");
        Locator cert = page.locator(".lab-certificate");
        summaryOf(cert, "L = 0.500000");

        cert.getByLabel("W2").fill("0.5");
        assertThat(summaryOf(cert, "L = 0.625000")).contains("verdict: not a critical point");
    }

    @Test
    void a_strict_saddle_shows_its_escape_direction() {
        page.navigate("http://localhost:" + port + "/playground/certificate?preset=1B");
        Locator cert = page.locator(".lab-certificate");

        assertThat(summaryOf(cert, "L = ")).contains("2 negative").contains("verdict: strict saddle");
        assertThat(cert.locator(".lab-result-section h4").allInnerTexts())
                .anyMatch(t -> t.startsWith("Escape direction"));
    }

    @Test
    void the_hypothesis_checker_tells_bottleneck_from_no_bottleneck_and_refuses_bad_widths() {
        page.navigate("http://localhost:" + port + "/playground/architecture?widths=2,2,2,2&loss=convex");
        Locator arch = page.locator(".lab-architecture");

        assertThat(summaryOf(arch, "widths"))
                .startsWith(
                        "widths [2, 2, 2, 2], d_min = 2, no bottleneck: " + "Laurent–von Brecht: no bottleneck holds");

        arch.getByLabel("Widths d0, …, dh").fill("2,1,x");
        assertThat(summaryOf(arch, "No valid"))
                .isEqualTo("No valid architecture: Widths are whole numbers separated by"
                        + " commas, e.g. 2,1,1,2; 'x' is not one.");
    }

    @Test
    void the_verdict_checkpoint_is_graded_by_the_certificate_and_opens_the_step_that_shows_it() {
        page.navigate("http://localhost:" + port + "/lessons/deep-networks/example");
        Locator checkpoint = page.locator(".lab-checkpoint").first();
        // the answer is not on the screen beside the question
        assertThat(page.locator(".lab-certificate").count()).isZero();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                        .isDisabled())
                .isTrue();

        assertThat(chooseKind(checkpoint, "spurious local minimum", false))
                .startsWith("Not quite. The certificate says: L = 0.500000")
                .contains("non-strict saddle");
        chooseKind(checkpoint, "non-strict saddle", true);
        assertThat(checkpoint.getAttribute("data-passed")).isEqualTo("true");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                .click();
        page.waitForURL("**/lessons/deep-networks/certificate-1a");
        assertThat(summaryOf(page.locator(".lab-certificate").first(), "L = ")).contains("verdict: non-strict saddle");
    }

    @Test
    void a_psd_critical_point_that_is_not_a_minimum_is_recognised_and_a_strict_saddle_is_not_accepted() {
        answer1A();
        page.navigate("http://localhost:" + port + "/lessons/deep-networks/no-bottleneck");
        Locator checkpoint = page.locator(".lab-checkpoint").last();
        Locator feedback = checkpoint.locator(".lab-feedback");
        Locator check = checkpoint.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check"));

        checkpoint.getByLabel("W1 (1×1)").fill("0");
        checkpoint.getByLabel("W2 (1×1)").fill("0");
        checkpoint.getByLabel("W3 (1×1)").fill("2");
        check.click();
        page.waitForCondition(
                () -> "false".equals(feedback.getAttribute("data-right")),
                new Page.WaitForConditionOptions().setTimeout(60_000));
        assertThat(feedback.innerText()).contains("verdict: strict saddle");

        checkpoint.getByLabel("W3 (1×1)").fill("0");
        check.click();
        page.waitForCondition(
                () -> "true".equals(feedback.getAttribute("data-right")),
                new Page.WaitForConditionOptions().setTimeout(60_000));
        assertThat(feedback.innerText()).contains("verdict: non-strict saddle — the loss drops at order 3");
    }

    @Test
    void the_1b_question_is_graded_right_and_wrong_by_the_certificate() {
        answer1A();
        page.navigate("http://localhost:" + port + "/lessons/deep-networks/no-bottleneck");
        Locator checkpoint = page.locator(".lab-checkpoint").first();

        // notes §2.3: at 1B the Hessian has two negative eigenvalues
        assertThat(chooseKind(checkpoint, "non-strict saddle", false))
                .contains("2 negative")
                .contains("strict saddle");
        chooseKind(checkpoint, "strict saddle", true);
    }
}
