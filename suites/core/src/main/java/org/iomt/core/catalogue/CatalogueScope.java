package org.iomt.core.catalogue;

import java.util.Map;
import java.util.Set;

/**
 * Which rows of the catalogue bind a device class: for each role the class plays, the sets whose rows of that role
 * it is held to. A row of role {@value #BOTH} binds the client and the server role alike.
 *
 * @param setsByRole for each role the class plays, the sets of the rows of that role that apply to it
 */
public record CatalogueScope(Map<String, Set<String>> setsByRole) {

    /** The role of a row that binds client and server alike, as the MQTT rows written for either side do. */
    public static final String BOTH = "both";

    public CatalogueScope {
        setsByRole = Map.copyOf(setsByRole);
    }

    /** Whether the row binds the device class: it is of a role the class plays, in a set held to that role. */
    public boolean covers(Requirement row) {
        Set<String> roles = BOTH.equals(row.role()) ? Set.of("client", "server") : Set.of(row.role());
        return roles.stream().anyMatch(role -> setsByRole.getOrDefault(role, Set.of()).contains(row.set()));
    }
}
