package org.iomt.reports.record;

/**
 * The product under test as its profile names it.
 *
 * @param vendor   manufacturer
 * @param model    model or product name
 * @param firmware firmware or software version
 * @param serial   serial number of the unit tested
 * @param udi      the unique device identifier as printed (may be null)
 */
public record ProductIdentity(String vendor, String model, String firmware, String serial, String udi) {
}
