/** The {@code iomt} command line: certify, list, simulate and profile check, with the commands modules add, and the exit codes. */
package org.iomt.core.cli;
