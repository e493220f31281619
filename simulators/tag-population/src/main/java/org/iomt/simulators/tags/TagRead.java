package org.iomt.simulators.tags;

/**
 * One tag as a reader reports it.
 *
 * @param epcBank the EPC memory bank from word 0 (StoredCRC, PC, EPC), as hex
 * @param tid     the TID bank as hex, empty when not read
 * @param asset   what the tag is on, for people
 * @param label   the GS1 element string printed on the tag's label (bracketed), empty when the tag has no GS1 key
 */
public record TagRead(String epcBank, String tid, String asset, String label) {
}
