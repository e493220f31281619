/** The {@code iomt} command line: certify, list, simulate and profile check, with exit codes of DESIGN §10. */
package org.iomt.suites.cli;
