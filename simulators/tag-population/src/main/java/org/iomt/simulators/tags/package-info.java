/** The reference tag population: hospital assets' UHF RFID tags as EPC memory banks, with its fault catalogue. */
package org.iomt.simulators.tags;
