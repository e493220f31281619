/** EPC Tag Data Standard codecs: binary, tag/pure identity/raw URIs, GS1 element strings and the Gen2 EPC memory bank, with strict, explained validation. */
package org.iomt.standards.epc;
