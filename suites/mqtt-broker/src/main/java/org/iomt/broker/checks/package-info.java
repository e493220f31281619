/** Checks of a broker: pure functions from the recorded evidence of a scenario's connections to findings; every absence judged beside a control. */
package org.iomt.broker.checks;
