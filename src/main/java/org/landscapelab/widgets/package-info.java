/** Interactive widgets, one sub-package each (schema + factory + view): the only place the UI meets the computation layer. */
package org.landscapelab.widgets;
