package org.iomt.standards.epc;

import static org.iomt.standards.epc.FieldSpec.cage6;
import static org.iomt.standards.epc.FieldSpec.cage8;
import static org.iomt.standards.epc.FieldSpec.chars6;
import static org.iomt.standards.epc.FieldSpec.chars7;
import static org.iomt.standards.epc.FieldSpec.filter;
import static org.iomt.standards.epc.FieldSpec.fixedDigits;
import static org.iomt.standards.epc.FieldSpec.integer;
import static org.iomt.standards.epc.FieldSpec.integerDigits;
import static org.iomt.standards.epc.FieldSpec.partitioned;
import static org.iomt.standards.epc.FieldSpec.sentinel;
import static org.iomt.standards.epc.FieldSpec.zero;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The EPC binary encoding schemes this codec implements, with header, length and field layout. */
public enum EpcScheme {
    SGTIN_96("sgtin-96", "sgtin", 0x30, 96, filter(3), partitioned(PartitionTable.SGTIN, "itemReference"), integer("serial", 38)),
    SGTIN_198("sgtin-198", "sgtin", 0x36, 198, filter(3), partitioned(PartitionTable.SGTIN, "itemReference"), chars7("serial", 140, 20)),
    SSCC_96("sscc-96", "sscc", 0x31, 96, filter(3), partitioned(PartitionTable.SSCC, "serialReference"), zero(24)),
    SGLN_96("sgln-96", "sgln", 0x32, 96, filter(3), partitioned(PartitionTable.SGLN, "locationReference"), integer("extension", 41)),
    SGLN_195("sgln-195", "sgln", 0x39, 195, filter(3), partitioned(PartitionTable.SGLN, "locationReference"), chars7("extension", 140, 20)),
    GRAI_96("grai-96", "grai", 0x33, 96, filter(3), partitioned(PartitionTable.GRAI, "assetType"), integer("serial", 38)),
    GRAI_170("grai-170", "grai", 0x37, 170, filter(3), partitioned(PartitionTable.GRAI, "assetType"), chars7("serial", 112, 16)),
    GIAI_96("giai-96", "giai", 0x34, 96, filter(3), partitioned(PartitionTable.GIAI_96, "assetReference")),
    GIAI_202("giai-202", "giai", 0x38, 202, filter(3), partitioned(PartitionTable.GIAI_202, "assetReference")),
    GSRN_96("gsrn-96", "gsrn", 0x2D, 96, filter(3), partitioned(PartitionTable.SSCC, "serviceReference"), zero(24)),
    GSRNP_96("gsrnp-96", "gsrnp", 0x2E, 96, filter(3), partitioned(PartitionTable.SSCC, "serviceReference"), zero(24)),
    GDTI_96("gdti-96", "gdti", 0x2C, 96, filter(3), partitioned(PartitionTable.SGLN, "documentType"), integer("serial", 41)),
    GDTI_174("gdti-174", "gdti", 0x3E, 174, filter(3), partitioned(PartitionTable.SGLN, "documentType"), chars7("serial", 119, 17)),
    CPI_96("cpi-96", "cpi", 0x3C, 96, filter(3), partitioned(PartitionTable.CPI_96, "partReference"), integer("serial", 31)),
    CPI_VAR("cpi-var", "cpi", 0x3D, -1, filter(3), partitioned(PartitionTable.CPI_VAR, "partReference"), integerDigits("serial", 40, 12)),
    SGCN_96("sgcn-96", "sgcn", 0x3F, 96, filter(3), partitioned(PartitionTable.SGLN, "couponReference"), sentinel("serial", 41, 12)),
    GID_96("gid-96", "gid", 0x35, 96, integer("managerNumber", 28), integer("objectClass", 24), integer("serial", 36)),
    USDOD_96("usdod-96", "usdod", 0x2F, 96, filter(4), cage8(), integer("serial", 36)),
    ADI_VAR("adi-var", "adi", 0x3B, -1, filter(6), cage6(), chars6("partNumber", 32), chars6("serial", 30)),
    ITIP_110("itip-110", "itip", 0x40, 110, filter(3), partitioned(PartitionTable.SGTIN, "itemReference"),
            fixedDigits("piece", 7, 2), fixedDigits("total", 7, 2), integer("serial", 38)),
    ITIP_212("itip-212", "itip", 0x41, 212, filter(3), partitioned(PartitionTable.SGTIN, "itemReference"),
            fixedDigits("piece", 7, 2), fixedDigits("total", 7, 2), chars7("serial", 140, 20));

    private static final EpcScheme[] BY_HEADER = new EpcScheme[256];

    static {
        for (EpcScheme s : values()) {
            BY_HEADER[s.header] = s;
        }
    }

    private final String tagUriName;
    private final String pureIdentityName;
    private final int header;
    private final int bits;
    final FieldSpec[] layout;
    private final List<String> fieldNames;
    private final int filterBits;
    final boolean gs1;

    EpcScheme(String tagUriName, String pureIdentityName, int header, int bits, FieldSpec... layout) {
        this.tagUriName = tagUriName;
        this.pureIdentityName = pureIdentityName;
        this.header = header;
        this.bits = bits;
        this.layout = layout;
        List<String> names = new ArrayList<>();
        int fb = 0;
        boolean partitioned = false;
        for (FieldSpec f : layout) {
            switch (f.kind()) {
                case FILTER -> fb = f.bits();
                case ZERO -> { }
                case PARTITIONED -> {
                    partitioned = true;
                    names.add("companyPrefix");
                    names.add(f.name());
                }
                default -> names.add(f.name());
            }
        }
        this.fieldNames = List.copyOf(names);
        this.filterBits = fb;
        this.gs1 = partitioned;
    }

    /** Scheme name in a tag URI, e.g. "sgtin-96". */
    public String tagUriName() { return tagUriName; }

    /** EPC namespace in a pure identity URI, e.g. "sgtin". */
    public String pureIdentityName() { return pureIdentityName; }

    /** The 8-bit binary header. */
    public int header() { return header; }

    /** Fixed bit length, empty for the variable-length schemes (CPI-var, ADI-var). */
    public OptionalInt bits() { return bits < 0 ? OptionalInt.empty() : OptionalInt.of(bits); }

    /** Width of the filter field in bits; 0 when the scheme has no filter (GID-96). */
    public int filterBits() { return filterBits; }

    /** Names of the URI fields after the filter, in URI order. */
    public List<String> fieldNames() { return fieldNames; }

    /** True for schemes whose first field is a GS1 company prefix chosen by a partition value. */
    public boolean hasCompanyPrefix() { return gs1; }

    /** The implemented scheme with this header, if any. */
    public static Optional<EpcScheme> forHeader(int header) {
        return header < 0 || header > 255 ? Optional.empty() : Optional.ofNullable(BY_HEADER[header]);
    }

    static EpcScheme byHeader(int header) {
        return BY_HEADER[header];
    }

    /** The scheme with this tag URI name (case-sensitive, as the URI grammar is), if any. */
    public static Optional<EpcScheme> forTagUriName(String name) {
        for (EpcScheme s : values()) {
            if (s.tagUriName.equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Schemes sharing a pure identity namespace, shortest first. */
    static List<EpcScheme> forPureIdentityName(String name) {
        List<EpcScheme> out = new ArrayList<>();
        for (EpcScheme s : values()) {
            if (s.pureIdentityName.equals(name)) {
                out.add(s);
            }
        }
        return out;
    }
}
