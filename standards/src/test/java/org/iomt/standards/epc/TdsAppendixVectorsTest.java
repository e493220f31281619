package org.iomt.standards.epc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every official example of the TDS appendix (identification.md §8.1), in every direction the scheme supports.
 * The expected strings are the standard's, never our encoder's output.
 */
@Tag("small")
class TdsAppendixVectorsTest {

    static Stream<Arguments> vectors() {
        return Stream.of(
                v(EpcScheme.SGTIN_96, 7, "(01)80614141123458(21)6789", "urn:epc:id:sgtin:0614141.812345.6789",
                        "urn:epc:tag:sgtin-96:3.0614141.812345.6789", "3074257BF7194E4000001A85"),
                v(EpcScheme.SGTIN_198, 7, "(01)70614141123451(21)32a/b", "urn:epc:id:sgtin:0614141.712345.32a%2Fb",
                        "urn:epc:tag:sgtin-198:3.0614141.712345.32a%2Fb", "3674257BF6B7A659B2C2BF100000000000000000000000000000"),
                v(EpcScheme.SSCC_96, 7, "(00)106141412345678908", "urn:epc:id:sscc:0614141.1234567890",
                        "urn:epc:tag:sscc-96:3.0614141.1234567890", "3174257BF4499602D2000000"),
                v(EpcScheme.SGLN_96, 7, "(414)0614141123452(254)5678", "urn:epc:id:sgln:0614141.12345.5678",
                        "urn:epc:tag:sgln-96:3.0614141.12345.5678", "3274257BF46072000000162E"),
                v(EpcScheme.SGLN_195, 7, "(414)0614141123452(254)32a/b", "urn:epc:id:sgln:0614141.12345.32a%2Fb",
                        "urn:epc:tag:sgln-195:3.0614141.12345.32a%2Fb", "3974257BF46072CD9615F8800000000000000000000000000"),
                v(EpcScheme.GRAI_96, 7, "(8003)006141411234525678", "urn:epc:id:grai:0614141.12345.5678",
                        "urn:epc:tag:grai-96:3.0614141.12345.5678", "3374257BF40C0E400000162E"),
                v(EpcScheme.GRAI_170, 7, "(8003)0061414112345232a/b", "urn:epc:id:grai:0614141.12345.32a%2Fb",
                        "urn:epc:tag:grai-170:3.0614141.12345.32a%2Fb", "3774257BF40C0E59B2C2BF100000000000000000000"),
                v(EpcScheme.GIAI_96, 7, "(8004)06141415678", "urn:epc:id:giai:0614141.5678",
                        "urn:epc:tag:giai-96:3.0614141.5678", "3474257BF40000000000162E"),
                v(EpcScheme.GIAI_202, 7, "(8004)061414132a/b", "urn:epc:id:giai:0614141.32a%2Fb",
                        "urn:epc:tag:giai-202:3.0614141.32a%2Fb", "3874257BF59B2C2BF10000000000000000000000000000000000"),
                v(EpcScheme.GSRN_96, 7, "(8018)061414112345678902", "urn:epc:id:gsrn:0614141.1234567890",
                        "urn:epc:tag:gsrn-96:3.0614141.1234567890", "2D74257BF4499602D2000000"),
                v(EpcScheme.GSRNP_96, 7, "(8017)061414112345678902", "urn:epc:id:gsrnp:0614141.1234567890",
                        "urn:epc:tag:gsrnp-96:3.0614141.1234567890", "2E74257BF4499602D2000000"),
                v(EpcScheme.GDTI_96, 7, "(253)06141411234525678", "urn:epc:id:gdti:0614141.12345.5678",
                        "urn:epc:tag:gdti-96:3.0614141.12345.5678", "2C74257BF46072000000162E"),
                v(EpcScheme.GDTI_174, 7, "(253)4012345987652ABCDefgh012345678", "urn:epc:id:gdti:4012345.98765.ABCDefgh012345678",
                        "urn:epc:tag:gdti-174:3.4012345.98765.ABCDefgh012345678", "3E74F4E4E7039B061438997367D0C18B266D1AB66EE0"),
                v(EpcScheme.CPI_96, 7, "(8010)061414198765(8011)12345", "urn:epc:id:cpi:0614141.98765.12345",
                        "urn:epc:tag:cpi-96:3.0614141.98765.12345", "3C74257BF400C0E680003039"),
                v(EpcScheme.CPI_VAR, 7, "(8010)06141415PQ7/Z43(8011)12345", "urn:epc:id:cpi:0614141.5PQ7%2FZ43.12345",
                        "urn:epc:tag:cpi-var:3.0614141.5PQ7%2FZ43.12345", "3D74257BF75411DEF6B4CC00000003039"),
                v(EpcScheme.SGCN_96, 7, "(255)401234567890104711", "urn:epc:id:sgcn:4012345.67890.04711",
                        "urn:epc:tag:sgcn-96:3.4012345.67890.04711", "3F74F4E4E612640000019907"),
                v(EpcScheme.GID_96, 0, "", "urn:epc:id:gid:31415.271828.1414",
                        "urn:epc:tag:gid-96:31415.271828.1414", "350007AB70425D4000000586"),
                v(EpcScheme.USDOD_96, 0, "", "urn:epc:id:usdod:CAGEY.5678",
                        "urn:epc:tag:usdod-96:3.CAGEY.5678", "2F320434147455900000162E"),
                v(EpcScheme.ADI_VAR, 0, "", "urn:epc:id:adi:35962.PQ7VZ4.M37GXB92",
                        "urn:epc:tag:adi-var:3.35962.PQ7VZ4.M37GXB92", "3B0E0CF5E76C9047759AD00373DC7602E7200"),
                v(EpcScheme.ITIP_110, 7, "(8006)040123451234560102(21)981", "urn:epc:id:itip:4012345.012345.01.02.981",
                        "urn:epc:tag:itip-110:0.4012345.012345.01.02.981", "4014F4E4E40C0E40820000000F54"),
                v(EpcScheme.ITIP_212, 7, "(8006)040123451234560102(21)mw133", "urn:epc:id:itip:4012345.012345.01.02.mw133",
                        "urn:epc:tag:itip-212:0.4012345.012345.01.02.mw133",
                        "4114F4E4E40C0E4082DBDD8B36600000000000000000000000000000"));
    }

