/** IoMT standards module. */
package org.iomt.standards;
