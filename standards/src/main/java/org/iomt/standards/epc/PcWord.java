package org.iomt.standards.epc;

/**
 * The Gen2 protocol-control word at EPC bank bits 10h-1Fh: EPC length in words (5 bits), user-memory indicator,
 * XPC indicator, numbering-system toggle, and either the attribute bits (toggle 0) or the ISO AFI (toggle 1).
 */
public record PcWord(int length, boolean umi, boolean xpcIndicator, boolean toggle, int attributesOrAfi) {
    public PcWord {
        if (length < 0 || length > 31) {
            throw new IllegalArgumentException("PC length is 5 bits (0..31 words), got " + length);
        }
        if (attributesOrAfi < 0 || attributesOrAfi > 0xFF) {
            throw new IllegalArgumentException("attribute bits / AFI are 8 bits, got " + attributesOrAfi);
        }
    }

    public static PcWord decode(int word) {
        if (word < 0 || word > 0xFFFF) {
            throw new IllegalArgumentException("a PC word is 16 bits, got " + word);
        }
        return new PcWord(word >>> 11, (word & 0x400) != 0, (word & 0x200) != 0, (word & 0x100) != 0, word & 0xFF);
    }

    public int encode() {
        return length << 11 | (umi ? 0x400 : 0) | (xpcIndicator ? 0x200 : 0) | (toggle ? 0x100 : 0) | attributesOrAfi;
    }
}
