package org.iomt.suites.runner;

/** Part 0 of the broker fault catalogue: the faults whose ordinal leaves 0 divided by {@value #PARTS}. */
class BrokerFaultCatalogue0Test extends BrokerFaultCatalogue {

    @Override
    int part() {
        return 0;
    }
}
