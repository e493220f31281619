package org.iomt.standards.udi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The front asks one parser per issuing agency, and each carrier start is claimed by its own agency only. */
@Tag("small")
class UdiIssuerParsersTest {

    @Test
    void everyIssuerHasExactlyOneParser() {
        List<UdiIssuer> issuers = UdiParser.issuers().stream().map(UdiIssuerParser::issuer).toList();
        assertEquals(Arrays.asList(UdiIssuer.values()), issuers.stream().sorted().toList());
        assertEquals(UdiIssuer.values().length, issuers.stream().distinct().count());
    }

    @Test
    void eachCarrierStartIsClaimedByItsOwnIssuerOnly() {
        Map<String, UdiIssuer> starts = Map.of(
                "(01)10050428383077", UdiIssuer.GS1,
                "https://id.gs1.org/01/09520123456788", UdiIssuer.GS1,
                "+H123PARTNO1234567890120/$$420020216LOT123456789012345/SXYZ456789012345678/16D20130202C", UdiIssuer.HIBCC,
                "=/A99971234567890", UdiIssuer.ICCBBA,
                "&)1234567890", UdiIssuer.ICCBBA,
                "[)><RS>06<GS>9N111234567842<RS><EOT>", UdiIssuer.IFA);
        starts.forEach((text, issuer) -> {
            UdiCarrier carrier = UdiCarrier.of(text);
            List<UdiIssuer> claimants = UdiParser.issuers().stream().filter(p -> p.matches(carrier))
                    .map(UdiIssuerParser::issuer).collect(Collectors.toList());
            assertEquals(List.of(issuer), claimants, text);
        });
    }
}
