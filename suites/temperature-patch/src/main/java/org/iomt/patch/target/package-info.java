/** The target of a patch run: the tester broker, the embedded patch when simulated, the certificates, and {@code iomt simulate temperature-patch}. */
package org.iomt.patch.target;
