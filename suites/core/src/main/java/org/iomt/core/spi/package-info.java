/** The device-class SPI: what a device class plugs into the core (its provider, target and self-tests), found with {@link java.util.ServiceLoader}. */
package org.iomt.core.spi;
