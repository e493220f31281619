/**
 * The WebSocket framing and opening handshake of RFC 6455, as far as MQTT over WebSocket uses them: frames read and
 * written on a byte stream, and the headers and accept key of the HTTP upgrade.
 */
package org.iomt.standards.websocket;
