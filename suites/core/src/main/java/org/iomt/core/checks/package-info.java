/** What every check of every device class is: a pure function from recorded evidence to an outcome. */
package org.iomt.core.checks;
