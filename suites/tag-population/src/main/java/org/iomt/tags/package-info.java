/** The tag-population device class: the UHF RFID tags of a tagged product, judged against the GS1 EPC Tag Data Standard and the Gen2 memory layout. */
package org.iomt.tags;
