/** Classes that break each rule inside a device class on purpose, so that ArchitectureTest can show its rules fail. */
package org.iomt.distribution.violations;
