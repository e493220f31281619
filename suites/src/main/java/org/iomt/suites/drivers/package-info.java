/** Drivers: the suite's abilities to talk to a device, each recording every exchange as evidence. */
package org.iomt.suites.drivers;
