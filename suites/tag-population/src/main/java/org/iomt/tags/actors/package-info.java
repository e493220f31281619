/** The holder of a read tag population: every tag read before the features run, and the questions steps ask of it. */
package org.iomt.tags.actors;
