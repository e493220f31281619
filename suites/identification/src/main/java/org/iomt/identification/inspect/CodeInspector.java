package org.iomt.identification.inspect;

import org.iomt.standards.epc.EpcBinaryCodec;
import org.iomt.standards.epc.EpcUris;
import org.iomt.standards.gs1.DigitalLink;
import org.iomt.standards.gs1.ElementStrings;
import org.iomt.standards.udi.UdiParser;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Inspects one identification code: detects its form ({@link FormDetector}), reads it with the codec of that form,
 * and lists every equivalent representation and every finding. Keeps nothing between calls.
 */
public final class CodeInspector {
    private CodeInspector() {
    }

    /** Inspects one code; blanks around it are ignored. Never throws on bad input: it is reported. */
    public static Inspection inspect(String code, InspectOptions options) {
        String input = trim(code == null ? "" : code);
        CodeForm form = FormDetector.detect(input, options.bank());
        InspectionDraft r = new InspectionDraft();
        switch (form) {
            case EPC_HEX -> EpcViews.decoded(EpcBinaryCodec.decodeHex(input), r);
            case EPC_BITS -> EpcViews.decoded(EpcBinaryCodec.decodeBits(input), r);
            case EPC_BANK -> EpcViews.bank(input, r);
            case EPC_PURE_IDENTITY_URI -> EpcViews.pureIdentity(input, options.filter(), r);
            case EPC_TAG_URI, EPC_RAW_URI, EPC_URI -> EpcViews.decoded(EpcUris.parse(input), r);
            case GS1_ELEMENT_STRING -> Gs1Views.parsed(ElementStrings.parseBracketed(input), options, r);
            case GS1_SCANNER_DATA -> Gs1Views.parsed(ElementStrings.parseScannerData(input), options, r);
            case GS1_DIGITAL_LINK -> Gs1Views.parsed(DigitalLink.parse(input), options, r);
            case GTIN -> Gs1Views.gtin(input, options, r);
            case UDI_HIBCC, UDI_ICCBBA, UDI_IFA -> UdiViews.parsed(UdiParser.parse(input), r);
            case UNRECOGNISED -> {
                return new Inspection(input, form, Map.of(), List.of(), List.of(),
                        Optional.of(FormDetector.whyUnrecognised(input)));
            }
        }
        return r.build(input, form);
    }

    /** Removes spaces, tabs, CR and LF around the code, but not the GS, RS and EOT a scanned code may end with. */
    private static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && " \t\r\n".indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && " \t\r\n".indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(from, to);
    }
}
