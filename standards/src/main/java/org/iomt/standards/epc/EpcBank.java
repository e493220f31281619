package org.iomt.standards.epc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Gen2 EPC memory bank (bank 01): StoredCRC (word 0), PC (word 1), the EPC from bit 20h zero-filled to a word,
 * and XPC_W1 at bits 210h-21Fh when the PC's XI bit is set.
 */
public final class EpcBank {
    private static final int XPC_WORD = 0x210 / 16;

    private EpcBank() {
    }

    /**
     * CRC-16 as Gen2 defines it for StoredCRC: polynomial 1021h, preset FFFFh, most significant bit first,
     * ones' complement of the remainder.
     */
    public static int crc16(byte[] data, int offset, int len) {
        int crc = 0xFFFF;
        for (int i = offset; i < offset + len; i++) {
            crc ^= (data[i] & 0xFF) << 8;
            for (int b = 0; b < 8; b++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return ~crc & 0xFFFF;
    }

    public static EpcBankDecoding decode(String hexOfWholeEpcBank) {
        List<EpcFinding> findings = new ArrayList<>();
        String hex = hexOfWholeEpcBank == null ? "" : hexOfWholeEpcBank;
        Bits all = Bits.fromHex(hex);
        if (all == null || hex.length() < 8 || hex.length() % 4 != 0) {
            findings.add(new EpcFinding(all == null ? EpcRules.INPUT_SYNTAX : EpcRules.BANK_LENGTH, "bank",
                    all == null ? "EPC bank hex holds a non-hex character"
                            : "EPC bank must be whole 16-bit words holding at least StoredCRC and PC, got "
                                    + hex.length() + " hex digits"));
            EpcDecoding none = new EpcDecoding(Optional.empty(), List.of());
            return new EpcBankDecoding(0, 0, PcWord.decode(0), OptionalInt.empty(), "", none, findings);
        }
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (Hex.value(hex.charAt(2 * i)) << 4 | Hex.value(hex.charAt(2 * i + 1)));
        }
        int words = bytes.length / 2;
        int stored = (bytes[0] & 0xFF) << 8 | bytes[1] & 0xFF;
        PcWord pc = PcWord.decode((bytes[2] & 0xFF) << 8 | bytes[3] & 0xFF);
        int epcWords = pc.length();
        if (2 + epcWords > words) {
            findings.add(new EpcFinding(EpcRules.PC_LENGTH, "pc.length", "PC says " + epcWords
                    + " EPC words but the bank holds only " + (words - 2)));
            epcWords = words - 2;
        }
        int computed = crc16(bytes, 2, 2 + 2 * epcWords);
        if (computed != stored && findings.isEmpty()) {
            findings.add(new EpcFinding(EpcRules.CRC_MISMATCH, "storedCrc", "StoredCRC " + Hex.wordHex(stored)
                    + " does not match the CRC-16 of PC and EPC, " + Hex.wordHex(computed)));
        }
        OptionalInt xpc = OptionalInt.empty();
        if (pc.xpcIndicator()) {
            if (words > XPC_WORD) {
                xpc = OptionalInt.of((bytes[2 * XPC_WORD] & 0xFF) << 8 | bytes[2 * XPC_WORD + 1] & 0xFF);
            } else {
                findings.add(new EpcFinding(EpcRules.XPC_MISSING, "xpc", "XI is set but the bank ends before XPC_W1 at 210h"));
            }
        }
        String epcHex = hex.substring(8, 8 + 4 * epcWords).toUpperCase(java.util.Locale.ROOT);
        EpcDecoding decoding;
        if (pc.toggle()) {
            decoding = EpcDecoding.failed(new EpcFinding(EpcRules.NOT_EPC_TOGGLE, "pc.toggle", "toggle is 1: the bank holds an ISO UII with AFI "
                    + Hex.byteHex(pc.attributesOrAfi()) + "h, not an EPC"));
        } else if (epcWords == 0) {
            decoding = EpcDecoding.failed(new EpcFinding(EpcRules.UNPROGRAMMED, "pc.length", "PC length is 0: no EPC is stored"));
        } else {
            decoding = EpcBinaryCodec.decodeHex(epcHex);
            if (decoding.epc().isPresent()) {
                Epc e = decoding.epc().get();
                int need = (EpcBinaryCodec.bitLength(e) + 15) / 16;
                if (need != pc.length()) {
                    findings.add(new EpcFinding(EpcRules.PC_LENGTH, "pc.length", "PC length is " + pc.length() + " words but "
                            + e.scheme().tagUriName() + " takes " + need));
                }
                decoding = EpcDecoding.of(e.withControl(new EpcControl(pc.attributesOrAfi(), pc.umi(), xpc.orElse(0))));
            } else {
                EpcScheme s = EpcScheme.byHeader((int) Bits.fromHex(epcHex.substring(0, 2)).get(0, 8));
                if (s != null && s.bits().isPresent() && (s.bits().getAsInt() + 15) / 16 != pc.length()) {
                    findings.add(new EpcFinding(EpcRules.PC_LENGTH, "pc.length", "PC length is " + pc.length()
                            + " words but " + s.tagUriName() + " takes " + (s.bits().getAsInt() + 15) / 16));
                }
            }
        }
        return new EpcBankDecoding(stored, computed, pc, xpc, epcHex, decoding, findings);
    }

    /**
     * StoredCRC + PC + EPC (word padded) for this EPC; the PC takes UMI, attribute bits and XI from its control
     * information, and a non-zero XPC_W1 is written at 210h (the bank is zero-filled up to it).
     */
    public static String encode(Epc epc) throws EpcException {
        Bits b = EpcBinaryCodec.encode(epc);
        int epcWords = (b.length + 15) / 16;
        EpcControl c = epc.control();
        PcWord pc = new PcWord(epcWords, c.umi(), c.xpc() != 0, false, c.attributes());
        String epcHex = b.toHex(epcWords * 16);
        String body = Hex.wordHex(pc.encode()) + epcHex;
        byte[] bytes = new byte[body.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (Hex.value(body.charAt(2 * i)) << 4 | Hex.value(body.charAt(2 * i + 1)));
        }
        StringBuilder sb = new StringBuilder(Hex.wordHex(crc16(bytes, 0, bytes.length))).append(body);
        if (c.xpc() != 0) {
            while (sb.length() < XPC_WORD * 4) {
                sb.append("0000");
            }
            sb.append(Hex.wordHex(c.xpc()));
        }
        return sb.toString();
    }
}