    private static Arguments v(EpcScheme s, int gcpLength, String elementString, String pure, String tag, String hex) {
        return Arguments.of(s, gcpLength, elementString, pure, tag, hex);
    }

    /**
     * The appendix prints most long schemes padded to a nibble (SGLN-195, GRAI-170) but SGTIN-198, GIAI-202 and
     * ITIP-212 padded to a 16-bit word; our encoder pads to a nibble, so the printed form may carry extra zeros.
     */
    static void assertSameBitsAsPrinted(String printed, String encoded) {
        assertTrue(printed.startsWith(encoded), () -> "expected " + printed + " but was " + encoded);
        assertTrue(printed.substring(encoded.length()).chars().allMatch(c -> c == '0'), printed);
        assertTrue(printed.length() - encoded.length() < 4, "padding beyond a word: " + printed);
    }

    static List<Ai> ais(String elementString) {
        List<Ai> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\((\\d+)\\)([^(]*)").matcher(elementString);
        while (m.find()) {
            out.add(new Ai(m.group(1), m.group(2)));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}: hex decodes to the tag URI")
    @MethodSource("vectors")
    void hexDecodesToTheOfficialUris(EpcScheme s, int l, String es, String pure, String tag, String hex) {
        EpcDecoding d = EpcBinaryCodec.decodeHex(hex);
        assertTrue(d.valid(), () -> d.findings().toString());
        Epc epc = d.epc().orElseThrow();
        assertEquals(s, epc.scheme());
        assertEquals(tag, epc.tagUri());
        assertEquals(pure, epc.pureIdentityUri());
        assertEquals(ais(es), epc.elementString());
    }

    @ParameterizedTest(name = "{0}: tag URI encodes to the hex")
    @MethodSource("vectors")
    void tagUriEncodesToTheOfficialHex(EpcScheme s, int l, String es, String pure, String tag, String hex) throws Exception {
        EpcDecoding d = EpcUris.parse(tag);
        assertTrue(d.valid(), () -> d.findings().toString());
        assertEquals(s, d.epc().orElseThrow().scheme());
        assertSameBitsAsPrinted(hex, EpcBinaryCodec.encodeHex(d.epc().get()));
        assertEquals(pure, d.epc().get().pureIdentityUri());
    }

    @ParameterizedTest(name = "{0}: the bit string of the scheme's exact length decodes")
    @MethodSource("vectors")
    void exactBitStringRoundTrips(EpcScheme s, int l, String es, String pure, String tag, String hex) throws Exception {
        Epc epc = EpcUris.parse(tag).epc().orElseThrow();
        String bits = EpcBinaryCodec.encodeBits(epc);
        StringBuilder fromHex = new StringBuilder();
        for (char c : hex.toCharArray()) {
            String b = Integer.toBinaryString(Character.digit(c, 16));
            fromHex.append("0000".substring(b.length())).append(b);
        }
        assertEquals(fromHex.substring(0, bits.length()), bits);
        assertTrue(fromHex.substring(bits.length()).chars().allMatch(c -> c == '0'));
        assertEquals(tag, EpcBinaryCodec.decodeBits(bits).epc().orElseThrow().tagUri());
    }

    @ParameterizedTest(name = "{0}: hex padded to a whole word still decodes")
    @MethodSource("vectors")
    void wordPaddedHexDecodes(EpcScheme s, int l, String es, String pure, String tag, String hex) {
        String padded = hex + "000".substring(0, (4 - hex.length() % 4) % 4);
        EpcDecoding d = EpcBinaryCodec.decodeHex(padded);
        assertTrue(d.valid(), () -> d.findings().toString());
        assertEquals(tag, d.epc().orElseThrow().tagUri());
    }

    @ParameterizedTest(name = "{0}: pure identity URI parses and prints back")
    @MethodSource("vectors")
    void pureIdentityUriRoundTrips(EpcScheme s, int l, String es, String pure, String tag, String hex) {
        EpcDecoding d = EpcUris.parse(pure);
        assertTrue(d.valid(), () -> d.findings().toString());
        assertEquals(pure, d.epc().orElseThrow().pureIdentityUri());
    }

    @ParameterizedTest(name = "{0}: element string with the company prefix length gives the tag URI")
    @MethodSource("vectors")
    void elementStringGivesTheTagUri(EpcScheme s, int l, String es, String pure, String tag, String hex) throws Exception {
        if (es.isEmpty()) {
            return; // GID, USDOD and ADI have no GS1 element string
        }
        int filter = Integer.parseInt(tag.substring(tag.indexOf(':', 12) + 1, tag.indexOf('.')));
        Epc epc = EpcFromGs1.fromElementString(ais(es), l, s, filter);
        assertEquals(tag, epc.tagUri());
        assertSameBitsAsPrinted(hex, EpcBinaryCodec.encodeHex(epc));
    }
}
