package org.iomt.simulators.tags;

/**
 * One tag as a reader reports it.
 *
 * @param epcBank the EPC memory bank from word 0 (StoredCRC, PC, EPC), as hex
 * @param tid     the TID bank as hex, empty when not read
 * @param asset   what the tag is on, for people
 */
public record TagRead(String epcBank, String tid, String asset) {
}
