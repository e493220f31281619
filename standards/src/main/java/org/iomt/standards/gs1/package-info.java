/**
 * GS1 identification: check digits and check pairs, GTINs, the AI table, element strings (bracketed and
 * scanned) and GS1 Digital Link URIs.
 */
package org.iomt.standards.gs1;
