/** IoMT suites module. */
package org.iomt.suites;
