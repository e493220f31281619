package org.iomt.standards.epc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binary EPC encoding and decoding, driven by the scheme layouts in {@link EpcScheme}. Decoding never throws on bad
 * input; it returns findings. Hex may be padded with zero bits to a nibble or a 16-bit word (both appear in practice).
 */
public final class EpcBinaryCodec {
    private EpcBinaryCodec() {
    }

    /** Headers of TDS 2.0 "+" schemes and of deprecated GDTI-113: real schemes this codec does not implement. */
    private static boolean knownUnsupported(int header) {
        return header == 0x3A || header >= 0xF0 && header <= 0xFE;
    }

    public static EpcDecoding decodeHex(String hex) {
        if (hex == null || hex.isEmpty()) {
            return EpcDecoding.failed(new EpcFinding(EpcRules.INPUT_SYNTAX, "binary", "no hex digits given"));
        }
        Bits bits = Bits.fromHex(hex);
        if (bits == null) {
            return EpcDecoding.failed(new EpcFinding(EpcRules.INPUT_SYNTAX, "binary",
                    "\"" + hex + "\" holds a character that is not a hex digit"));
        }
        return decode(bits);
    }

    public static EpcDecoding decodeBits(String bitString) {
        if (bitString == null || bitString.isEmpty()) {
            return EpcDecoding.failed(new EpcFinding(EpcRules.INPUT_SYNTAX, "binary", "no bits given"));
        }
        Bits bits = Bits.fromBinary(bitString);
        if (bits == null) {
            return EpcDecoding.failed(new EpcFinding(EpcRules.INPUT_SYNTAX, "binary", "a bit string holds only 0 and 1"));
        }
        return decode(bits);
    }

    static EpcDecoding decode(Bits in) {
        if (in.length < 8) {
            return EpcDecoding.failed(new EpcFinding(EpcRules.LENGTH, "binary", "shorter than the 8-bit header"));
        }
        int header = (int) in.get(0, 8);
        EpcScheme scheme = EpcScheme.byHeader(header);
        if (scheme == null) {
            return EpcDecoding.failed(headerFinding(header, in));
        }
        int fixed = scheme.bits().orElse(-1);
        if (fixed > 0 && (in.length < fixed || in.length > (fixed + 15) / 16 * 16)) {
            return EpcDecoding.failed(new EpcFinding(EpcRules.LENGTH, "binary", scheme.tagUriName() + " takes " + fixed
                    + " bits (padded at most to " + (fixed + 15) / 16 * 16 + "), got " + in.length
                    + (in.length == fixed + 16 ? "; the input may include the PC word: decode it as an EPC bank" : "")));
        }
        Decoder d = new Decoder(in, scheme);
        return d.run();
    }

    private static EpcFinding headerFinding(int header, Bits in) {
        String h = Hex.byteHex(header);
        if (header == 0) {
            return new EpcFinding(EpcRules.UNPROGRAMMED, "header", in.zeroFrom(0)
                    ? "all bits are zero: the tag's EPC was never programmed"
                    : "header 00h marks an unprogrammed tag");
        }
        if (header == 0xE2) {
            return new EpcFinding(EpcRules.TID_NOT_EPC, "header",
                    "header E2h is reserved: it is the class id that starts the TID bank, so TID data was read as an EPC");
        }
        if (knownUnsupported(header)) {
            return new EpcFinding(EpcRules.SCHEME_UNSUPPORTED, "header", "header " + h
                    + "h names a scheme this codec does not decode (TDS 2.0 '+' scheme or deprecated GDTI-113)");
        }
        return new EpcFinding(EpcRules.HEADER_RESERVED, "header", "header " + h + "h is not assigned to any EPC scheme"
                + (header == 0xFF ? " (reserved for headers longer than 8 bits)" : ""));
    }

    /** One decoding pass over a bit string. */
    private static final class Decoder {
        private final Bits in;
        private final EpcScheme scheme;
        private final String[] out;
        private int n;
        private int pos = 8;
        private List<EpcFinding> findings;

        Decoder(Bits in, EpcScheme scheme) {
            this.in = in;
            this.scheme = scheme;
            this.out = new String[scheme.fieldNames().size()];
        }

        private void add(String rule, String field, String message) {
            if (findings == null) {
                findings = new ArrayList<>(2);
            }
            findings.add(new EpcFinding(rule, field, message));
        }

