package org.iomt.standards.senml;

import java.nio.charset.StandardCharsets;

/** The JSON packs of RFC 8428, typed in from the RFC text (section numbers as in the RFC). */
final class RfcExamples {
    /** Section 1 and 5.1.1: single data point. */
    static final String SINGLE_DATA_POINT = """
            [
              {"n":"urn:dev:ow:10e2073a01080063","u":"Cel","v":23.1}
            ]
            """;

    /** Section 2: two measurements at different times. */
    static final String TWO_MEASUREMENTS = """
            [
              {"n":"urn:dev:ow:10e2073a01080063","u":"Cel","t":1.276020076e+09,
               "v":23.5},
              {"n":"urn:dev:ow:10e2073a01080063","u":"Cel","t":1.276020091e+09,
               "v":23.6}
            ]
            """;

    /** Section 2: the same with a base name. */
    static final String TWO_MEASUREMENTS_BASE_NAME = """
            [
              {"bn":"urn:dev:ow:10e2073a01080063","u":"Cel","t":1.276020076e+09,
               "v":23.5},
              {"u":"Cel","t":1.276020091e+09,
               "v":23.6}
            ]
            """;

    /** Section 5.1.2, first example: voltage and current "now". */
    static final String MULTIPLE_DATA_POINTS = """
            [
              {"bn":"urn:dev:ow:10e2073a01080063:","n":"voltage","u":"V","v":120.1},
              {"n":"current","u":"A","v":1.2}
            ]
            """;

    /** Section 5.1.2, second example: current at one-second steps before a base time (with bver 5). */
    static final String MULTIPLE_DATA_POINTS_TIMED = """
            [
              {"bn":"urn:dev:ow:10e2073a0108006:","bt":1.276020076001e+09,
               "bu":"A","bver":5,
               "n":"voltage","u":"V","v":120.1},
              {"n":"current","t":-5,"v":1.2},
              {"n":"current","t":-4,"v":1.3},
              {"n":"current","t":-3,"v":1.4},
              {"n":"current","t":-2,"v":1.5},
              {"n":"current","t":-1,"v":1.6},
              {"n":"current","v":1.7}
            ]
            """;

    /** Section 5.1.2, SensML stream example, closed after the last record the RFC shows (it ends in "..."). */
    static final String STREAM_PREFIX = """
            [
              {"bn":"urn:dev:ow:10e2073a01080063","bt":1.320067464e+09,
               "bu":"%RH","v":21.2},
              {"t":10,"v":21.3},
              {"t":20,"v":21.4},
              {"t":30,"v":21.4},
              {"t":40,"v":21.5},
              {"t":50,"v":21.5},
              {"t":60,"v":21.5},
              {"t":70,"v":21.6},
              {"t":80,"v":21.7}
            ]
            """;

    /** Section 5.1.3: multiple measurements with base fields. */
    static final String MULTIPLE_MEASUREMENTS = """
            [
              {"bn":"urn:dev:ow:10e2073a01080063","bt":1.320067464e+09,
               "bu":"%RH","v":20},
              {"u":"lon","v":24.30621},
              {"u":"lat","v":60.07965},
              {"t":60,"v":20.3},
              {"u":"lon","t":60,"v":24.30622},
              {"u":"lat","t":60,"v":60.07965},
              {"t":120,"v":20.7},
              {"u":"lon","t":120,"v":24.30623},
              {"u":"lat","t":120,"v":60.07966},
              {"u":"%EL","t":150,"v":98},
              {"t":180,"v":21.2},
              {"u":"lon","t":180,"v":24.30628},
              {"u":"lat","t":180,"v":60.07967}
            ]
            """;

    /** Section 5.1.4: the resolved form of the 5.1.3 example. */
    static final String RESOLVED = """
            [
              {"n":"urn:dev:ow:10e2073a01080063","u":"%RH","t":1.320067464e+09,
               "v":20},
              {"n":"urn:dev:ow:10e2073a01080063","u":"lon","t":1.320067464e+09,
               "v":24.30621},
              {"n":"urn:dev:ow:10e2073a01080063","u":"lat","t":1.320067464e+09,
               "v":60.07965},
              {"n":"urn:dev:ow:10e2073a01080063","u":"%RH","t":1.320067524e+09,
               "v":20.3},
              {"n":"urn:dev:ow:10e2073a01080063","u":"lon","t":1.320067524e+09,
               "v":24.30622},
              {"n":"urn:dev:ow:10e2073a01080063","u":"lat","t":1.320067524e+09,
               "v":60.07965},
              {"n":"urn:dev:ow:10e2073a01080063","u":"%RH","t":1.320067584e+09,
               "v":20.7},
              {"n":"urn:dev:ow:10e2073a01080063","u":"lon","t":1.320067584e+09,
               "v":24.30623},
              {"n":"urn:dev:ow:10e2073a01080063","u":"lat","t":1.320067584e+09,
               "v":60.07966},
              {"n":"urn:dev:ow:10e2073a01080063","u":"%EL","t":1.320067614e+09,
               "v":98},
              {"n":"urn:dev:ow:10e2073a01080063","u":"%RH","t":1.320067644e+09,
               "v":21.2},
              {"n":"urn:dev:ow:10e2073a01080063","u":"lon","t":1.320067644e+09,
               "v":24.30628},
              {"n":"urn:dev:ow:10e2073a01080063","u":"lat","t":1.320067644e+09,
               "v":60.07967}
            ]
            """;

    /** Section 5.1.5: multiple data types. */
    static final String MULTIPLE_DATA_TYPES = """
            [
              {"bn":"urn:dev:ow:10e2073a01080063:","n":"temp","u":"Cel","v":23.1},
              {"n":"label","vs":"Machine Room"},
              {"n":"open","vb":false},
              {"n":"nfv-reader","vd":"aGkgCg"}
            ]
            """;

    /** Section 5.1.6: collection of resources. */
    static final String COLLECTION = """
            [
              {"bn":"2001:db8::2/","bt":1.320078429e+09,
               "n":"temperature","u":"Cel","v":25.2},
              {"n":"humidity","u":"%RH","v":30},
              {"bn":"2001:db8::1/","n":"temperature","u":"Cel","v":12.3},
              {"n":"humidity","u":"%RH","v":67}
            ]
            """;

    /** Section 5.1.7: thermostat set point (first record carries only a base name). */
    static final String ACTUATOR_THERMOSTAT = """
            [
              {"bn":"urn:dev:ow:10e2073a01080063:"},
              {"n":"temp","u":"Cel","v":23.1},
              {"n":"heat","u":"/","v":1},
              {"n":"fan","u":"/","v":0}
            ]
            """;

    /** Section 5.1.7: two lights on at a time. */
    static final String ACTUATOR_LIGHTS_ON = """
            [
              {"bt":1.320078429e+09,"bu":"/","n":"2001:db8::3","v":1},
              {"n":"2001:db8::4","v":1}
            ]
            """;

    /** Section 5.1.7: two lights dimmed, then off 100 ms later. */
    static final String ACTUATOR_LIGHTS_OFF = """
            [
              {"bt":1.320078429e+09,"bu":"/","n":"2001:db8::3","v":0.5},
              {"n":"2001:db8::4","v":0.5},
              {"n":"2001:db8::3","t":0.1,"v":0},
              {"n":"2001:db8::4","t":0.1,"v":0}
            ]
            """;

    private RfcExamples() {
    }

    static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
