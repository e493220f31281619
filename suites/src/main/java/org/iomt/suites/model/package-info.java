/** What the test system reasons about: evidence, findings, requirements and the verdict-carrying outcomes. */
package org.iomt.suites.model;
