/** The runner: sets up the device class's target, runs its features on the JUnit Platform, and writes the run directory. */
package org.iomt.core.run;
