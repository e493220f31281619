package org.iomt.standards.senml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("small")
class SenmlJsonEncoderTest {

    private static String json(SenmlPack pack) {
        return new String(SenmlJsonEncoder.encode(pack), StandardCharsets.UTF_8);
    }

    @Test
    void builderWritesLabelsInCallOrder() {
        SenmlPack pack = SenmlPack.of(SenmlRecord.builder().baseName("urn:dev:ow:10e2073a01080063:")
                .baseTime(1.7e9).name("temp").unit("Cel").value(36.6).build());
        assertEquals("[{\"bn\":\"urn:dev:ow:10e2073a01080063:\",\"bt\":1.7e9,\"n\":\"temp\",\"u\":\"Cel\",\"v\":36.6}]",
                json(pack));
    }

    @Test
    void doublesGoOutWithTheLowerCaseExponentSenmlRequires() throws Exception {
        SenmlPack pack = SenmlPack.of(SenmlRecord.builder().baseName("urn:dev:ow:10e2073a01080063:")
                .baseTime(1795680690.858).name("temp").unit("Cel").value(36.6).build());
        assertEquals(List.of(), SenmlValidator.validate(SenmlJsonDecoder.decode(SenmlJsonEncoder.encode(pack))));
    }

    @Test
    void faultsReachTheWireUnchanged() throws Exception {
        SenmlPack pack = SenmlPack.of(SenmlRecord.builder().name("temp").field("v", "36.6").field("u", 1)
                .field("cal_", List.of(1, 2)).field("t", SenmlNumberNode.of("-5E0")).build());
        String wire = json(pack);
        assertEquals("[{\"n\":\"temp\",\"v\":\"36.6\",\"u\":1,\"cal_\":[1,2],\"t\":-5E0}]", wire);
        List<SenmlRule> rules = SenmlValidator.validate(SenmlJsonDecoder.decode(SenmlJsonEncoder.encode(pack)))
                .stream().map(SenmlFinding::rule).toList();
        assertEquals(List.of(SenmlRule.FIELD_TYPE, SenmlRule.FIELD_TYPE, SenmlRule.MUST_UNDERSTAND,
                SenmlRule.NUMBER_EXPONENT_LOWERCASE), rules);
    }
}
