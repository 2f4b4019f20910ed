package org.landscapelab.widgets.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.lessons.CheckpointVariants;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.critical.CriticalPointCertificate.Verdict;
import org.landscapelab.numerics.networks.LossSymmetries;
import org.landscapelab.widgets.Job;

/** The certificate checkpoints test themselves: known right and wrong answers through the graders the views call. */
class CertificateVariantsTest {

    private static void gradesAsExpected(CheckpointVariants.Variant v) {
        assertThat(v.grade(v.referenceAnswer()).right())
                .as(v.prompt() + ": " + v.referenceAnswer())
                .isTrue();
        assertThat(v.wrongAnswers())
                .isNotEmpty()
                .allSatisfy(w ->
                        assertThat(v.grade(w).right()).as(v.prompt() + ": " + w).isFalse());
    }

    @Test
    void every_preset_whose_verdict_is_a_choice_grades_it_right_and_the_other_choices_wrong() {
        CheckpointVariants variants = new CertificateVerdict().variants().orElseThrow();
        for (Preset p : Preset.values()) {
            CheckpointVariants.Variant v = variants.variant(Map.of("preset", p.key()), 1);
            gradesAsExpected(v);
            assertThat(v.wrongAnswers()).hasSize(CertificateVerdict.CHOICES.size());
        }
        // the lesson's 1A: no negative eigenvalue, yet not a minimum (CertificateComputeTest works it out)
        assertThat(variants.variant(Map.of("preset", "1A"), 5).referenceAnswer())
                .isEqualTo(Verdict.NON_STRICT_SADDLE.name());
    }

    @Test
    void a_drawn_point_is_a_point_of_its_own_whose_certified_kind_is_the_worked_points_at_every_seed() {
        CheckpointVariants variants = new CertificateVerdict().variants().orElseThrow();
        for (Preset p : Preset.values()) {
            java.util.Set<String> points = new java.util.HashSet<>();
            for (long seed = 1; seed <= 40; seed++) {
                // the reference is the worked point's verdict; the grade certifies the drawn point: they must agree
                CheckpointVariants.Variant v = variants.variant(Map.of("preset", p.key(), "random", true), seed);
                gradesAsExpected(v);
                points.add(v.prompt());
            }
            // the chain's point is 0, which no change of variables moves: only the data's signs vary there
            assertThat(points).as(p.key()).hasSizeGreaterThan(p == Preset.CHAIN ? 1 : 10);
        }
    }

    @Test
    void a_drawn_point_keeps_the_loss_of_every_point_moved_with_it() throws NumericsException {
        // the symmetries move the data with the point: the loss at the drawn point is the worked point's
        for (Preset p : Preset.values()) {
            for (long seed = 1; seed <= 20; seed++) {
                LossSymmetries.Instance drawn = Question.drawn(p, seed);
                double before = p.network().loss(p.point());
                assertThat(drawn.network().loss(drawn.weights()))
                        .as(p.key() + " seed " + seed)
                        .isCloseTo(before, org.assertj.core.api.Assertions.within(1e-12));
                assertThat(drawn.weights()).hasSameSizeAs(p.point());
            }
        }
        assertThat(Question.drawn(Preset.B1, 3)).isEqualTo(Question.drawn(Preset.B1, 3));
        assertThat(Question.drawn(Preset.D1, 3).omega()).isNotNull();
    }

    @Test
    void the_verdict_grader_reads_the_recorded_name_and_explains() throws NumericsException {
        CheckpointVariants.Grade g =
                CertificateVerdict.grade(Question.of(Preset.CHAIN), "NON_STRICT_SADDLE", Job.HEADLESS);
        assertThat(g.right()).isTrue();
        assertThat(g.text()).startsWith("The certificate says: L = ");
        assertThat(CertificateVerdict.grade(Question.of(Preset.CHAIN), "saddle", Job.HEADLESS))
                .isEqualTo(new CheckpointVariants.Grade(
                        false,
                        "Choose one of: global minimum, strict saddle, non-strict saddle, spurious local minimum."));
    }

    @Test
    void the_example_checkpoint_answers_with_the_zero_point_from_depth_three() {
        CheckpointVariants variants = new CertificateExample().variants().orElseThrow();
        CheckpointVariants.Variant lesson = variants.variant(Map.of("widths", "1,1,1,1", "X", "1", "Y", "1"), 1);
        assertThat(lesson.referenceAnswer()).isEqualTo("W1 = 0; W2 = 0; W3 = 0");
        assertThat(lesson.wrongAnswers())
                .containsExactly("W1 = 1; W2 = 1; W3 = 1", "W1 = 0;0; W2 = 0; W3 = 0", "W1 = 0; W2 = 0");
        gradesAsExpected(lesson);
        gradesAsExpected(variants.variant(Map.of("widths", "2,2,2,2", "X", "1,0;0,1", "Y", "0,0;0,1"), 1));
        gradesAsExpected(variants.variant(Map.of("widths", "1,2,3,2,1", "X", "1,2", "Y", "3,1"), 1));
        assertThat(lesson.grade("W1 = 0; W2 = 0,0; W3 = 0").text()).isEqualTo("W2 must be 1×1; this is 1×2.");
    }

    @Test
    void the_example_checkpoint_refuses_options_it_knows_no_example_for() {
        CheckpointVariants variants = new CertificateExample().variants().orElseThrow();
        assertThatThrownBy(() -> variants.variant(Map.of("widths", "1,1,1", "X", "1", "Y", "1"), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("depth 2");
        assertThatThrownBy(() -> variants.variant(Map.of("widths", "1,1,1,1", "X", "1", "Y", "0"), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("YXᵀ = 0");
    }
}
