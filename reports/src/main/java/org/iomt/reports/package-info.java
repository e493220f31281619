/** Turns a run record into the outputs people and pipelines read: run.json, JUnit XML, the HTML report. */
package org.iomt.reports;
