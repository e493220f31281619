/**
 * Unique Device Identification: issuing-agency detection and DI/PI splitting for GS1, HIBCC, ICCBBA
 * (ISBT 128) and IFA (PPN) carriers, with every check character and date verified.
 */
package org.iomt.standards.udi;
