package org.iomt.standards.epc;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Throughput of decoding and fully validating SGTIN-96 hex (target: at least 1,000,000 per second on one core). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Sgtin96DecodeBenchmark {
    /** The TDS appendix SGTIN-96 example and variations of its serial, so the JIT cannot fold one input. */
    private final String[] tags = {
            "3074257BF7194E4000001A85", "3074257BF7194E4000001A86", "3074257BF7194E4000001A87",
            "3074257BF7194E40000FFFFF", "3034257BF7194E4000001A85", "3074257BF7194E7FFFFFFFFF",
            "3074257BF7194E4000000000", "3074257BF7194E4000001234"};
    private int i;

    @Benchmark
    public boolean decodeAndValidate() {
        EpcDecoding d = EpcBinaryCodec.decodeHex(tags[i++ & 7]);
        return d.valid();
    }

    @Benchmark
    public String decodeToPureIdentityUri() {
        return EpcBinaryCodec.decodeHex(tags[i++ & 7]).epc().orElseThrow().pureIdentityUri();
    }
}
