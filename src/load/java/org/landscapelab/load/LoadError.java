package org.landscapelab.load;

/** A failed interaction, by kind (the table counts errors per kind), with what was seen. */
final class LoadError extends Exception {

    final String kind;

    LoadError(String kind, String detail) {
        super(kind + ": " + detail, null, false, false);
        this.kind = kind;
    }
}
