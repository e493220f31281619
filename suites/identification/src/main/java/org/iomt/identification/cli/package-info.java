/** The {@code iomt inspect} command, added to the command line through the core's {@code CommandProvider}. */
package org.iomt.identification.cli;
