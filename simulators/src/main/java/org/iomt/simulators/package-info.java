/** IoMT simulators module. */
package org.iomt.simulators;
