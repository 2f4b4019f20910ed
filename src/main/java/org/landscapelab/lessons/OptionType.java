package org.landscapelab.lessons;

/** The kinds of value a widget option takes in a lesson file. */
public enum OptionType {
    /** a whole number */
    INTEGER,
    /** any finite number */
    NUMBER,
    /** true or false */
    BOOLEAN,
    /** free text */
    TEXT,
    /** one of the spec's choices */
    CHOICE,
    /** a matrix: a YAML list of rows ({@code [[1, 0], [0, 1]]}) or text with rows split by {@code ;} ({@code 1,0;0,1}) */
    MATRIX,
    /** whole numbers separated by commas ({@code "2,1,1,2"}), or a YAML list of them */
    INTEGERS,
    /** a list of option names, e.g. {@code locked: [W2]} */
    NAMES
}
