/** The run record: what one certification run judged, with verdicts, reasons and evidence references. */
package org.iomt.reports.record;
