/** The target of a broker run: a live broker's endpoints or a local Mosquitto, behind the fault-injecting proxy when faults are on. */
package org.iomt.broker.target;
