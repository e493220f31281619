package org.iomt.standards.epc;

/** Rule ids carried by {@link EpcFinding#rule()} and {@link EpcException#rule()}; each line is our own one-line summary. */
public final class EpcRules {
    private EpcRules() {
    }

    /** Input is empty or holds characters that are not hex digits (or not 0/1 for a bit string). */
    public static final String INPUT_SYNTAX = "TDS-INPUT-SYNTAX";
    /** Binary length does not fit the scheme: too short, or longer than the scheme padded to a 16-bit word. */
    public static final String LENGTH = "TDS-LENGTH";
    /** Header 00h (or an all-zero EPC): the tag was never programmed. */
    public static final String UNPROGRAMMED = "TDS-UNPROGRAMMED";
    /** Header E2h is reserved because it is the TID class id: TID bank data was mistaken for an EPC. */
    public static final String TID_NOT_EPC = "TDS-TID-NOT-EPC";
    /** Header is reserved for future use, FFh (longer headers) or a sunset 64-bit header. */
    public static final String HEADER_RESERVED = "TDS-HEADER-RESERVED";
    /** Header names a real scheme this codec does not implement (TDS 2.0 "+" schemes, deprecated GDTI-113). */
    public static final String SCHEME_UNSUPPORTED = "TDS-SCHEME-UNSUPPORTED";
    /** Partition value 7 (no row in the partition table) or a company prefix length outside 6..12. */
    public static final String PARTITION_RANGE = "TDS-PARTITION-RANGE";
    /** Numeric field is at or above its decimal or bit-width limit, or a character field is too long. */
    public static final String FIELD_OVER_LIMIT = "TDS-FIELD-OVER-LIMIT";
    /** A field that must not be empty is empty. */
    public static final String FIELD_EMPTY = "TDS-FIELD-EMPTY";
    /** Numeric field whose URI form has the wrong number of digits for the partition (e.g. SGTIN prefix + item reference not 13). */
    public static final String DIGIT_COUNT = "TDS-DIGIT-COUNT";
    /** Numeric serial (or other integer field) written with a leading zero; only "0" itself may start with 0. */
    public static final String SERIAL_LEADING_ZERO = "TDS-SERIAL-LEADING-ZERO";
    /** Numeric field holding a character other than 0-9. */
    public static final String NON_DIGIT = "TDS-NON-DIGIT";
    /** Character field holds a character outside the scheme's character set (GS1 set 82, or the 6-bit set). */
    public static final String SERIAL_CHARSET = "TDS-SERIAL-CHARSET";
    /** Malformed percent escape in a URI, or a character that must be escaped appears raw. */
    public static final String SERIAL_ESCAPE = "TDS-SERIAL-ESCAPE";
    /** Bits after a character field's terminator, reserved bits or word padding are not all zero. */
    public static final String PADDING_NONZERO = "TDS-PADDING-NONZERO";
    /** Filter value outside the range its bit width allows (reserved values inside the range are accepted). */
    public static final String FILTER_RANGE = "TDS-FILTER-RANGE";
    /** GS1 mod-10 check digit in an element string does not match. */
    public static final String CHECK_DIGIT = "TDS-CHECK-DIGIT";
    /** URI does not follow the pure identity, tag or raw URI grammar, or names an unknown scheme. */
    public static final String URI_SYNTAX = "TDS-URI-SYNTAX";
    /** Control fields of a tag or raw URI repeat or are not in att, umi, xpc order. */
    public static final String CONTROL_ORDER = "TDS-CONTROL-ORDER";
    /** Control field with an unknown name or a malformed value. */
    public static final String CONTROL_SYNTAX = "TDS-CONTROL-SYNTAX";
    /** Raw URI or memory bank with toggle 1: an ISO UII with an AFI, not an EPC. */
    public static final String NOT_EPC_TOGGLE = "TDS-TOGGLE-ISO";
    /** GS1 element string lacks an AI the scheme needs, carries an unexpected one, or a value of the wrong shape. */
    public static final String ELEMENT_STRING = "TDS-ELEMENT-STRING";
    /** StoredCRC of the EPC bank does not match the CRC-16 computed over PC and EPC. */
    public static final String CRC_MISMATCH = "GEN2-CRC-MISMATCH";
    /** PC length field does not match the encoded EPC's length in words, or the bank is shorter than it says. */
    public static final String PC_LENGTH = "GEN2-PC-LENGTH";
    /** EPC bank too short to hold StoredCRC and PC, or not a whole number of 16-bit words. */
    public static final String BANK_LENGTH = "GEN2-BANK-LENGTH";
    /** XI says an XPC_W1 word is present but the bank does not reach it. */
    public static final String XPC_MISSING = "GEN2-XPC-MISSING";
}
