package org.iomt.identification.inspect;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each code is recognised by its shape alone; the inputs are the standards' own examples where one exists. */
@Tag("small")
class CodeInspectorFormTest {
    private static final String SGTIN_96 = "3074257BF7194E4000001A85";

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "3074257BF7194E4000001A85                                  | epc-hex",
            "3074257bf7194e4000001a85                                  | epc-hex",
            "3674257BF6B7A659B2C2BF100000000000000000000000000000      | epc-hex",
            "3D74257BF75411DEF6B4CC00000003039                         | epc-hex",
            "E2801160200074CF085909AD                                  | epc-hex",
            "000000000000000000000000                                  | epc-hex",
            "AAF930003074257BF7194E4000001A85                          | epc-bank",
            "AAF830003074257BF7194E4000001A85                          | epc-bank",
            "575C34003074257BF7194E4000001A85                          | epc-bank",
            "urn:epc:id:sgtin:0614141.812345.6789                      | epc-pure-identity-uri",
            "urn:epc:tag:sgtin-96:3.0614141.812345.6789                | epc-tag-uri",
            "urn:epc:raw:96.x3074257BF7194E4000001A85                  | epc-raw-uri",
            "urn:epc:idpat:sgtin:0614141.812345.*                      | epc-uri",
            "(01)80614141123458(21)6789                                | gs1-element-string",
            "]d20110050428383077111412311715070710A213B1<GS>211234     | gs1-scanner-data",
            "]E09520123456788                                          | gs1-scanner-data",
            "0180614141123458<GS>10AB                                  | gs1-scanner-data",
            "00106141412345678908                                      | gs1-scanner-data",
            "018061414112345810ABC                                     | gs1-scanner-data",
            "https://id.gs1.org/01/09520123456788/10/ABC1/21/12345?17=180400 | gs1-digital-link",
            "HTTPS://EXAMPLE.COM/01/09520123456788                     | gs1-digital-link",
            "96385074                                                  | gtin",
            "614141123452                                              | gtin",
            "9520123456788                                             | gtin",
            "80614141123458                                            | gtin",
            "+A999123457                                               | udi-hibcc",
            "]C1+A999123457                                            | udi-hibcc",
            "=/A9999XYZ100T0944=,000025=A99971312345600                | udi-iccbba",
            "=)1TE123456A&)RZ12345678                                  | udi-iccbba",
            "[)><RS>06<GS>9N111234567842<GS>1T1A84545A<RS><EOT>        | udi-ifa"})
    void eachFormIsRecognisedByItsShape(String code, String form) {
        assertEquals(form, CodeInspector.inspect(code, InspectOptions.DEFAULTS).form().label());
    }

    @Test
    void aBitStringIsRecognisedAsAnEpc() {
        assertEquals(CodeForm.EPC_BITS, CodeInspector.inspect(bits(SGTIN_96), InspectOptions.DEFAULTS).form());
    }

    @Test
    void anEpcWhoseFirstWordsLookLikeACrcAndPcStaysAnEpc() {
        // 257B is a PC of 4 words and 3074 happens to be the CRC-16 of the rest: a 64-bit ISO UII bank by shape alone
        assertEquals(CodeForm.EPC_HEX, CodeInspector.inspect("3074257BF7194E400000C9D7", InspectOptions.DEFAULTS).form());
    }

    @Test
    void bankOptionReadsEveryHexCodeAsABank() {
        Inspection i = CodeInspector.inspect(SGTIN_96, InspectOptions.DEFAULTS.asBank());
        assertEquals(CodeForm.EPC_BANK, i.form());
        assertEquals(Inspection.Status.FINDINGS, i.status());
    }

    @ParameterizedTest(name = "\"{0}\" is unusable")
    @ValueSource(strings = {"hello", "", "   ", "#?!", "ABC", "zz3074257BF7194E4000001A85"})
    void aCodeOfNoKnownFormIsUnusable(String code) {
        Inspection i = CodeInspector.inspect(code, InspectOptions.DEFAULTS);
        assertEquals(CodeForm.UNRECOGNISED, i.form());
        assertEquals(Inspection.Status.UNUSABLE, i.status());
        assertTrue(i.unusable().isPresent() && i.representations().isEmpty() && i.findings().isEmpty());
    }

    static String bits(String hex) {
        StringBuilder sb = new StringBuilder();
        for (char c : hex.toCharArray()) {
            String b = Integer.toBinaryString(Character.digit(c, 16));
            sb.append("0".repeat(4 - b.length())).append(b);
        }
        return sb.toString();
    }
}
