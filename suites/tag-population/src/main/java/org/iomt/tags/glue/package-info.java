/** Step definitions of the tag population: one to three lines each, handing over to the actors' questions. */
package org.iomt.tags.glue;
