/** Java wrappers of the web components in frontend/ (charts, formulas): plain data in, typed events out. */
package org.landscapelab.components;
