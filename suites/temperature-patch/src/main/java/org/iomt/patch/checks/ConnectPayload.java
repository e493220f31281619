package org.iomt.patch.checks;

import org.iomt.standards.mqtt.RawFields;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A CONNECT's payload read field by field from the bytes the device sent, leniently, so that a CONNECT whose flags and
 * fields disagree can still be judged: which fields its connect flags announce, which of those are there, and what is
 * left after the last of them, read as the fields the flags left out where it can be. It keeps bytes, not text: a
 * string's bytes are judged as UTF-8 apart. A recorded password is masked byte for byte by the suite's broker (its length
 * kept), so its field reads the same; its value is never shown.
 */
public final class ConnectPayload {

    /** A field of the CONNECT payload, in the order the payload holds them. */
    public enum Field {
        CLIENT_ID("client identifier"), WILL_PROPERTIES("Will Properties"), WILL_TOPIC("Will Topic"),
        WILL_PAYLOAD("Will Message"), USER_NAME("User Name"), PASSWORD("Password");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A field read from the payload: which, where (offset in the frame), and its bytes without their length. */
    public record Read(Field field, int offset, byte[] value) {
    }

    private static final int WILL_FLAG = 0x04;
    private static final int PASSWORD_FLAG = 0x40;
    private static final int USER_NAME_FLAG = 0x80;

    private final int flags;
    private final List<Read> read;
    private final List<Field> missing;
    private final List<Read> unannounced;
    private final int unreadable;

    private ConnectPayload(int flags, List<Read> read, List<Field> missing, List<Read> unannounced, int unreadable) {
        this.flags = flags;
        this.read = List.copyOf(read);
        this.missing = List.copyOf(missing);
        this.unannounced = List.copyOf(unannounced);
        this.unreadable = unreadable;
    }

    /** The payload of a CONNECT frame; empty when the frame is no CONNECT or its variable header cannot be read. */
    public static Optional<ConnectPayload> of(byte[] frame) {
        if (frame.length < 2 || (frame[0] & 0xF0) != 0x10) {
            return Optional.empty();
        }
        Cursor in = new Cursor(frame, 1);
        if (in.varInt() < 0 || in.field(2) == null) {
            return Optional.empty();
        }
        int level = in.u8();
        int flags = in.u8();
        boolean five = level == 5;
        if (level < 0 || flags < 0 || in.u16() < 0 || five && in.field(0) == null) {
            return Optional.empty();
        }
        List<Read> read = new ArrayList<>();
        List<Field> announced = announced(flags, five);
        List<Field> missing = new ArrayList<>();
        for (Field f : announced) {
            int at = in.at;
            byte[] value = missing.isEmpty() ? in.field(f == Field.WILL_PROPERTIES ? 0 : 2) : null;
            if (value == null) {
                missing.add(f);
            } else {
                read.add(new Read(f, at, value));
            }
        }
        List<Read> unannounced = List.of();
        if (missing.isEmpty() && in.at < frame.length) {
            unannounced = unannounced(frame, in.at, announced.get(announced.size() - 1), five);
        }
        int unreadable = unannounced.isEmpty() ? frame.length - Math.min(in.at, frame.length) : 0;
        return Optional.of(new ConnectPayload(flags, read, missing, unannounced, unreadable));
    }

    /** The fields the connect flags announce, in payload order. */
    private static List<Field> announced(int flags, boolean five) {
        List<Field> fields = new ArrayList<>(List.of(Field.CLIENT_ID));
        if ((flags & WILL_FLAG) != 0) {
            if (five) {
                fields.add(Field.WILL_PROPERTIES);
            }
            fields.add(Field.WILL_TOPIC);
            fields.add(Field.WILL_PAYLOAD);
        }
        if ((flags & USER_NAME_FLAG) != 0) {
            fields.add(Field.USER_NAME);
        }
        if ((flags & PASSWORD_FLAG) != 0) {
            fields.add(Field.PASSWORD);
        }
        return fields;
    }

