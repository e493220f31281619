package org.iomt.standards.udi;

/** Reads the UDI carriers of one issuing agency: tells whether a carrier is one of them and splits it. */
interface UdiIssuerParser {

    /** The agency whose carriers this parser reads. */
    UdiIssuer issuer();

    /** True when the carrier starts as this agency's carriers do. */
    boolean matches(UdiCarrier carrier);

    /** Splits a carrier this parser {@linkplain #matches matches} into DI and PIs, with every rule it breaks. */
    UdiParse parse(UdiCarrier carrier);
}
