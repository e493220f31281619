/** Step definitions of the broker role: one to three lines each, in the standard's words, handing over to the actors. */
package org.iomt.broker.glue;