    /**
     * The bytes after the last announced field read as the fields that may follow it unannounced, in payload order;
     * the will's fields only when the bytes hold them all (else they are read as user name and password). Empty when
     * the bytes cannot be read to their end either way.
     */
    private static List<Read> unannounced(byte[] frame, int at, Field last, boolean five) {
        List<Field> after = new ArrayList<>();
        for (Field f : Field.values()) {
            if (f.ordinal() > last.ordinal() && (five || f != Field.WILL_PROPERTIES)) {
                after.add(f);
            }
        }
        List<Read> withWill = readExactly(frame, at, after);
        if (!withWill.isEmpty() && withWill.stream().anyMatch(r -> r.field() == Field.WILL_PAYLOAD)) {
            return withWill;
        }
        return readExactly(frame, at, after.stream().filter(f -> f.ordinal() > Field.WILL_PAYLOAD.ordinal()).toList());
    }

    /** The given fields read in order to the frame's end; empty when they do not end exactly there. */
    private static List<Read> readExactly(byte[] frame, int at, List<Field> fields) {
        Cursor in = new Cursor(frame, at);
        List<Read> reads = new ArrayList<>();
        for (Field f : fields) {
            if (in.at == frame.length) {
                break;
            }
            int start = in.at;
            byte[] value = in.field(f == Field.WILL_PROPERTIES ? 0 : 2);
            if (value == null) {
                return List.of();
            }
            reads.add(new Read(f, start, value));
        }
        return in.at == frame.length ? reads : List.of();
    }

    public boolean willFlag() {
        return (flags & WILL_FLAG) != 0;
    }

    public int willQos() {
        return flags >> 3 & 3;
    }

    public boolean willRetain() {
        return (flags & 0x20) != 0;
    }

    public boolean userNameFlag() {
        return (flags & USER_NAME_FLAG) != 0;
    }

    public boolean passwordFlag() {
        return (flags & PASSWORD_FLAG) != 0;
    }

    /** The announced fields that were there, in order. */
    public List<Read> read() {
        return read;
    }

    /** The announced fields that were not there: the first whose bytes ran out, and every one after it. */
    public List<Field> missing() {
        return missing;
    }

    /** Fields after the last announced one, which the flags left out. */
    public List<Read> unannounced() {
        return unannounced;
    }

    /** How many bytes follow the last announced field that cannot be read as fields the flags left out. */
    public int unreadable() {
        return unreadable;
    }

    /** The announced field, if it was there. */
    public Optional<Read> field(Field field) {
        return read.stream().filter(r -> r.field() == field).findFirst();
    }

    /** Whether the payload holds exactly the fields its flags announce: none missing, nothing after them. */
    public boolean matchesFlags() {
        return missing.isEmpty() && unannounced.isEmpty() && unreadable == 0;
    }

    /** Why the bytes are not a UTF-8 Encoded String (ill-formed UTF-8, or U+0000), or empty when they are one. */
    public static Optional<String> notUtf8(byte[] value) {
        return RawFields.utf8(value).map(text -> text.indexOf('\0') >= 0 ? Optional.of("holds the null character U+0000")
                        : Optional.<String>empty())
                .orElseGet(() -> Optional.of("is not well-formed UTF-8 (bytes " + HexFormat.of().formatHex(value) + ")"));
    }

    /** Reads from a frame without ever throwing: -1 or null when the bytes run out. */
    private static final class Cursor {
        private final byte[] frame;
        private int at;

        Cursor(byte[] frame, int at) {
            this.frame = frame;
            this.at = at;
        }

        int u8() {
            return at < frame.length ? frame[at++] & 0xFF : -1;
        }

        int u16() {
            int hi = u8();
            int lo = u8();
            return hi < 0 || lo < 0 ? -1 : hi << 8 | lo;
        }

        int varInt() {
            int value = 0;
            for (int shift = 0; shift < 28; shift += 7) {
                int b = u8();
                if (b < 0) {
                    return -1;
                }
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            return -1;
        }

        /** A field with a two-byte length ({@code prefix} 2) or a Variable Byte Integer length (0); null if cut short. */
        byte[] field(int prefix) {
            int length = prefix == 2 ? u16() : varInt();
            if (length < 0 || at + length > frame.length) {
                return null;
            }
            byte[] value = java.util.Arrays.copyOfRange(frame, at, at + length);
            at += length;
            return value;
        }
    }
}
