/** Checks of a tag population: pure functions from the recorded tags to findings against one requirement. */
package org.iomt.tags.checks;
