/** Reference devices that conform by default, each with a catalogue of named faults that break named requirements. */
package org.iomt.simulators;
