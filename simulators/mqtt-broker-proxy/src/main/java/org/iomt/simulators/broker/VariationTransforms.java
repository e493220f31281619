package org.iomt.simulators.broker;

/** What each {@link BrokerVariation} does on the wire: a fresh transform per connection, since some keep state. */
final class VariationTransforms {

    private VariationTransforms() {
    }

    static PacketTransform of(BrokerVariation variation) {
        return switch (variation) {
            case QOS_DOWNGRADED_ON_GRANT -> new QosDowngradedOnGrant();
            case ONE_IN_FLIGHT -> new OneInFlight();
            case DOLLAR_PUBLISH_REFUSED -> new DollarPublishRefused();
        };
    }
}
