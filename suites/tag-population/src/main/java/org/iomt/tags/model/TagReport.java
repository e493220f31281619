package org.iomt.tags.model;

/**
 * The decoded value of the evidence entry for one tag of a population, as the reader or its export gave it.
 *
 * @param source  where the tag came from: the export's file and row, or the simulator and its index
 * @param epcBank the EPC memory bank from word 0 (StoredCRC, PC, EPC), hex
 * @param tid     the TID bank, hex; empty when not given
 * @param label   the GS1 barcode printed on the tag's label, as an element string or Digital Link; empty when none
 */
public record TagReport(String source, String epcBank, String tid, String label) {

    /** One line for the evidence file: everything the checks judge, so that a verdict can be redone from it. */
    public String describe() {
        return "tag " + epcBank + (tid.isEmpty() ? "" : " tid " + tid) + (label.isEmpty() ? "" : " label " + label);
    }
}
