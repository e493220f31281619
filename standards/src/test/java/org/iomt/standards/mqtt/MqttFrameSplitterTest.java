package org.iomt.standards.mqtt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("small")
class MqttFrameSplitterTest {

    static final byte[] PINGREQ = Bytes.of(0xC0, 0x00);
    static final byte[] PUBACK = Bytes.of(0x40, 0x02, 0x00, 0x07);
    static final byte[] BIG_PUBLISH = bigPublish();

    static byte[] bigPublish() {
        byte[] payload = new byte[200];                 // remaining length 205 needs two bytes: 0xCD 0x01
        return Bytes.concat(Bytes.of(0x30, 0xCD, 0x01, 0x00, 0x03, 'a', '/', 'b'), payload);
    }

    static byte[] stream() {
        return Bytes.concat(PINGREQ, BIG_PUBLISH, PUBACK, SpecVectorsTest.CONNECT_311);
    }

    static void assertFrames(List<byte[]> frames) {
        assertEquals(4, frames.size());
        assertArrayEquals(PINGREQ, frames.get(0));
        assertArrayEquals(BIG_PUBLISH, frames.get(1));
        assertArrayEquals(PUBACK, frames.get(2));
        assertArrayEquals(SpecVectorsTest.CONNECT_311, frames.get(3));
    }

    @Test
    void byteByByteYieldsEachFrameWhenItsLastByteArrives() throws Exception {
        MqttFrameSplitter splitter = new MqttFrameSplitter(1024);
        byte[] s = stream();
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            List<byte[]> done = splitter.feed(s, i, 1);
            frames.addAll(done);
            if (i == 1) {
                assertEquals(1, done.size());
            }
        }
        assertFrames(frames);
        assertEquals(0, splitter.pendingBytes());
    }

    @Test
    void oddChunksSplitHeadersAndBodies() throws Exception {
        for (int chunk : new int[] {2, 3, 5, 7, 13, 64, 1000}) {
            MqttFrameSplitter splitter = new MqttFrameSplitter(1024);
            byte[] s = stream();
            List<byte[]> frames = new ArrayList<>();
            for (int i = 0; i < s.length; i += chunk) {
                frames.addAll(splitter.feed(s, i, Math.min(chunk, s.length - i)));
            }
            assertFrames(frames);
        }
    }

    @Test
    void incompleteFrameWaits() throws Exception {
        MqttFrameSplitter splitter = new MqttFrameSplitter(1024);
        assertEquals(List.of(), splitter.feed(PUBACK, 0, 3));
        assertEquals(3, splitter.pendingBytes());
        assertEquals(1, splitter.feed(PUBACK, 3, 1).size());
    }

    @Test
    void framesDecode() throws Exception {
        MqttFrameSplitter splitter = new MqttFrameSplitter(1024);
        byte[] s = stream();
        for (byte[] frame : splitter.feed(s, 0, s.length)) {
            MqttDecoder.decode(frame, MqttVersion.V3_1_1);
        }
    }

    @Test
    void fiveByteRemainingLengthIsRefused() {
        MqttFrameSplitter splitter = new MqttFrameSplitter(Integer.MAX_VALUE);
        byte[] bad = Bytes.concat(PINGREQ, Bytes.of(0x30, 0xFF, 0xFF, 0xFF, 0xFF, 0x01));
        MalformedPacketException e = assertThrows(MalformedPacketException.class, () -> splitter.feed(bad, 0, bad.length));
        assertEquals("MQTT-malformed", e.ruleId());
        assertEquals(7, e.offset());
    }

    @Test
    void packetOverTheMaximumIsRefusedAsSoonAsItsLengthIsKnown() throws Exception {
        MqttFrameSplitter splitter = new MqttFrameSplitter(100);
        splitter.feed(PINGREQ, 0, 2);
        splitter.feed(BIG_PUBLISH, 0, 2);
        MalformedPacketException e = assertThrows(MalformedPacketException.class, () -> splitter.feed(BIG_PUBLISH, 2, 1));
        assertEquals(2, e.offset());
    }
}
