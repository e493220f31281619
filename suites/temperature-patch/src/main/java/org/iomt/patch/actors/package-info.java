/** The suite's role towards a reporting patch: the broker it reports to, one bounded observation window per run, and the questions steps ask. */
package org.iomt.patch.actors;
