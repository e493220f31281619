/** The test system: model, drivers, checks, actors, glue, runner and command line. */
package org.iomt.suites;
