/** Where a tag population comes from: a reader's export file, recorded tag by tag as evidence. */
package org.iomt.tags.drivers;
