package org.iomt.simulators.tags;

import org.iomt.standards.epc.Epc;
import org.iomt.standards.epc.EpcBank;
import org.iomt.standards.epc.EpcException;
import org.iomt.standards.epc.EpcScheme;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The reference tag population of a hospital: sterile kits and uniforms (SGTIN-96), waste containers (GRAI-96),
 * beds and pumps (GIAI-96), transport cases (SSCC-96) and infant bands (GSRN-96), as a reader reports their EPC
 * banks. Conformant by default; each {@link TagFault} spoils one tag as it describes.
 */
public final class TagPopulation {

    /** The first tag a fault spoils; each fault has its own tag, so that faults switched on together do not mix. */
    static final int SPOILED = 3;
    private static final int SPACING = 5;
    /** Where the GTIN's check digit stands in a label "(01)" + 14 digits. */
    private static final int GTIN_CHECK_DIGIT = 17;
    private static final Map<EpcScheme, String> ASSETS = Map.of(
            EpcScheme.SGTIN_96, "sterile instrument kit",
            EpcScheme.SGTIN_198, "surgical gown",
            EpcScheme.GRAI_96, "clinical waste container",
            EpcScheme.GIAI_96, "infusion pump",
            EpcScheme.SSCC_96, "linen transport cage",
            EpcScheme.GSRN_96, "newborn security band");

    /** The schemes the population can make, in the order an unclaimed one is picked for the unclaimed-scheme fault. */
    public static final List<EpcScheme> MAKEABLE = List.of(EpcScheme.SSCC_96, EpcScheme.GSRN_96, EpcScheme.GRAI_96,
            EpcScheme.GIAI_96, EpcScheme.SGTIN_198, EpcScheme.SGTIN_96);

    private TagPopulation() {
    }

    /** A scheme the population can make that the settings do not claim, for the unclaimed-scheme fault. */
    public static java.util.Optional<EpcScheme> unclaimedScheme(PopulationSettings s) {
        return MAKEABLE.stream().filter(x -> !s.schemes().contains(x)).findFirst();
    }

