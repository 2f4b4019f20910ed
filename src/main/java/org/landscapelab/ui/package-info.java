/** Routes and layouts: the catalog, the lesson player, the playground, the widget reference and the About page. */
package org.landscapelab.ui;
