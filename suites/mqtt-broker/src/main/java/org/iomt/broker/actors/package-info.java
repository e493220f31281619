/** The suite's clients of a broker, one actor per topic: they send, receive and record, and hand the evidence to checks. */
package org.iomt.broker.actors;
