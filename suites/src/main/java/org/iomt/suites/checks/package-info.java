/** Checks: pure functions from recorded evidence to findings against one requirement; they never touch the network. */
package org.iomt.suites.checks;
