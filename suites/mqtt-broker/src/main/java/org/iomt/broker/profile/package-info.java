/** The profile keys of an MQTT broker under test: typed, each with its default, meaning and clause. */
package org.iomt.broker.profile;
