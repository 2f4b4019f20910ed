/** Widget certificate and the certificate-verdict / certificate-example checkpoints: minimum, saddle or undecided, and why. */
@NullMarked
package org.landscapelab.widgets.certificate;

import org.jspecify.annotations.NullMarked;
