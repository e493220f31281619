package org.iomt.standards.senml;

import static org.iomt.standards.senml.RfcExamples.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("small")
class SenmlResolverTest {
    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

    @Test
    void baseValueAndBaseSumAreAdded() throws Exception {
        List<ResolvedRecord> r = SenmlResolver.resolve(SenmlJsonDecoder.decode(bytes(
                "[{\"bn\":\"m\",\"bv\":100,\"bs\":1000,\"v\":5,\"s\":7},{\"v\":-1},{\"vs\":\"x\"}]")), NOW);
        assertEquals(Optional.of(105.0), r.get(0).value());
        assertEquals(Optional.of(1007.0), r.get(0).sum());
        assertEquals(Optional.of(99.0), r.get(1).value());
        assertEquals(Optional.of(1000.0), r.get(1).sum());
        assertEquals(Optional.empty(), r.get(2).value());
    }

    @Test
    void oddInputDoesNotThrow() throws Exception {
        SenmlPack odd = SenmlJsonDecoder.decode(bytes("[{\"bn\":5,\"bt\":\"x\",\"t\":1e308,\"v\":true},"
                + "{\"t\":-1e308},{\"bt\":1e300,\"t\":1e300,\"n\":[]},{\"u\":null,\"bu\":\"A\",\"v\":1}]"));
        List<ResolvedRecord> r = SenmlResolver.resolve(odd, NOW);
        assertEquals(4, r.size());
        assertEquals(Optional.empty(), r.stream().filter(x -> x.unit().isPresent()).findAny().flatMap(ResolvedRecord::unit));
        SenmlResolver.resolve(new SenmlPack(List.of()), NOW);
    }
}
