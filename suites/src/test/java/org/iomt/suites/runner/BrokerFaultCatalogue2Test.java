package org.iomt.suites.runner;

/** Part 2 of the broker fault catalogue: the faults whose ordinal leaves 2 divided by {@value #PARTS}. */
class BrokerFaultCatalogue2Test extends BrokerFaultCatalogue {

    @Override
    int part() {
        return 2;
    }
}
