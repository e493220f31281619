package org.iomt.standards.epc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** PC word, StoredCRC and EPC bank layout against identification.md §8.2. */
@Tag("small")
class EpcBankTest {
    private static final String SGTIN = "3074257BF7194E4000001A85";

    @Test
    void crcOfTheCatalogueCheckStringIsD64E() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0xD64E, EpcBank.crc16(check, 0, check.length));
    }

    @Test
    void pcOfAPlainSgtin96Is3000() {
        PcWord pc = PcWord.decode(0x3000);
        assertEquals(new PcWord(6, false, false, false, 0), pc);
        assertEquals(0x3000, pc.encode());
        assertTrue(PcWord.decode(0x3400).umi());
        assertTrue(PcWord.decode(0x3200).xpcIndicator());
        assertTrue(PcWord.decode(0x3100).toggle());
        assertEquals(0xC1, PcWord.decode(0x31C1).attributesOrAfi());
    }

    @Test
    void bankWithStoredCrcAaf9DecodesToTheSgtin() {
        EpcBankDecoding d = EpcBank.decode("AAF93000" + SGTIN);
        assertTrue(d.valid(), d.findings()::toString);
        assertEquals(0xAAF9, d.computedCrc());
        assertEquals("urn:epc:tag:sgtin-96:3.0614141.812345.6789", d.uri());
    }

    @Test
    void umiBankCarriesCrc575cAndTheUmiControlField() {
        EpcBankDecoding d = EpcBank.decode("575C3400" + SGTIN);
        assertTrue(d.valid(), d.findings()::toString);
        assertEquals("urn:epc:tag:[umi=1]:sgtin-96:3.0614141.812345.6789", d.uri());
    }

    @Test
    void encodingTheBankReproducesTheVectors() throws Exception {
        Epc epc = EpcBinaryCodec.decodeHex(SGTIN).epc().orElseThrow();
        assertEquals("AAF93000" + SGTIN, EpcBank.encode(epc));
        assertEquals("575C3400" + SGTIN, EpcBank.encode(epc.withControl(new EpcControl(0, true, 0))));
    }

    @Test
    void wrongStoredCrcIsAFinding() {
        EpcBankDecoding d = EpcBank.decode("AAF83000" + SGTIN);
        assertFalse(d.crcValid());
        assertEquals(EpcRules.CRC_MISMATCH, d.findings().get(0).rule());
        assertEquals("storedCrc", d.findings().get(0).field());
    }

    @Test
    void pcLengthDisagreeingWithTheSchemeIsAFinding() {
        EpcBankDecoding d = EpcBank.decode("00003800" + SGTIN + "0000");
        assertTrue(d.findings().stream().anyMatch(f -> f.rule().equals(EpcRules.PC_LENGTH) && f.field().equals("pc.length")),
                d.findings()::toString);
        EpcBankDecoding shortBank = EpcBank.decode("00003800" + SGTIN);
        assertEquals(EpcRules.PC_LENGTH, shortBank.findings().get(0).rule());
    }

    @Test
    void bankShorterThanCrcAndPcIsAFinding() {
        assertEquals(EpcRules.BANK_LENGTH, EpcBank.decode("AAF9").findings().get(0).rule());
        assertEquals(EpcRules.INPUT_SYNTAX, EpcBank.decode("AAF9300G").findings().get(0).rule());
    }

    @Test
    void xiWithoutXpcWordIsAFinding() {
        EpcBankDecoding d = EpcBank.decode("00003200" + SGTIN);
        assertTrue(d.findings().stream().anyMatch(f -> f.rule().equals(EpcRules.XPC_MISSING)), d.findings()::toString);
    }

    @Test
    void xpcIsReadFromBit210hAndRoundTrips() throws Exception {
        Epc epc = EpcBinaryCodec.decodeHex(SGTIN).epc().orElseThrow().withControl(new EpcControl(1, true, 4));
        String bank = EpcBank.encode(epc);
        assertEquals(34 * 4, bank.length());
        EpcBankDecoding d = EpcBank.decode(bank);
        assertTrue(d.valid(), d.findings()::toString);
        assertEquals(4, d.xpcW1().orElseThrow());
        assertEquals("urn:epc:tag:[att=x01][umi=1][xpc=x0004]:sgtin-96:3.0614141.812345.6789", d.uri());
    }

    @Test
    void toggleOneIsAnIsoUiiNotAnEpc() {
        EpcBankDecoding d = EpcBank.decode("00003100" + SGTIN);
        assertEquals(EpcRules.NOT_EPC_TOGGLE, d.epc().findings().get(0).rule());
        assertTrue(d.uri().startsWith("urn:epc:raw:96.x00.x"));
    }

    @Test
    void longSchemesArePaddedToWholeWords() throws Exception {
        Epc grai = EpcUris.parse("urn:epc:tag:grai-170:3.0614141.12345.32a%2Fb").epc().orElseThrow();
        String bank = EpcBank.encode(grai);
        assertEquals("3774257BF40C0E59B2C2BF1000000000000000000000", bank.substring(8)); // §8.1 word-padded form
        assertEquals(11, PcWord.decode(Integer.parseInt(bank.substring(4, 8), 16)).length());
        assertTrue(EpcBank.decode(bank).valid());
    }

    @Test
    void controlFieldsOfTagAndRawUrisParse() {
        EpcDecoding att = EpcUris.parse("urn:epc:tag:[att=x01]:sgtin-96:3.0614141.112345.400");
        assertTrue(att.valid(), att.findings()::toString);
        assertEquals(1, att.epc().orElseThrow().control().attributes());
        assertEquals("urn:epc:id:sgtin:0614141.112345.400", att.epc().get().pureIdentityUri());
        EpcDecoding raw = EpcUris.parse("urn:epc:raw:[att=x01][umi=1][xpc=x0004]:96.x1234567890ABCDEF01234567");
        assertEquals(EpcRules.HEADER_RESERVED, raw.findings().get(0).rule());
        EpcDecoding rawSgtin = EpcUris.parse("urn:epc:raw:[umi=1]:96.x" + SGTIN);
        assertEquals("urn:epc:tag:[umi=1]:sgtin-96:3.0614141.812345.6789", rawSgtin.epc().orElseThrow().tagUri());
    }
}
