package org.iomt.identification.cli;

import org.iomt.core.spi.CommandProvider;

/** Adds {@code iomt inspect} to the command line. */
public final class InspectCommandProvider implements CommandProvider {

    @Override
    public Object command() {
        return new InspectCommand();
    }
}
