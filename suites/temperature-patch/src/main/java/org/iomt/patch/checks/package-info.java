/** Checks of a reporting patch: pure functions from its recorded MQTT session to findings against one requirement; they never touch the network. */
package org.iomt.patch.checks;
