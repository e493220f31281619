/** GS1 identification basics: mod-10 check digits, GTINs and the GTIN form of GS1 Digital Link URIs. */
package org.iomt.standards.gs1;