        EpcDecoding run() {
            int filter = 0;
            for (FieldSpec spec : scheme.layout) {
                switch (spec.kind()) {
                    case FILTER -> {
                        filter = (int) in.get(pos, spec.bits());
                        pos += spec.bits();
                    }
                    case PARTITIONED -> {
                        if (!partitioned(spec)) {
                            return fail();
                        }
                    }
                    case ZERO -> {
                        if (in.get(pos, spec.bits()) != 0) {
                            add(EpcRules.PADDING_NONZERO, "reserved", "the " + spec.bits() + " reserved bits must be zero");
                        }
                        pos += spec.bits();
                    }
                    default -> {
                        if (!field(spec)) {
                            return fail();
                        }
                    }
                }
            }
            int end = pos;
            if (scheme.bits().isEmpty() && in.length > (end + 15) / 16 * 16) {
                add(EpcRules.LENGTH, "binary", scheme.tagUriName() + " ends at bit " + end + "; " + in.length
                        + " bits is more than word padding");
            } else if (!in.zeroFrom(end)) {
                add(EpcRules.PADDING_NONZERO, "padding", "bits after the " + end + "-bit EPC must be zero");
            }
            if (findings != null) {
                return fail();
            }
            return EpcDecoding.of(new Epc(scheme, filter, List.of(out), EpcControl.NONE));
        }

        private EpcDecoding fail() {
            return new EpcDecoding(Optional.empty(), findings);
        }

        private boolean partitioned(FieldSpec spec) {
            int p = (int) in.get(pos, 3);
            pos += 3;
            if (p > 6) {
                add(EpcRules.PARTITION_RANGE, "partition", "partition " + p + " has no row in the partition table (0-6)");
                return false;
            }
            int l = PartitionTable.gcpDigits(p);
            int gcpBits = PartitionTable.GCP_BITS[p];
            long gcp = in.get(pos, gcpBits);
            pos += gcpBits;
            if (gcp >= Hex.POW10[l]) {
                add(EpcRules.FIELD_OVER_LIMIT, "companyPrefix", "company prefix value " + gcp + " has more than the "
                        + l + " digits partition " + p + " allows");
            }
            out[n++] = Hex.decimal(gcp, l);
            PartitionTable t = spec.table();
            String name = spec.name();
            switch (t.ref) {
                case FIXED_DIGITS -> {
                    int bits = t.refBits(p);
                    int k = t.refDigits(p);
                    long v = in.get(pos, bits);
                    pos += bits;
                    if (v >= Hex.POW10[k]) {
                        add(EpcRules.FIELD_OVER_LIMIT, name, name + " value " + v + " has more than the " + k
                                + " digits partition " + p + " allows");
                    }
                    out[n++] = k == 0 ? "" : Hex.decimal(v, k);
                }
                case INTEGER -> {
                    int bits = t.refBits(p);
                    int k = t.refDigits(p);
                    long v = in.get(pos, bits);
                    pos += bits;
                    if (k >= 0 && v >= Hex.POW10[k]) {
                        add(EpcRules.FIELD_OVER_LIMIT, name, name + " value " + v + " has more than the " + k
                                + " digits partition " + p + " allows");
                    }
                    out[n++] = Hex.decimal(v, 0);
                }
                case CHARS7 -> {
                    String s = chars7(name, t.refBits(p), t.refMaxChars(p));
                    if (s == null) {
                        return false;
                    }
                    out[n++] = s;
                }
                case CHARS6 -> {
                    String s = chars6(name, t.refMaxChars(p), 1, EpcChars::isCpiCharBoolean);
                    if (s == null) {
                        return false;
                    }
                    out[n++] = s;
                }
            }
            return true;
        }

