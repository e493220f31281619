package org.iomt.broker.target;

import org.iomt.core.cli.SimulatorOptions;
import org.iomt.core.spi.FaultNames;
import org.iomt.core.spi.UnknownFaultException;
import org.iomt.reports.ExitCodes;
import org.iomt.simulators.broker.BrokerFault;
import org.iomt.simulators.broker.BrokerVariation;
import org.iomt.simulators.broker.FaultyBrokerProxy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code iomt simulate mqtt-broker-proxy}: a faulty MQTT broker made of a proxy in front of the real broker at
 * --upstream, with the --fault faults and the --variation variations switched on (docs/broker-proxy.md).
 */
@Command(name = "mqtt-broker-proxy", mixinStandardHelpOptions = true,
        description = "A faulty MQTT broker: a proxy in front of the real, conformant broker at --upstream.")
public final class BrokerProxySimulation implements Callable<Integer> {

    @Option(names = "--upstream", paramLabel = "HOST:PORT", description = "The real, conformant broker behind the proxy "
            + "(required unless --list-faults).")
    String upstream;

    @Option(names = "--listen", paramLabel = "HOST:PORT", description = "Where clients connect "
            + "(default: 127.0.0.1:1884; port 0 picks a free one).")
    String listen = "127.0.0.1:1884";

    @Option(names = "--variation", paramLabel = "NAME", description = "Give the broker a behaviour the standards allow; "
            + "repeatable (the variations are listed in docs/broker-proxy.md).")
    List<String> variations = new ArrayList<>();

    @Mixin
    SimulatorOptions options;

    @Override
    public Integer call() throws InterruptedException {
        if (options.listFaults) {
            return SimulatorOptions.listFaults(List.of(BrokerFault.values()));
        }
        Optional<InetSocketAddress> upstreamAddress = SimulatorOptions.address("--upstream", upstream, false);
        Optional<InetSocketAddress> listenAddress = upstreamAddress.isEmpty() ? Optional.empty()
                : SimulatorOptions.address("--listen", listen, true);
        if (listenAddress.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Set<BrokerFault> faults;
        try {
            faults = FaultNames.parse(BrokerFault.class, options.faults, "MQTT broker proxy");
        } catch (UnknownFaultException e) {
            return SimulatorOptions.badInput(e.getMessage());
        }
        Set<BrokerVariation> allowed;
        try {
            allowed = BrokerVariations.parse(variations);
        } catch (BrokerVariations.UnknownVariationException e) {
            return SimulatorOptions.badInput(e.getMessage());
        }
        try (FaultyBrokerProxy proxy = FaultyBrokerProxy.start(listenAddress.get(), upstreamAddress.get(), faults, allowed)) {
            InetSocketAddress at = proxy.address();
            System.out.printf("MQTT broker proxy on %s:%d for %s%s%s; Ctrl-C stops it%n", at.getHostString(), at.getPort(),
                    upstream, faults.isEmpty() ? "" : " with faults " + faults.stream().map(BrokerFault::label).sorted().toList(),
                    allowed.isEmpty() ? "" : " with variations " + allowed.stream().map(BrokerVariation::label).sorted().toList());
            options.awaitStop();
        } catch (IOException e) {
            return SimulatorOptions.badInput("cannot listen on " + listen + ": " + e.getMessage());
        }
        return ExitCodes.CERTIFIED;
    }
}
