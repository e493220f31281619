package org.iomt.simulators.tags;

import org.iomt.standards.epc.EpcScheme;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the population is, as its profile claims it.
 *
 * @param size            number of tags
 * @param seed            seed of the pseudo-random serial numbers, so that a population can be made again
 * @param schemes         schemes the tags use, in turn
 * @param filters         the filter value each scheme's tags use
 * @param companyPrefix   the GS1 Company Prefix the tags are encoded under
 * @param faults          faults switched on
 */
public record PopulationSettings(int size, long seed, List<EpcScheme> schemes, Map<EpcScheme, Integer> filters,
                                 String companyPrefix, Set<TagFault> faults) {

    public PopulationSettings {
        schemes = List.copyOf(schemes);
        filters = Map.copyOf(filters);
        faults = Set.copyOf(faults);
    }

    public boolean has(TagFault fault) {
        return faults.contains(fault);
    }
}
