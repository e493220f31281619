/** SenML (RFC 8428) JSON packs: lenient decoding, faithful encoding, rule-based validation and resolution. */
package org.iomt.standards.senml;
