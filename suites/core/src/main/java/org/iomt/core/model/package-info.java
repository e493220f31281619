/** What the test system reasons about: evidence, findings and the verdict-carrying outcomes. */
package org.iomt.core.model;
