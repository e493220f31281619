package org.iomt.patch.glue;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.iomt.core.glue.ScenarioVerdicts;
import org.iomt.core.run.ActiveRun;
import org.iomt.patch.actors.ReportingDeviceQuestions;

/** Steps about how a device reporting over TLS checks who its broker is, and proves who it is itself. */
public final class BrokerIdentitySteps {

    private final ScenarioVerdicts verdict;
    private final ReportingDeviceQuestions device;

    public BrokerIdentitySteps(ScenarioVerdicts verdict) {
        this.verdict = verdict;
        this.device = new ReportingDeviceQuestions(ActiveRun.current());
    }

    @When("the broker presents a certificate from a CA the device does not trust")
    public void theBrokerPresentsAnUntrustedCertificate() {
        device.metAnUntrustedCertificate();
    }

    @When("the broker presents a certificate its trusted CA issued for another host")
    public void theBrokerPresentsACertificateForAnotherHost() {
        device.metACertificateForAnotherHost();
    }

    @Then("the device refuses the untrusted certificate before sending any packet")
    public void theDeviceRefusesTheUntrustedCertificate() {
        verdict.require(device.refusedUntrustedCertificate(verdict.requirement()));
    }

    @Then("the device refuses the certificate for another host before sending any packet")
    public void theDeviceRefusesTheCertificateForAnotherHost() {
        verdict.require(device.refusedCertificateForAnotherHost(verdict.requirement()));
    }

    @Then("every CONNECT of the device over TLS carries a user name and password the broker accepts")
    public void everyConnectCarriesAcceptedCredentials() {
        verdict.require(device.acceptedCredentialsOverTls(verdict.requirement()));
    }
}
