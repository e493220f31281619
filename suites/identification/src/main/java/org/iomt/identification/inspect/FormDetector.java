package org.iomt.identification.inspect;

import org.iomt.standards.epc.EpcBank;
import org.iomt.standards.epc.EpcScheme;
import org.iomt.standards.gs1.AiTable;
import org.iomt.standards.gs1.ElementStrings;

import java.util.Optional;

/**
 * Guesses the form of one code from its shape alone, in this order:
 * <ol>
 * <li>{@code urn:epc:id:}, {@code urn:epc:tag:}, {@code urn:epc:raw:} (any other {@code urn:epc:} is an EPC URI with
 *     a syntax finding); {@code http://} or {@code https://} is a GS1 Digital Link; {@code [)>} is an IFA UDI;</li>
 * <li>{@code +} is an HIBCC UDI and {@code =} or {@code &} an ICCBBA UDI, also after a symbology identifier
 *     ({@code ]xx}); {@code (} is a bracketed GS1 element string; any other {@code ]} is GS1 scanner data, and so is
 *     anything holding a group separator (the GS character or the text {@code <GS>} or {@code \u001d});</li>
 * <li>8, 12, 13 or 14 digits are a GTIN; 32 or more characters of only 0 and 1 are an EPC bit string;</li>
 * <li>hex digits: an EPC memory bank when its PC length fits the input's length, its toggle is 0, the word after the
 *     PC is the header of a scheme of that length and its StoredCRC matches; else an EPC when its header names a
 *     scheme whose length fits; else a bank when the PC length fits and either the StoredCRC matches or the header
 *     after the PC fits (the decoder then reports the CRC or toggle); else GS1 scanner data when a known AI starts it
 *     and it reads without a finding, or when it is digits only of another length than 24; else, 8 hex digits or
 *     more, an EPC whose decoder says what is wrong. {@link InspectOptions#bank()} makes every hex input a bank;</li>
 * <li>letters and digits whose first two characters name an EPC scheme of that length are an EPC (with a non-hex
 *     character, which its decoder reports); anything else that starts with a known AI is GS1 scanner data without
 *     separators; the rest is unrecognised.</li>
 * </ol>
 */
public final class FormDetector {
    /** Word 0x210 / 16: XPC_W1 follows the EPC there when the PC's XI bit is set. */
    private static final int XPC_WORD = 0x21;
    /** The length of the 96-bit schemes in hex, the most common EPC by far. */
    private static final int EPC_96_HEX_DIGITS = 24;
    private static final String HEX = "0123456789ABCDEFabcdef";
    private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private FormDetector() {
    }

    /** The form the code looks like; {@link CodeForm#UNRECOGNISED} when none fits. */
    public static CodeForm detect(String code, boolean hexIsBank) {
        if (code == null || code.isEmpty()) {
            return CodeForm.UNRECOGNISED;
        }
        if (code.startsWith("urn:epc:")) {
            return uriForm(code);
        }
        if (startsIgnoringCase(code, "http://") || startsIgnoringCase(code, "https://")) {
            return CodeForm.GS1_DIGITAL_LINK;
        }
        if (code.startsWith("[)>")) {
            return CodeForm.UDI_IFA;
        }
        String body = code.length() > 3 && code.charAt(0) == ']' && "+=&".indexOf(code.charAt(3)) >= 0 ? code.substring(3) : code;
        if (body.charAt(0) == '+') {
            return CodeForm.UDI_HIBCC;
        }
        if (body.charAt(0) == '=' || body.charAt(0) == '&') {
            return CodeForm.UDI_ICCBBA;
        }
        if (code.charAt(0) == '(') {
            return CodeForm.GS1_ELEMENT_STRING;
        }
        if (code.charAt(0) == ']' || hasGroupSeparator(code)) {
            return CodeForm.GS1_SCANNER_DATA;
        }
        int n = code.length();
        boolean digits = only(code, "0123456789");
        if (digits && (n == 8 || n == 12 || n == 13 || n == 14)) {
            return CodeForm.GTIN;
        }
        if (n >= 32 && only(code, "01")) {
            return CodeForm.EPC_BITS;
        }
        if (only(code, HEX)) {
            if (hexIsBank) {
                return CodeForm.EPC_BANK;
            }
            boolean bankShaped = bankShaped(code);
            if (bankShaped && bankHoldsEpcOfItsPcLength(code) && crcMatches(code)) {
                return CodeForm.EPC_BANK;
            }
            if (epcShaped(code)) {
                return CodeForm.EPC_HEX;
            }
            if (bankShaped && (crcMatches(code) || bankHoldsEpcOfItsPcLength(code))) {
                return CodeForm.EPC_BANK;
            }
            boolean aiFirst = AiTable.prefixOf(code).isPresent();
            if (aiFirst && ElementStrings.parseScannerData(code).valid()
                    || digits && aiFirst && n != EPC_96_HEX_DIGITS) {
                return CodeForm.GS1_SCANNER_DATA;
            }
            if (n >= 8) {
                return CodeForm.EPC_HEX;
            }
        }
        if (only(code, ALPHANUMERIC) && epcShaped(code)) {
            return CodeForm.EPC_HEX;
        }
        if (Character.isDigit(code.charAt(0)) && AiTable.prefixOf(code).isPresent()) {
            return CodeForm.GS1_SCANNER_DATA;
        }
        return CodeForm.UNRECOGNISED;
    }

