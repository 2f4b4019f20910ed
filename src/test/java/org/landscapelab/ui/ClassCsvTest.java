package org.landscapelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells as RFC 4180 quotes them, and defused so a spreadsheet never runs a student's answer as a formula. */
class ClassCsvTest {

    @Test
    void cells_are_quoted_when_needed_and_formulas_are_defused() {
        assertThat(ClassCsvController.cell("plain")).isEqualTo("plain");
        assertThat(ClassCsvController.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(ClassCsvController.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ClassCsvController.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ClassCsvController.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(ClassCsvController.cell("+1+2")).isEqualTo("'+1+2");
        assertThat(ClassCsvController.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        // numbers, negative ones included, stay numbers
        assertThat(ClassCsvController.cell("-0.5")).isEqualTo("-0.5");
        assertThat(ClassCsvController.cell("")).isEmpty();
    }
}
