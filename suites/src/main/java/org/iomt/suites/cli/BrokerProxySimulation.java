package org.iomt.suites.cli;

import org.iomt.reports.ExitCodes;
import org.iomt.simulators.broker.BrokerFault;
import org.iomt.simulators.broker.FaultyBrokerProxy;
import org.iomt.suites.runner.FaultNames;
import org.iomt.suites.runner.UnknownFaultException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.Set;

/**
 * {@code iomt simulate mqtt-broker-proxy}: a faulty MQTT broker made of a proxy in front of the real broker at
 * --upstream, with the --fault faults switched on (docs/broker-proxy.md).
 */
final class BrokerProxySimulation {

    private BrokerProxySimulation() {
    }

    static int run(SimulateCommand options) throws InterruptedException {
        if (options.listFaults) {
            return SimulateCommand.listFaults(BrokerFault.values());
        }
        if (options.profileFile != null || options.broker != null) {
            return SimulateCommand.badInput((options.broker != null ? "--broker" : "--profile") + " is for "
                    + SimulateCommand.PATCH + "; the broker proxy takes --upstream, --listen and --fault");
        }
        Optional<InetSocketAddress> upstream = SimulateCommand.address("--upstream", options.upstream, false);
        Optional<InetSocketAddress> listen = upstream.isEmpty() ? Optional.empty()
                : SimulateCommand.address("--listen", options.listen, true);
        if (listen.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Set<BrokerFault> faults;
        try {
            faults = FaultNames.parse(BrokerFault.class, options.faults, "MQTT broker proxy");
        } catch (UnknownFaultException e) {
            return SimulateCommand.badInput(e.getMessage());
        }
        try (FaultyBrokerProxy proxy = FaultyBrokerProxy.start(listen.get(), upstream.get(), faults)) {
            InetSocketAddress at = proxy.address();
            System.out.printf("MQTT broker proxy on %s:%d for %s%s; Ctrl-C stops it%n", at.getHostString(), at.getPort(),
                    options.upstream, faults.isEmpty() ? "" : " with faults " + faults.stream().map(BrokerFault::label).sorted().toList());
            options.awaitStop();
        } catch (IOException e) {
            return SimulateCommand.badInput("cannot listen on " + options.listen + ": " + e.getMessage());
        }
        return ExitCodes.CERTIFIED;
    }
}