    /** Why a code is unrecognised, for the report. */
    public static String whyUnrecognised(String code) {
        if (code == null || code.isEmpty()) {
            return "the input is empty";
        }
        return "\"" + code + "\" is none of: EPC hex, bank or bits; urn:epc: URI; GS1 element string, scanner data or"
                + " Digital Link; GTIN of 8, 12, 13 or 14 digits; UDI of HIBCC (+), ICCBBA (= or &) or IFA ([)>)";
    }

    private static CodeForm uriForm(String code) {
        if (code.startsWith("urn:epc:id:")) {
            return CodeForm.EPC_PURE_IDENTITY_URI;
        }
        if (code.startsWith("urn:epc:tag:")) {
            return CodeForm.EPC_TAG_URI;
        }
        if (code.startsWith("urn:epc:raw:")) {
            return CodeForm.EPC_RAW_URI;
        }
        return CodeForm.EPC_URI;
    }

    /** The header names an implemented scheme and the length is what its decoder accepts (nibble or word padded). */
    static boolean epcShaped(String hex) {
        if (hex.length() < 2 || !only(hex.substring(0, 2), HEX)) {
            return false;
        }
        Optional<EpcScheme> scheme = EpcScheme.forHeader(Integer.parseInt(hex.substring(0, 2), 16));
        if (scheme.isEmpty()) {
            return false;
        }
        if (scheme.get().bits().isEmpty()) {
            return hex.length() >= 16;
        }
        int bits = scheme.get().bits().getAsInt();
        int have = hex.length() * 4;
        return have >= bits && have <= (bits + 15) / 16 * 16;
    }

    /** Whole words; the PC length (with XPC_W1 when XI is set) fits the number of words exactly. */
    static boolean bankShaped(String hex) {
        if (hex.length() < 12 || hex.length() % 4 != 0) {
            return false;
        }
        int words = hex.length() / 4;
        int pc = Integer.parseInt(hex.substring(4, 8), 16);
        int epcWords = pc >>> 11;
        boolean xi = (pc & 0x200) != 0;
        return epcWords > 0 && (xi ? 2 + epcWords <= XPC_WORD && words == XPC_WORD + 1 : words == 2 + epcWords);
    }

    /**
     * Toggle 0, and the word after the PC starts with the header of a scheme whose length, padded to words, is the PC
     * length.
     */
    static boolean bankHoldsEpcOfItsPcLength(String hex) {
        int pc = Integer.parseInt(hex.substring(4, 8), 16);
        if ((pc & 0x100) != 0 || hex.length() < 10) {
            return false;
        }
        Optional<EpcScheme> scheme = EpcScheme.forHeader(Integer.parseInt(hex.substring(8, 10), 16));
        return scheme.isPresent() && scheme.get().bits().stream().allMatch(bits -> (bits + 15) / 16 == pc >>> 11);
    }

    /** StoredCRC (word 0) equals the CRC-16 of the PC and EPC words the PC announces. */
    static boolean crcMatches(String hex) {
        int epcWords = Integer.parseInt(hex.substring(4, 8), 16) >>> 11;
        int len = 2 + 2 * epcWords;
        byte[] bytes = new byte[len];
        for (int i = 0; i < len; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(4 + 2 * i, 6 + 2 * i), 16);
        }
        return EpcBank.crc16(bytes, 0, len) == Integer.parseInt(hex.substring(0, 4), 16);
    }

    private static boolean hasGroupSeparator(String s) {
        return s.indexOf('\u001d') >= 0 || s.contains("<GS>") || s.contains("\\u001d") || s.contains("\\u001D");
    }

    private static boolean only(String s, String allowed) {
        for (int i = 0; i < s.length(); i++) {
            if (allowed.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsIgnoringCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
