/** The target of a tag-population run: the built-in population, with its faults, or a reader's export, and the class's profile keys. */
package org.iomt.tags.target;
