package org.iomt.standards.epc;

import java.util.List;
import java.util.OptionalInt;

/**
 * A decoded Gen2 EPC bank: StoredCRC as read and as computed over PC + EPC, the PC word, XPC_W1 when XI is set,
 * the EPC words as hex, the EPC decoding (with control information), and bank-level findings.
 */
public record EpcBankDecoding(int storedCrc, int computedCrc, PcWord pc, OptionalInt xpcW1, String epcHex,
        EpcDecoding epc, List<EpcFinding> findings) {
    public EpcBankDecoding {
        findings = List.copyOf(findings);
    }

    public boolean crcValid() {
        return storedCrc == computedCrc;
    }

    /** True when the bank has no findings and holds a valid EPC. */
    public boolean valid() {
        return findings.isEmpty() && epc.valid();
    }

    /** Tag URI with control fields when the EPC decodes, otherwise the raw URI. */
    public String uri() {
        if (epc.epc().isPresent()) {
            return epc.epc().get().tagUri();
        }
        StringBuilder sb = new StringBuilder("urn:epc:raw:");
        EpcControl control = new EpcControl(pc.toggle() ? 0 : pc.attributesOrAfi(), pc.umi(), xpcW1.orElse(0));
        if (!control.isNone()) {
            sb.append(control.uriFields()).append(':');
        }
        sb.append(pc.length() * 16).append('.');
        if (pc.toggle()) {
            sb.append('x').append(Hex.byteHex(pc.attributesOrAfi())).append('.');
        }
        return sb.append('x').append(epcHex).toString();
    }
}
