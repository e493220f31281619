/** The steps of the test-only thermometer. */
package org.iomt.core.testclass.glue;