    /** Every tag of the population, in reading order; the same settings give the same population. */
    public static List<TagRead> generate(PopulationSettings settings) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        List<TagRead> tags = new ArrayList<>(settings.size());
        for (int i = 0; i < settings.size(); i++) {
            EpcScheme scheme = settings.schemes().get(i % settings.schemes().size());
            tags.add(spoil(settings, i, scheme, tag(settings, scheme, settings.companyPrefix(), random), tags));
        }
        return tags;
    }

    private static TagRead tag(PopulationSettings s, EpcScheme scheme, String companyPrefix, SplittableRandom random) {
        int filter = s.filters().getOrDefault(scheme, 0);
        Epc epc = new Epc(scheme, filter, fields(scheme, companyPrefix, random));
        String bank;
        try {
            bank = EpcBank.encode(epc);
        } catch (EpcException e) {
            throw new IllegalArgumentException("the population cannot encode " + scheme.tagUriName() + " under company prefix "
                    + companyPrefix + ": " + e.getMessage(), e);
        }
        String label = epc.elementString().stream().map(ai -> "(" + ai.ai() + ")" + ai.value()).collect(Collectors.joining());
        return new TagRead(bank, "", ASSETS.getOrDefault(scheme, scheme.tagUriName()), label);
    }

    private static List<String> fields(EpcScheme scheme, String companyPrefix, SplittableRandom random) {
        int l = companyPrefix.length();
        String serial = Long.toString(1 + random.nextLong(1L << 37));
        return switch (scheme) {
            case SGTIN_96 -> List.of(companyPrefix, digits(13 - l, random), serial);
            case SGTIN_198 -> List.of(companyPrefix, digits(13 - l, random), "G" + serial);
            case GRAI_96 -> List.of(companyPrefix, digits(12 - l, random), serial);
            case GIAI_96 -> List.of(companyPrefix, Long.toString(1 + random.nextLong(1L << 30)));
            case SSCC_96, GSRN_96 -> List.of(companyPrefix, digits(17 - l, random));
            default -> throw new IllegalArgumentException("the population simulator makes no " + scheme.tagUriName() + " tags");
        };
    }

    /** A number of exactly n digits, leading zeros allowed (references are fixed-length digit strings). */
    private static String digits(int n, SplittableRandom random) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    /** The tag a fault spoils: its own, as long as the population is large enough, else one shared with others. */
    static int spoiledTag(TagFault fault, int size) {
        return (SPOILED + SPACING * fault.ordinal()) % size;
    }

    private static TagRead spoil(PopulationSettings all, int index, EpcScheme scheme, TagRead tag, List<TagRead> before) {
        Set<TagFault> here = EnumSet.noneOf(TagFault.class);
        all.faults().stream().filter(f -> spoiledTag(f, all.size()) == index).forEach(here::add);
        if (here.isEmpty()) {
            return tag;
        }
        PopulationSettings s = new PopulationSettings(all.size(), all.seed(), all.schemes(), all.filters(), all.companyPrefix(), here);
        String epc = tag.epcBank().substring(8);
        String asset = tag.asset();
        String label = tag.label();
        TagRead replacement = null;
        if (s.has(TagFault.WRONG_HEADER)) {
            epc = "42" + epc.substring(2);
        }
        if (s.has(TagFault.TID_AS_EPC)) {
            epc = "E2801160200020A1B2C3D4E5";
        }
        if (s.has(TagFault.UNPROGRAMMED_TAG)) {
            epc = "0".repeat(24);
        }
        if (s.has(TagFault.BAD_PARTITION) || s.has(TagFault.FIELD_OVER_LIMIT)) {
            asset = epc.startsWith("30") ? asset : ASSETS.get(EpcScheme.SGTIN_96);
        }
        if (s.has(TagFault.BAD_PARTITION)) {
            epc = withBits(sgtin(s, epc), 11, 3, 7);
        }
        if (s.has(TagFault.FIELD_OVER_LIMIT)) {
            String sgtin = sgtin(s, epc);
            int partition = (int) bits(sgtin, 11, 3);
            int companyBits = new int[] {40, 37, 34, 30, 27, 24, 20}[partition];
            int itemBits = 44 - companyBits;
            epc = withBits(sgtin, 14 + companyBits, itemBits, (1L << itemBits) - 1);
        }
        if (s.has(TagFault.FILTER_NOT_CLAIMED)) {
            int claimed = s.filters().getOrDefault(scheme, 0);
            epc = withBits(epc, 8, 3, (claimed + 1) % 8 == 3 ? (claimed + 2) % 8 : (claimed + 1) % 8);
        }
        if (s.has(TagFault.UNCLAIMED_SCHEME)) {
            EpcScheme other = unclaimedScheme(s).orElseThrow(() -> new IllegalArgumentException(
                    "unclaimed-scheme needs a scheme the profile does not claim among " + MAKEABLE));
            replacement = tag(s, other, s.companyPrefix(), new SplittableRandom(index));
        }
        if (s.has(TagFault.FOREIGN_COMPANY_PREFIX)) {
            String prefix = s.companyPrefix();
            String foreign = prefix.substring(0, prefix.length() - 1) + (prefix.endsWith("2") ? "3" : "2");
            replacement = tag(s, scheme, foreign, new SplittableRandom(index));
        }
        if (s.has(TagFault.DUPLICATE_EPC)) {
            replacement = before.get(0);
        }
        if (replacement != null) { // another item's tag, label and all
            epc = replacement.epcBank().substring(8);
            asset = replacement.asset();
            label = replacement.label();
        }
        if (s.has(TagFault.BAD_GTIN_CHECK_DIGIT) || s.has(TagFault.LEADING_ZERO_SERIAL)) {
            TagRead item = tag(s, EpcScheme.SGTIN_96, s.companyPrefix(), new SplittableRandom(index));
            epc = item.epcBank().substring(8);
            asset = item.asset();
            label = item.label();
            if (s.has(TagFault.BAD_GTIN_CHECK_DIGIT)) {
                int check = label.charAt(GTIN_CHECK_DIGIT) - '0';
                label = label.substring(0, GTIN_CHECK_DIGIT) + (check + 1) % 10 + label.substring(GTIN_CHECK_DIGIT + 1);
            }
            if (s.has(TagFault.LEADING_ZERO_SERIAL)) {
                label = label.replace("(21)", "(21)0");
            }
        }
        int words = epc.length() / 4;
        if (s.has(TagFault.PC_LENGTH_MISMATCH)) {
            epc = epc + "0000";
            words++;
        }
        String pcAndEpc = String.format("%04X", words << 11) + epc;
        int crc = EpcBank.crc16(HexFormat.of().parseHex(pcAndEpc), 0, pcAndEpc.length() / 2);
        if (s.has(TagFault.BAD_CRC)) {
            crc ^= 0x00FF;
        }
        return new TagRead(String.format("%04X", crc) + pcAndEpc.toUpperCase(Locale.ROOT), tag.tid(), asset, label);
    }

    /** The faults that need an SGTIN-96 tag find one: the spoiled tag is re-made as SGTIN-96 when it is not one. */
    private static String sgtin(PopulationSettings s, String epc) {
        if (epc.startsWith("30")) {
            return epc;
        }
        return tag(s, EpcScheme.SGTIN_96, s.companyPrefix(), new SplittableRandom(SPOILED)).epcBank().substring(8);
    }

    private static long bits(String hex, int from, int count) {
        return new BigInteger(hex, 16).shiftRight(hex.length() * 4 - from - count).and(BigInteger.ONE.shiftLeft(count).subtract(BigInteger.ONE))
                .longValue();
    }

    private static String withBits(String hex, int from, int count, long value) {
        int total = hex.length() * 4;
        BigInteger mask = BigInteger.ONE.shiftLeft(count).subtract(BigInteger.ONE).shiftLeft(total - from - count);
        BigInteger v = new BigInteger(hex, 16).andNot(mask).or(BigInteger.valueOf(value).shiftLeft(total - from - count));
        String out = v.toString(16).toUpperCase(Locale.ROOT);
        return "0".repeat(hex.length() - out.length()) + out;
    }
}
