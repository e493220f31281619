/** Actors: the suite's roles in a run (the broker a device reports to), with the tasks and questions steps use. */
package org.iomt.suites.actors;
