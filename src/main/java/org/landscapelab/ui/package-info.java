/** Routes and layouts: the catalog, the lesson player, the playground, the widget reference and the About page. */
@NullMarked
package org.landscapelab.ui;

import org.jspecify.annotations.NullMarked;
