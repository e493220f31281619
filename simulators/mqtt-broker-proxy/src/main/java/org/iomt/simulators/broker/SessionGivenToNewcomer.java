package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connect;

/**
 * A CONNECT whose client identifier ends in "newcomer" reaches the broker under the same identifier ending in
 * "monitor" instead, so the broker gives the newcomer the session of the monitor of the same scenario, as a broker
 * that tells sessions apart by something other than the whole client identifier would.
 */
final class SessionGivenToNewcomer implements PacketTransform {

    private static final String NEWCOMER = "newcomer";
    private static final String OWNER = "monitor";

    @Override
    public void toBroker(Passage p) {
        p.packet(Connect.class).filter(c -> !p.session().connectSeen() && c.clientId().endsWith(NEWCOMER)).ifPresent(c ->
                p.replace(ConnectEdits.withClientId(c, c.clientId().substring(0, c.clientId().length() - NEWCOMER.length())
                        + OWNER)));
    }
}
