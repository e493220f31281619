package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A will the broker has published is gone from the session: when the client resumes that session without a will and
 * vanishes again, the old will is not published a second time. Judged beside a control, the will of another client
 * that vanishes afterwards, which a broker that publishes wills at all delivers.
 */
public final class WillRemovalCheck {

    private WillRemovalCheck() {
    }

    /**
     * @param deliveries everything the watching subscriber received on the status topic, once the control came or the
     *                   wait ended
     * @param will       the payload of the will, published once already
     * @param control    the payload of the control client's will
     */
    public static Outcome publishedOnce(String requirement, List<Evidence> deliveries, String will, String control) {
        List<Evidence> copies = deliveries.stream().filter(e -> DeliveryCheck.find(List.of(e), will).isPresent()).toList();
        Optional<Evidence> shown = DeliveryCheck.find(deliveries, control);
        String connection = deliveries.stream().map(Evidence::connection).findFirst().orElse("of the watching subscriber");
        if (copies.isEmpty()) {
            return Outcome.inconclusive("the will \"" + will + "\" never reached connection " + connection
                    + ", so its removal after publication shows nothing", deliveries);
        }
        List<Evidence> judged = new ArrayList<>(copies);
        shown.ifPresent(judged::add);
        if (copies.size() > 1) {
            return Outcome.judged(List.of(new Finding(requirement, "expected the will \"" + will + "\" to be published once, "
                    + "since the broker removes it once published; connection " + connection + " received it "
                    + copies.size() + " times, again after the client resumed its session without a will and vanished",
                    judged)), judged);
        }
        if (shown.isEmpty()) {
            return Outcome.inconclusive("the control will \"" + control + "\" of a client that vanished afterwards did not "
                    + "reach connection " + connection + " either, so the absence of a second copy shows nothing", deliveries);
        }
        return Outcome.judged(List.of(), judged);
    }
}
