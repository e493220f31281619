/** The step-definition parts every device class shares: the hooks that decide applicability and the turn of an outcome into a verdict. */
package org.iomt.core.glue;
