/** Spring wiring and the typed configuration properties of the application. */
package org.landscapelab.config;
