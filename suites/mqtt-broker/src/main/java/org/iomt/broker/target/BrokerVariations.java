package org.iomt.broker.target;

import org.iomt.simulators.broker.BrokerVariation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the names of the broker variations the proxy gives a mosquitto target (docs/broker-proxy.md). */
public final class BrokerVariations {

    private BrokerVariations() {
    }

    /** The variations named, or a message naming each unknown one and listing those there are. */
    public static Set<BrokerVariation> parse(List<String> names) throws UnknownVariationException {
        Set<BrokerVariation> variations = EnumSet.noneOf(BrokerVariation.class);
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            Optional<BrokerVariation> v = BrokerVariation.byLabel(name);
            v.ifPresentOrElse(variations::add, () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            throw new UnknownVariationException("unknown variation" + (unknown.size() > 1 ? "s " : " ")
                    + unknown.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))
                    + " for the MQTT broker proxy; its variations are: "
                    + Arrays.stream(BrokerVariation.values()).map(BrokerVariation::label).collect(Collectors.joining(", ")));
        }
        return variations;
    }

    /** A variation name that the catalogue does not have. */
    public static final class UnknownVariationException extends Exception {

        public UnknownVariationException(String message) {
            super(message);
        }
    }
}
