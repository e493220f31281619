package org.iomt.core.spi;

import org.iomt.core.catalogue.CatalogueScope;
import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileException;
import org.iomt.core.profile.ProfileKey;
import org.iomt.simulators.Fault;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A device class the suite certifies, as a plug-in: the core finds every provider on the class path with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.iomt.core.spi.DeviceClassProvider}) and asks it for
 * everything that differs from one class to another. Adding a class adds its module, its providers' entry and its
 * features; no file of the core changes.
 */
public interface DeviceClassProvider {

    /** The name profiles give as {@code device} and features tag with {@code @device:}, such as {@code mqtt-broker}. */
    String name();

    /** The target kinds a profile of the class may name; the first is the embedded default. */
    List<String> targetKinds();

    /** The target kinds that start a built-in simulator (or a proxy in front of a real peer): faults are switched on there. */
    Set<String> simulatedKinds();

    /**
     * The JSON Schema fragment for the class's profiles, as a class-path resource of the provider: a whole schema for
     * the profile document that describes the parts the class owns (its claims, target, timers and tolerances). The
     * core validates a profile against its own schema and against this one.
     */
    String profileSchema();

    /** Every key the class reads from a profile, typed, with its default, meaning and clause. */
    List<ProfileKey<?>> profileKeys();

    /** The rows of the requirement catalogue that bind the class: the roles it plays in the sets it is held to. */
    CatalogueScope scope();

    /** The packages of the class's step definitions. */
    List<String> gluePackages();

    /** The built-in simulator's fault catalogue. */
    List<? extends Fault> faults();

    /**
     * What the class checks of a profile before anything starts, beyond the schema and what the core checks (the
     * target kind is one of {@link #targetKinds()}, faults only on a simulated kind).
     */
    void preflight(Profile profile) throws ProfileException, UnknownFaultException;

    /** Makes the target of a run; started by the runner before the features run, closed after. */
    DeviceTarget target(Profile profile, TargetContext context) throws UnknownFaultException;

    /** Whether the class's scenarios are independent enough to run at the same time. */
    default boolean scenariosRunInParallel() {
        return false;
    }

    /**
     * The class's entry in {@code iomt simulate}: a picocli command object, named after its simulator, that runs it
     * standalone. Empty when the class has no standalone simulator.
     */
    default Optional<Object> simulator() {
        return Optional.empty();
    }

    /** How the suite's own tests prove the class's checks: its reference runs and one case per fault. */
    SelfTests selfTests();
}
