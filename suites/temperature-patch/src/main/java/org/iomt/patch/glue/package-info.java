/** Step definitions of the temperature patch: one to three lines each, in the standard's words, handing over to the actors' questions. */
package org.iomt.patch.glue;