        private boolean field(FieldSpec spec) {
            String name = spec.name();
            switch (spec.kind()) {
                case INTEGER, INTEGER_DIGITS, FIXED_DIGITS, SENTINEL_DIGITS -> {
                    if (pos + spec.bits() > in.length) {
                        add(EpcRules.LENGTH, name, "the bits end before " + name);
                        return false;
                    }
                    long v = in.get(pos, spec.bits());
                    pos += spec.bits();
                    switch (spec.kind()) {
                        case INTEGER_DIGITS -> {
                            if (v >= Hex.POW10[spec.maxChars()]) {
                                add(EpcRules.FIELD_OVER_LIMIT, name, name + " value " + v + " has more than "
                                        + spec.maxChars() + " digits");
                            }
                            out[n++] = Hex.decimal(v, 0);
                        }
                        case FIXED_DIGITS -> {
                            if (v >= Hex.POW10[spec.maxChars()]) {
                                add(EpcRules.FIELD_OVER_LIMIT, name, name + " value " + v + " has more than "
                                        + spec.maxChars() + " digits");
                            }
                            out[n++] = Hex.decimal(v, spec.maxChars());
                        }
                        case SENTINEL_DIGITS -> {
                            String s = Hex.decimal(v, 0);
                            if (s.length() < 2 || s.length() > spec.maxChars() + 1 || s.charAt(0) != '1') {
                                add(EpcRules.FIELD_OVER_LIMIT, name, name + " is stored as '1' followed by 1-"
                                        + spec.maxChars() + " digits; value " + v + " is not");
                                out[n++] = s;
                            } else {
                                out[n++] = s.substring(1);
                            }
                        }
                        default -> out[n++] = Hex.decimal(v, 0);
                    }
                    return true;
                }
                case CHARS7 -> {
                    String s = chars7(name, spec.bits(), spec.maxChars());
                    out[n++] = s;
                    return s != null;
                }
                case CHARS6 -> {
                    boolean serial = "serial".equals(name);
                    String s = chars6(name, spec.maxChars(), serial ? 1 : 0, EpcChars::isAdiCharBoolean);
                    out[n++] = s;
                    return s != null;
                }
                case CAGE8, CAGE6 -> {
                    int width = spec.kind() == FieldSpec.Kind.CAGE8 ? 8 : 6;
                    char[] cs = new char[6];
                    for (int k = 0; k < 6; k++) {
                        int v = (int) in.get(pos, width);
                        pos += width;
                        cs[k] = width == 8 ? (char) v : EpcChars.sixBitChar(v);
                    }
                    int start = cs[0] == ' ' ? 1 : 0;
                    for (int k = start; k < 6; k++) {
                        if (!EpcChars.isUpperAlnum(cs[k])) {
                            add(EpcRules.SERIAL_CHARSET, name, "CAGE/DoDAAC character " + (k + 1)
                                    + " is not 0-9 or A-Z (only a 5-character CAGE is led by one space)");
                            return false;
                        }
                    }
                    out[n++] = new String(cs, start, 6 - start);
                    return true;
                }
                default -> throw new IllegalStateException(spec.kind().toString());
            }
        }

        private String chars7(String name, int bits, int maxChars) {
            int start = pos;
            pos += bits;
            StringBuilder sb = new StringBuilder(maxChars);
            int k = 0;
            for (; k < maxChars && (k + 1) * 7 <= bits; k++) {
                int c = (int) in.get(start + 7 * k, 7);
                if (c == 0) {
                    break;
                }
                if (!EpcChars.isCset82(c)) {
                    add(EpcRules.SERIAL_CHARSET, name, name + " character " + (k + 1) + " (code " + c
                            + ") is not in GS1 character set 82");
                    return null;
                }
                sb.append((char) c);
            }
            int rest = start + 7 * k;
            int restBits = pos - rest;
            for (int p = rest; p < pos; p += 64) {
                if (in.get(p, Math.min(64, pos - p)) != 0) {
                    boolean moreChars = k == maxChars && restBits >= 7 && in.get(rest, 7) != 0;
                    add(moreChars ? EpcRules.FIELD_OVER_LIMIT : EpcRules.PADDING_NONZERO, name, moreChars
                            ? name + " has more than " + maxChars + " characters"
                            : "bits after the end of " + name + " must be zero");
                    return null;
                }
            }
            if (k == 0) {
                add(EpcRules.FIELD_EMPTY, name, name + " must not be empty");
                return null;
            }
            return sb.toString();
        }

