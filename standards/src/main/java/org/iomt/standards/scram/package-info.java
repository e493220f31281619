/**
 * SCRAM-SHA-256 (RFC 5802, RFC 7677) without channel binding: the four messages of one authentication, from the
 * client's side and from the server's, as MQTT 5.0 enhanced authentication carries them in its Authentication Data.
 */
package org.iomt.standards.scram;
