package org.iomt.suites.runner;

/** Part 1 of the broker fault catalogue: the faults whose ordinal leaves 1 divided by {@value #PARTS}. */
class BrokerFaultCatalogue1Test extends BrokerFaultCatalogue {

    @Override
    int part() {
        return 1;
    }
}
