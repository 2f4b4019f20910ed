package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Lesson A's checkpoints answered right and wrong; the required one locks the steps after it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckpointsIT extends PageTest {

    private PlayerPage player;

    @BeforeEach
    void newPlayer() {
        player = new PlayerPage(page, "http://localhost:" + port);
    }

    private void open(String path) {
        player.openStep(path);
    }

    private Locator classify() {
        return player.checkpoints().first();
    }

    /**
     * The truth for the pair on screen, computed independently of the app: exact integer ranks and Theorem 2's
     * rank test (the pairs have k < min(m, n)).
     */
    private boolean pairIsOpen() {
        Locator pair = classify().locator(".lab-checkpoint-pair");
        String w1 = pair.getAttribute("data-w1");
        String w2 = pair.getAttribute("data-w2");
        int r1 = ExactRank.of(w1);
        return r1 == ExactRank.of(w2) && r1 == ExactRank.of(ExactRank.times(w1, w2));
    }

    private void answerClassify(boolean right) throws Exception {
        boolean open = pairIsOpen();
        String choice = open == right ? "Locally open" : "Not locally open";
        Locator feedback = PlayerPage.feedback(classify());
        String before = feedback.innerText();
        PlayerPage.choose(classify(), choice);
        PlayerPage.checkButton(classify()).click();
        // Wait for this answer's feedback, not the previous round's.
        page.waitForCondition(() -> !feedback.innerText().equals(before));
    }

    @Test
    void steps_after_a_required_checkpoint_stay_locked_until_it_is_passed() throws Exception {
        open("/lessons/matrix-multiplication/rates");
        // Forwarded to the checkpoint's step: the later step cannot be opened yet.
        page.waitForURL(u -> u.contains("/lessons/matrix-multiplication/check?locked=rates"));
        assertThat(player.next().isDisabled()).isTrue();
        assertThat(player.lockedStepLink("rates").count()).isEqualTo(1);

        answerClassify(false);
        assertThat(PlayerPage.feedback(classify()).innerText()).startsWith("Not quite. This pair is");
        assertThat(PlayerPage.feedback(classify()).getAttribute("data-right")).isEqualTo("false");

        for (int i = 0; i < 3; i++) {
            classify()
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Another pair"))
                    .click();
            page.waitForCondition(() -> classify().locator(".lab-check").isEnabled());
            // the verdict on the previous pair is gone with it
            assertThat(PlayerPage.feedback(classify()).innerText()).isEmpty();
            answerClassify(true);
            assertThat(PlayerPage.feedback(classify()).innerText()).startsWith("Right. This pair is");
        }
        page.waitForCondition(() -> "true".equals(classify().getAttribute("data-passed")));
        assertThat(player.next().isEnabled()).isTrue();

        player.next().click();
        page.waitForURL("**/lessons/matrix-multiplication/rates");
    }

    @Test
    void give_an_example_is_graded_by_what_the_pair_actually_is() {
        open("/lessons/matrix-multiplication/check");
        Locator example = player.checkpoint(1);
        Locator check = PlayerPage.checkButton(example);

        example.getByLabel("W1 (4×3)").fill("1,0,0;0,1,0;0,0,1;0,0,0");
        example.getByLabel("W2 (3×4)").fill("1,0,0,0;0,1,0,0;0,0,1,0");
        check.click();
        page.waitForCondition(() -> PlayerPage.feedback(example).getAttribute("data-right") != null);
        assertThat(PlayerPage.feedback(example).innerText())
                .isEqualTo("Not quite. Your pair: rank W1 = 3, rank W2 = 3,"
                        + " rank W1W2 = 3, dim N(W1) ∩ C(W2) = 0, dim N(W2ᵀ) ∩ C(W1ᵀ) = 0: locally open (k < min(m,n)). It is a pair"
                        + " with rank W1 = rank W2 = rank W1W2 = k (locally open); the question asks for equal ranks, yet not"
                        + " locally open.");

        // a column of W2 (e2) inside the null space of W1 (spanned by e2): ranks 2, 2, product rank 1
        example.getByLabel("W1 (4×3)").fill("1,0,0;0,0,1;0,0,0;0,0,0");
        example.getByLabel("W2 (3×4)").fill("1,0,0,0;0,1,0,0;0,0,0,0");
        check.click();
        player.waitForVerdict(example, true);
        assertThat(PlayerPage.feedback(example).innerText())
                .startsWith("Right. Your pair: rank W1 = 2, rank W2 = 2," + " rank W1W2 = 1");
        assertThat(example.getAttribute("data-passed")).isEqualTo("true");
    }

    @Test
    void a_wrong_shape_is_refused_at_the_field() {
        open("/lessons/matrix-multiplication/check");
        Locator example = player.checkpoint(1);
        example.getByLabel("W1 (4×3)").fill("1,0,0;0,1,0");
        example.getByLabel("W2 (3×4)").fill("1,0,0,0;0,1,0,0;0,0,1,0");
        PlayerPage.checkButton(example).click();

        Locator w1 = example.locator("vaadin-text-field").first();
        page.waitForCondition(() -> w1.getAttribute("invalid") != null);
        assertThat(w1.locator("[slot=error-message]").innerText()).isEqualTo("W1 must be 4×3; this is 2×3.");
    }

    @Test
    void the_value_of_l_star_is_graded_against_the_closed_form() {
        open("/lessons/two-layer-networks/optimum");
        Locator checkpoint = player.checkpoints().first();
        Locator check = PlayerPage.checkButton(checkpoint);

        checkpoint.getByLabel("Your value of L*").fill("3");
        check.click();
        player.waitForVerdict(checkpoint, false);
        assertThat(PlayerPage.feedback(checkpoint).innerText()).startsWith("Not quite. Your value 3.00000 is not L*.");

        // every number is read as written: 1e20 is not 1, 5e-1 is 0.5, and 1,0 is refused at the field with the reason
        checkpoint.getByLabel("Your value of L*").fill("1e20");
        check.click();
        page.waitForCondition(() -> PlayerPage.feedback(checkpoint).innerText().contains("1.00000e+20 is not L*"));
        checkpoint.getByLabel("Your value of L*").fill("5e-1");
        check.click();
        page.waitForCondition(() -> PlayerPage.feedback(checkpoint).innerText().contains("0.500000 is not L*"));
        checkpoint.getByLabel("Your value of L*").fill("1,0");
        check.click();
        Locator answerError = checkpoint.locator("vaadin-text-field[invalid] [slot=error-message]");
        page.waitForCondition(
                () -> answerError.count() > 0 && answerError.innerText().contains("use a point for decimals"));

        // The student's own Y, solved by hand (PlayerPage.lStarByHand): the same Y after a reload, graded right.
        String y = checkpoint.locator("[data-y]").getAttribute("data-y");
        String lStar = PlayerPage.lStarByHand(checkpoint);
        page.reload();
        Locator again = player.checkpoints().first();
        again.locator("[data-y]").waitFor();
        assertThat(again.locator("[data-y]").getAttribute("data-y")).isEqualTo(y);
        again.getByLabel("Your value of L*").fill(lStar);
        PlayerPage.checkButton(again).click();
        player.waitForVerdict(again, true);
        String verdict = PlayerPage.feedback(again).innerText();
        assertThat(verdict).matches("Right\\. L\\* = [0-9.]{7}\\.");
        assertThat(Double.parseDouble(verdict.substring("Right. L* = ".length(), verdict.length() - 1)))
                .isEqualTo(Double.parseDouble(lStar));
    }

    @Test
    void the_global_family_is_the_one_that_keeps_the_largest_singular_value() {
        open("/lessons/two-layer-networks/critical-points");
        Locator checkpoint = player.checkpoints().last();
        Locator feedback = PlayerPage.feedback(checkpoint);
        Locator check = PlayerPage.checkButton(checkpoint);

        PlayerPage.choose(checkpoint, "J = {2}");
        check.click();
        player.waitForVerdict(checkpoint, false);
        // ½(1² + 3² + 2² − 2²) = 5 for J = {2}; the global minimum keeps σ1 = 3: L* = ½(1 + 4) = 2.5.
        assertThat(feedback.innerText())
                .isEqualTo("Not quite. J = {2} has loss 5.00000 and is a strict saddle; the global"
                        + " minimum is J = {1}, with L* = 2.50000.");

        PlayerPage.choose(checkpoint, "J = {1}");
        check.click();
        player.waitForVerdict(checkpoint, true);
        assertThat(checkpoint.getAttribute("data-passed")).isEqualTo("true");
    }

    @Test
    void each_student_classifies_a_point_of_their_own_of_the_worked_points_kind() {
        // the step is behind the required checkpoint on 1A, a non-strict saddle (notes §2.2)
        open("/lessons/deep-networks/example");
        Locator required = player.checkpoints().first();
        PlayerPage.choose(required, "non-strict saddle");
        PlayerPage.checkButton(required).click();
        player.waitForVerdict(required, true, 30_000);
        open("/lessons/deep-networks/no-bottleneck");
        Locator checkpoint = player.checkpoints().first();
        Locator point = checkpoint.locator("[data-point]");
        point.waitFor();
        String mine = point.getAttribute("data-point");
        assertThat(mine).doesNotContain("W1 = 1;0, W2 = 0,0;0,0, W3 = 1,0;0,0"); // not the notes' 1B as printed

        // the same point when the student comes back
        page.reload();
        Locator again = player.checkpoints().first();
        again.locator("[data-point]").waitFor();
        assertThat(again.locator("[data-point]").getAttribute("data-point")).isEqualTo(mine);

        // 1B is a strict saddle (notes §2.3: two negative Hessian eigenvalues); moved by symmetries, so is this point
        PlayerPage.choose(again, "non-strict saddle");
        PlayerPage.checkButton(again).click();
        player.waitForVerdict(again, false, 30_000);
        assertThat(PlayerPage.feedback(again).innerText()).contains("verdict: strict saddle");
        PlayerPage.choose(again, "strict saddle");
        PlayerPage.checkButton(again).click();
        player.waitForVerdict(again, true, 30_000);
        assertThat(again.getAttribute("data-passed")).isEqualTo("true");

        // another point clears the verdict that was about this one
        again.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Another point"))
                .click();
        page.waitForCondition(() -> PlayerPage.feedback(again).innerText().isEmpty());
        page.waitForCondition(
                () -> again.locator("vaadin-radio-button[checked]").count() == 0);
    }

    @Test
    void the_last_step_says_whether_the_lesson_is_complete_what_is_open_and_leads_to_the_next_lesson() {
        open("/lessons/two-layer-networks/slice");
        Locator end = page.locator(".lab-lesson-end");
        end.waitFor();
        assertThat(end.getAttribute("data-complete")).isEqualTo("false");
        assertThat(end.locator("h2").innerText()).isEqualTo("End of the lesson");
        assertThat(end.innerText()).contains("Checkpoints passed: 0 of 2.");
        assertThat(end.locator("li a").allInnerTexts())
                .containsExactly("The global value in closed form", "Every critical point, listed");
        assertThat(end.locator(".lab-next-lesson").getAttribute("data-slug")).isEqualTo("deep-networks");

        player.passOptimum();
        open("/lessons/two-layer-networks/critical-points");
        Locator family = player.checkpoints().last();
        PlayerPage.choose(family, "J = {1}");
        PlayerPage.checkButton(family).click();
        player.waitForVerdict(family, true);

        open("/lessons/two-layer-networks/slice");
        Locator done = page.locator(".lab-lesson-end[data-complete=true]");
        done.waitFor();
        assertThat(done.locator("h2").innerText()).isEqualTo("Lesson complete");
        assertThat(done.innerText()).contains("Checkpoints passed: 2 of 2.").contains("You can now");
        done.locator(".lab-next-lesson").click();
        page.waitForURL("**/lessons/deep-networks");
        page.locator(".lab-step").waitFor();
    }

    @Test
    void a_shared_link_past_a_required_checkpoint_says_where_it_leads_and_goes_on_there_once_passed() {
        // a point of the certificate's: all three layers, W2 changed
        open("/lessons/deep-networks/certificate-1a?cert-1a.W1=1,0&cert-1a.W2=0.5&cert-1a.W3=1;0");
        page.waitForURL(u -> u.contains("/lessons/deep-networks/example?"));
        Locator note = page.locator(".lab-locked-link");
        note.waitFor();
        assertThat(note.innerText())
                .isEqualTo("The link you followed leads to “What the certificate finds”, which opens once you pass the"
                        + " required checkpoint in this step.");

        Locator required = player.checkpoints().first();
        PlayerPage.choose(required, "non-strict saddle");
        PlayerPage.checkButton(required).click();
        player.waitForVerdict(required, true, 30_000);
        page.locator(".lab-locked-link[data-unlocked=true]").waitFor();
        page.locator(".lab-locked-link-go").click();

        // the step the link was for, with the link's own example
        page.waitForURL(u -> u.contains("/lessons/deep-networks/certificate-1a") && u.contains("cert-1a.W2=0.5"));
        assertThat(page.url()).doesNotContain("locked=");
        Locator w2 = page.locator(".lab-certificate")
                .getByLabel("W2", new Locator.GetByLabelOptions().setExact(true))
                .first();
        w2.waitFor();
        assertThat(w2.inputValue()).isEqualTo("0.5");
        assertThat(page.locator(".lab-locked-link").count()).isZero();
    }

    @Test
    void hints_open_one_at_a_time_and_after_three_wrong_answers_a_worked_solution_that_passes() {
        open("/lessons/matrix-multiplication/check");
        Locator example = player.checkpoint(1);
        Locator hint = example.locator(".lab-hint-button");
        hint.click();
        page.waitForCondition(() -> example.locator(".lab-hint").count() == 1);
        assertThat(example.locator(".lab-hint").innerText())
                .startsWith("Hint 1 of 3:")
                .contains("The rank test");
        hint.click();
        hint.click();
        page.waitForCondition(() -> example.locator(".lab-hint").count() == 3);
        assertThat(hint.isVisible()).isFalse();

        // three wrong answers (full rank: open) to the same question
        Locator solve = example.locator(".lab-solve-button");
        for (int i = 0; i < 3; i++) {
            assertThat(solve.isVisible()).isFalse();
            example.getByLabel("W1 (4×3)").fill("1,0,0;0,1,0;0,0,1;0,0,0");
            example.getByLabel("W2 (3×4)").fill("1,0,0,0;0,1,0,0;0,0,1,0");
            PlayerPage.checkButton(example).click();
            int wrong = i + 1;
            page.waitForCondition(() -> PlayerPage.feedback(example).getAttribute("data-right") != null
                    && example.locator(".lab-solve-button").isVisible() == (wrong == 3));
        }
        solve.click();
        Locator solution = example.locator(".lab-solution [data-w1]");
        solution.waitFor();
        assertThat(example.locator(".lab-solution").innerText())
                .contains("rank W1 = ")
                .contains("not locally open");

        example.screenshot(
                new Locator.ScreenshotOptions().setPath(BrowserSupport.screenshot("checkpoint-hints-and-solution")));

        // the pair the solution shows is graded right: it was computed, not typed into the lesson
        example.getByLabel("W1 (4×3)").fill(solution.getAttribute("data-w1"));
        example.getByLabel("W2 (3×4)").fill(solution.getAttribute("data-w2"));
        PlayerPage.checkButton(example).click();
        player.waitForVerdict(example, true);
        assertThat(example.getAttribute("data-passed")).isEqualTo("true");
    }
}
