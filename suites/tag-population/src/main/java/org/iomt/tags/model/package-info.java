/** What is recorded of one tag: its source, EPC bank, TID and label. */
package org.iomt.tags.model;
