/** Step definitions: one to three lines each, in the standard's words, handing over to actors' questions. */
package org.iomt.suites.glue;
