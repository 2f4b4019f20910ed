/** The lesson engine: file format, parser, validator and repository of lessons; knows widgets only through its own interface, no Vaadin. */
@NullMarked
package org.landscapelab.lessons;

import org.jspecify.annotations.NullMarked;
