package org.cpsim.experiments.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which policy changes a chart of several scenarios marks. */
final class PolicyMarkers {
    private PolicyMarkers() {}

    /**
     * With one timeline, all its changes. With several, only the changes not shared by all of them:
     * the shared history is the backdrop, the differences are the options being compared. One marker
     * per date, in date order.
     */
    static List<PolicyChange> choose(List<List<PolicyChange>> timelines) {
        List<List<PolicyChange>> given = timelines.stream().filter(t -> !t.isEmpty()).toList();
        List<PolicyChange> candidates = new ArrayList<>();
        if (given.size() == 1) {
            candidates.addAll(given.get(0));
        } else {
            for (List<PolicyChange> t : given) {
                for (PolicyChange c : t) if (!given.stream().allMatch(other -> other.contains(c))) candidates.add(c);
            }
        }
        Map<java.time.LocalDate, PolicyChange> byDate = new LinkedHashMap<>();
        for (PolicyChange c : candidates) byDate.putIfAbsent(c.date(), c);
        List<PolicyChange> out = new ArrayList<>(byDate.values());
        out.sort(Comparator.comparing(PolicyChange::date));
        return out;
    }
}
