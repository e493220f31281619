/** A device class that exists only in the core's tests, to show that a class plugs in without any file of the core changing. */
package org.iomt.core.testclass;