        private String chars6(String name, int maxChars, int minChars, java.util.function.IntPredicate allowed) {
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos + 6 > in.length) {
                    add(EpcRules.LENGTH, name, "the bits end before the terminator of " + name);
                    return null;
                }
                int v = (int) in.get(pos, 6);
                pos += 6;
                if (v == 0) {
                    break;
                }
                char c = EpcChars.sixBitChar(v);
                boolean leadingHash = c == '#' && sb.length() == 0 && "serial".equals(name) && scheme == EpcScheme.ADI_VAR;
                if (!allowed.test(c) && !leadingHash) {
                    add(EpcRules.SERIAL_CHARSET, name, name + " character '" + c + "' is not allowed here");
                    return null;
                }
                if (sb.length() == maxChars) {
                    add(EpcRules.FIELD_OVER_LIMIT, name, name + " has more than " + maxChars + " characters");
                    return null;
                }
                sb.append(c);
            }
            if (sb.length() < minChars) {
                add(EpcRules.FIELD_EMPTY, name, name + " must not be empty");
                return null;
            }
            return sb.toString();
        }
    }

    /** Hex of the binary encoding, padded with zero bits to a whole nibble (as the TDS prints it). */
    public static String encodeHex(Epc epc) throws EpcException {
        Bits b = encode(epc);
        return b.toHex(b.length);
    }

    /** The binary encoding as a string of exactly the scheme's bits. */
    public static String encodeBits(Epc epc) throws EpcException {
        Bits b = encode(epc);
        return b.toBinary(b.length);
    }

    /** Bit length the encoding of this EPC takes (fixed, or computed for the variable schemes). */
    static int bitLength(Epc epc) {
        if (epc.scheme().bits().isPresent()) {
            return epc.scheme().bits().getAsInt();
        }
        if (epc.scheme() == EpcScheme.CPI_VAR) {
            int p = 12 - epc.fields().get(0).length();
            return 8 + 3 + 3 + PartitionTable.GCP_BITS[p] + 6 * (epc.fields().get(1).length() + 1) + 40;
        }
        return 8 + 6 + 36 + 6 * (epc.fields().get(1).length() + 1) + 6 * (epc.fields().get(2).length() + 1);
    }

    static Bits encode(Epc epc) throws EpcException {
        List<EpcFinding> findings = EpcChecks.validate(epc);
        if (!findings.isEmpty()) {
            throw new EpcException(findings.get(0));
        }
        EpcScheme scheme = epc.scheme();
        int total = bitLength(epc);
        Bits b = Bits.ofLength(total);
        b.put(0, 8, scheme.header());
        int pos = 8;
        int i = 0;
        List<String> f = epc.fields();
        for (FieldSpec spec : scheme.layout) {
            switch (spec.kind()) {
                case FILTER -> {
                    b.put(pos, spec.bits(), epc.filter());
                    pos += spec.bits();
                }
                case ZERO -> pos += spec.bits();
                case PARTITIONED -> {
                    String gcp = f.get(i++);
                    String ref = f.get(i++);
                    int p = 12 - gcp.length();
                    b.put(pos, 3, p);
                    pos += 3;
                    b.put(pos, PartitionTable.GCP_BITS[p], EpcChars.parseDigits(gcp));
                    pos += PartitionTable.GCP_BITS[p];
                    PartitionTable t = spec.table();
                    switch (t.ref) {
                        case FIXED_DIGITS, INTEGER -> {
                            b.put(pos, t.refBits(p), ref.isEmpty() ? 0 : EpcChars.parseDigits(ref));
                            pos += t.refBits(p);
                        }
                        case CHARS7 -> pos = putChars7(b, pos, t.refBits(p), ref);
                        case CHARS6 -> pos = putChars6(b, pos, ref);
                    }
                }
                case INTEGER, INTEGER_DIGITS, FIXED_DIGITS -> {
                    b.put(pos, spec.bits(), EpcChars.parseDigits(f.get(i++)));
                    pos += spec.bits();
                }
                case SENTINEL_DIGITS -> {
                    b.put(pos, spec.bits(), EpcChars.parseDigits("1" + f.get(i++)));
                    pos += spec.bits();
                }
                case CHARS7 -> pos = putChars7(b, pos, spec.bits(), f.get(i++));
                case CHARS6 -> pos = putChars6(b, pos, f.get(i++));
                case CAGE8, CAGE6 -> {
                    String v = f.get(i++);
                    String padded = v.length() == 5 ? " " + v : v;
                    int width = spec.kind() == FieldSpec.Kind.CAGE8 ? 8 : 6;
                    for (int k = 0; k < 6; k++) {
                        b.put(pos, width, padded.charAt(k) & (width == 8 ? 0xFF : 0x3F));
                        pos += width;
                    }
                }
            }
        }
        return b;
    }

    private static int putChars7(Bits b, int pos, int bits, String s) {
        for (int k = 0; k < s.length(); k++) {
            b.put(pos + 7 * k, 7, s.charAt(k));
        }
        return pos + bits;
    }

    private static int putChars6(Bits b, int pos, String s) {
        for (int k = 0; k < s.length(); k++) {
            b.put(pos, 6, s.charAt(k) & 0x3F);
            pos += 6;
        }
        return pos + 6;
    }
}
