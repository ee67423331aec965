package dev.studybot.selection;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Picks the domain of the next post so that after n posts every domain has been picked within one of
 * {@code n × weight / totalWeight} times (the quota property).
 *
 * <p>Among the domains still under their quota for the next post, it takes the one whose next pick is due
 * earliest, {@code (count + 1) / weight} (Tijdeman's earliest-deadline rule). The plain "largest deficit" rule
 * (smooth weighted round-robin) was tried first and drifts to 1.2 off quota with five or more domains.
 * Integer arithmetic only, so the bound is exact.
 */
public final class DomainApportionment {

    private DomainApportionment() {}

    /**
     * @param weights domain number to a non-negative weight; zero-weight domains are never picked
     * @param counts domain number to how often it was picked since these weights took effect
     * @return the domain for the next post, empty when no domain has a positive weight
     */
    public static Optional<Integer> next(Map<Integer, Integer> weights, Map<Integer, Integer> counts) {
        long total = weights.values().stream().mapToLong(Integer::longValue).sum();
        long n = 1 + weights.keySet().stream().mapToLong(d -> counts.getOrDefault(d, 0)).sum();
        Integer best = null;
        for (var entry : new TreeMap<>(weights).entrySet()) {
            int domain = entry.getKey();
            long weight = entry.getValue();
            long count = counts.getOrDefault(domain, 0);
            if (weight <= 0 || count * total >= n * weight) {
                continue; // at or above its quota for post n
            }
            if (best == null || (count + 1) * weights.get(best) < (counts.getOrDefault(best, 0) + 1L) * weight) {
                best = domain;
            }
        }
        return Optional.ofNullable(best);
    }
}
