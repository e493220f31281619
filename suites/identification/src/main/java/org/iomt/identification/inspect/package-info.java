/** Recognises an identification code (EPC, GS1, UDI) and lists its equivalent forms and findings; pure logic, no I/O. */
package org.iomt.identification.inspect;
