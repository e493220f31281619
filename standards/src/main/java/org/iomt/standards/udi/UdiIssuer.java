package org.iomt.standards.udi;

/** The UDI issuing agencies whose carriers {@link UdiParser} reads. */
public enum UdiIssuer { GS1, HIBCC, ICCBBA, IFA }
