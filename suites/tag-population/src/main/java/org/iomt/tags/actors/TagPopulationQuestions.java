package org.iomt.tags.actors;

import org.iomt.core.model.Outcome;
import org.iomt.core.profile.Profile;
import org.iomt.core.run.ActiveRun;
import org.iomt.standards.epc.EpcRules;
import org.iomt.tags.checks.EpcBankRuleCheck;
import org.iomt.tags.checks.TagClaimCheck;
import org.iomt.tags.checks.TagLabelCheck;
import org.iomt.tags.checks.UniqueEpcCheck;
import org.iomt.tags.profile.TagKeys;

import java.util.Set;

/** The questions a scenario asks about a tag population, each a check with its parameters from the profile. */
public final class TagPopulationQuestions {

    private final TagPopulationObservation population;
    private final Profile profile;

    public TagPopulationQuestions(ActiveRun run) {
        this.population = run.observation(TagPopulationObservation.class);
        this.profile = run.profile();
    }

    public void hasBeenRead() {
        population.tags();
    }

    /** Each EPC starts with an assigned header and has its scheme's length: it is an EPC this standard defines. */
    public Outcome assignedHeaders(String req) {
        return population.judge(new EpcBankRuleCheck(req, Set.of(EpcRules.INPUT_SYNTAX, EpcRules.LENGTH, EpcRules.UNPROGRAMMED,
                EpcRules.TID_NOT_EPC, EpcRules.HEADER_RESERVED, EpcRules.SCHEME_UNSUPPORTED, EpcRules.NOT_EPC_TOGGLE)));
    }

    public Outcome validPartitions(String req) {
        return population.judge(new EpcBankRuleCheck(req, Set.of(EpcRules.PARTITION_RANGE, EpcRules.DIGIT_COUNT)));
    }

    public Outcome fieldValuesWithinLimits(String req) {
        return population.judge(new EpcBankRuleCheck(req, Set.of(EpcRules.FIELD_OVER_LIMIT, EpcRules.FIELD_EMPTY,
                EpcRules.SERIAL_LEADING_ZERO, EpcRules.NON_DIGIT, EpcRules.SERIAL_CHARSET, EpcRules.SERIAL_ESCAPE,
                EpcRules.PADDING_NONZERO, EpcRules.FILTER_RANGE)));
    }

    public Outcome storedCrc(String req) {
        return population.judge(new EpcBankRuleCheck(req, Set.of(EpcRules.CRC_MISMATCH)));
    }

    public Outcome protocolControlLength(String req) {
        return population.judge(new EpcBankRuleCheck(req, Set.of(EpcRules.PC_LENGTH, EpcRules.BANK_LENGTH, EpcRules.XPC_MISSING)));
    }

    public Outcome claimedSchemes(String req) {
        return population.judge(TagClaimCheck.claimedScheme(req, Set.copyOf(profile.get(TagKeys.EPC_SCHEMES))));
    }

    public Outcome claimedFilters(String req) {
        return population.judge(TagClaimCheck.claimedFilter(req, profile.get(TagKeys.EPC_FILTERS)));
    }

    public Outcome claimedCompanyPrefixes(String req) {
        return population.judge(TagClaimCheck.claimedCompanyPrefix(req, Set.copyOf(profile.get(TagKeys.COMPANY_PREFIXES))));
    }

    public Outcome labelCheckDigits(String req) {
        return population.judge(TagLabelCheck.checkDigits(req));
    }

    public Outcome labelsMatchEpcs(String req) {
        return population.judge(TagLabelCheck.matchesEpc(req));
    }

    public Outcome uniqueEpcs(String req) {
        return population.judge(new UniqueEpcCheck(req));
    }
}
