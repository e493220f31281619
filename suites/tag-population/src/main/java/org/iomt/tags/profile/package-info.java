/** The profile keys of a tag population: typed, each with its default, meaning and clause. */
package org.iomt.tags.profile;
