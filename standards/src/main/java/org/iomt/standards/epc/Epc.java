package org.iomt.standards.epc;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.iomt.standards.gs1.Gs1CheckDigit;

/**
 * A decoded EPC: its scheme, filter value, field values in URI order ({@link EpcScheme#fieldNames()}, unescaped)
 * and control information. Values are not validated here; decoders and {@link EpcBinaryCodec#encodeHex} do that.
 */
public record Epc(EpcScheme scheme, int filter, List<String> fields, EpcControl control) {
    public Epc {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(control, "control");
        fields = List.copyOf(fields);
        if (fields.size() != scheme.fieldNames().size()) {
            throw new IllegalArgumentException(scheme.tagUriName() + " has fields " + scheme.fieldNames() + ", got " + fields);
        }
    }

    public Epc(EpcScheme scheme, int filter, List<String> fields) {
        this(scheme, filter, fields, EpcControl.NONE);
    }

    /** The same EPC with other control information. */
    public Epc withControl(EpcControl newControl) {
        return new Epc(scheme, filter, fields, newControl);
    }

    /** Value of the named field (see {@link EpcScheme#fieldNames()}). */
    public String field(String name) {
        int i = scheme.fieldNames().indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(scheme.tagUriName() + " has no field " + name);
        }
        return fields.get(i);
    }

    /** Digits of the GS1 company prefix, empty for GID, USDOD and ADI. */
    public OptionalInt companyPrefixLength() {
        return scheme.hasCompanyPrefix() ? OptionalInt.of(fields.get(0).length()) : OptionalInt.empty();
    }

    /** The partition value implied by the company prefix length, empty for schemes without one. */
    public OptionalInt partition() {
        return scheme.hasCompanyPrefix() ? OptionalInt.of(12 - fields.get(0).length()) : OptionalInt.empty();
    }

    /** e.g. urn:epc:id:sgtin:0614141.812345.6789 — the identity alone, the same for SGTIN-96 and SGTIN-198. */
    public String pureIdentityUri() {
        StringBuilder sb = new StringBuilder(64).append("urn:epc:id:").append(scheme.pureIdentityName()).append(':');
        appendFields(sb);
        return sb.toString();
    }

    /** e.g. urn:epc:tag:sgtin-96:3.0614141.812345.6789, with control fields after the prefix when any is non-zero. */
    public String tagUri() {
        StringBuilder sb = new StringBuilder(72).append("urn:epc:tag:");
        if (!control.isNone()) {
            sb.append(control.uriFields()).append(':');
        }
        sb.append(scheme.tagUriName()).append(':');
        if (scheme.filterBits() > 0) {
            sb.append(filter).append('.');
        }
        appendFields(sb);
        return sb.toString();
    }

    private void appendFields(StringBuilder sb) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(EpcChars.escape(fields.get(i)));
        }
    }

    /**
     * The GS1 element string as AI/value pairs in GS1 order, check digits computed; empty for GID, USDOD and ADI,
     * which have no GS1 key. An SGLN extension of "0" means "no extension" and yields no AI 254.
     *
     * @throws IllegalArgumentException when a numeric field holds non-digits (an EPC that never passed validation)
     */
    public List<Ai> elementString() {
        String gcp = fields.get(0);
        switch (scheme.pureIdentityName()) {
            case "sgtin": {
                String ref = fields.get(1);
                return List.of(new Ai("01", withCheck(ref.charAt(0) + gcp + ref.substring(1))), new Ai("21", fields.get(2)));
            }
            case "sscc": {
                String ref = fields.get(1);
                return List.of(new Ai("00", withCheck(ref.charAt(0) + gcp + ref.substring(1))));
            }
            case "sgln": {
                Ai gln = new Ai("414", withCheck(gcp + fields.get(1)));
                return "0".equals(fields.get(2)) ? List.of(gln) : List.of(gln, new Ai("254", fields.get(2)));
            }
            case "grai":
                return List.of(new Ai("8003", "0" + withCheck(gcp + fields.get(1)) + fields.get(2)));
            case "giai":
                return List.of(new Ai("8004", gcp + fields.get(1)));
            case "gsrn":
                return List.of(new Ai("8018", withCheck(gcp + fields.get(1))));
            case "gsrnp":
                return List.of(new Ai("8017", withCheck(gcp + fields.get(1))));
            case "gdti":
                return List.of(new Ai("253", withCheck(gcp + fields.get(1)) + fields.get(2)));
            case "sgcn":
                return List.of(new Ai("255", withCheck(gcp + fields.get(1)) + fields.get(2)));
            case "cpi":
                return List.of(new Ai("8010", gcp + fields.get(1)), new Ai("8011", fields.get(2)));
            case "itip": {
                String ref = fields.get(1);
                return List.of(new Ai("8006", withCheck(ref.charAt(0) + gcp + ref.substring(1)) + fields.get(2) + fields.get(3)),
                        new Ai("21", fields.get(4)));
            }
            default:
                return List.of();
        }
    }

    private static String withCheck(String digits) {
        return digits + Gs1CheckDigit.compute(digits);
    }
}
