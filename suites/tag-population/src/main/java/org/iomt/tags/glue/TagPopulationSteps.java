package org.iomt.tags.glue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.iomt.core.glue.ScenarioVerdicts;
import org.iomt.core.run.ActiveRun;
import org.iomt.tags.actors.TagPopulationQuestions;

/** Steps about a population of UHF RFID tags: what their EPC banks hold and whether it is what the product claims. */
public final class TagPopulationSteps {

    private final ScenarioVerdicts verdict;
    private final TagPopulationQuestions tags;

    public TagPopulationSteps(ScenarioVerdicts verdict) {
        this.verdict = verdict;
        this.tags = new TagPopulationQuestions(ActiveRun.current());
    }

    @Given("the tag population has been read")
    public void thePopulationHasBeenRead() {
        tags.hasBeenRead();
    }

    @Then("every EPC starts with an assigned header and has its scheme's length")
    public void everyEpcHasAnAssignedHeader() {
        verdict.require(tags.assignedHeaders(verdict.requirement()));
    }

    @Then("every EPC has a partition value its scheme's table defines")
    public void everyEpcHasAValidPartition() {
        verdict.require(tags.validPartitions(verdict.requirement()));
    }

    @Then("every field of every EPC stays within the limits of its encoding")
    public void everyFieldIsWithinItsLimits() {
        verdict.require(tags.fieldValuesWithinLimits(verdict.requirement()));
    }

    @Then("every tag's StoredCRC matches its PC and EPC")
    public void everyStoredCrcMatches() {
        verdict.require(tags.storedCrc(verdict.requirement()));
    }

    @Then("every tag's PC word states the length of its EPC")
    public void everyPcStatesTheLength() {
        verdict.require(tags.protocolControlLength(verdict.requirement()));
    }

    @Then("every tag uses a claimed EPC scheme")
    public void everyTagUsesAClaimedScheme() {
        verdict.require(tags.claimedSchemes(verdict.requirement()));
    }

    @Then("every tag uses a filter value claimed for its scheme")
    public void everyTagUsesAClaimedFilter() {
        verdict.require(tags.claimedFilters(verdict.requirement()));
    }

    @Then("every tag is encoded under a claimed company prefix")
    public void everyTagUsesAClaimedPrefix() {
        verdict.require(tags.claimedCompanyPrefixes(verdict.requirement()));
    }

    @Then("every label barcode's GTIN has a valid check digit")
    public void everyLabelHasValidCheckDigits() {
        verdict.require(tags.labelCheckDigits(verdict.requirement()));
    }

    @Then("every tag's EPC and its label barcode name the same item")
    public void everyEpcMatchesItsLabel() {
        verdict.require(tags.labelsMatchEpcs(verdict.requirement()));
    }

    @Then("no two tags carry the same EPC")
    public void noTwoTagsShareAnEpc() {
        verdict.require(tags.uniqueEpcs(verdict.requirement()));
    }
}
