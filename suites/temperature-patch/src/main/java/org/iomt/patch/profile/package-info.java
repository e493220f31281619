/** The profile keys of the temperature patch: typed, each with its default, meaning and clause. */
package org.iomt.patch.profile;
