/** The runner: sets up the target, runs the features on the JUnit Platform, and writes the run directory. */
package org.iomt.suites.runner;
