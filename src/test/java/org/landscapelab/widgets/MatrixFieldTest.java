package org.landscapelab.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The matrix field: a text the browser cut at the field's length is refused as cut, not read as what arrived. */
class MatrixFieldTest {

    @Test
    void a_text_cut_at_the_fields_length_is_refused_with_the_limits() {
        MatrixField field = new MatrixField("W1", 6, m -> {});
        // what a 500×500 paste leaves after the browser's cut: the first 2,000 characters
        String pasted = ("1,".repeat(499) + "1;").repeat(500);
        String arrived = pasted.substring(0, MatrixField.MAX_CHARS);

        assertThat(field.parse(arrived)).isEmpty();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage())
                .isEqualTo("This field takes at most 2,000 characters and the text was cut there; a matrix here has"
                        + " at most 6 rows and 6 columns.");

        assertThat(field.parse("1,0;0,1")).isPresent();
        assertThat(field.isInvalid()).isFalse();
    }
}
