package dev.studybot.selection;

import dev.studybot.bank.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Chooses the next question for a channel.
 *
 * <ol>
 *   <li>The domain comes from {@link DomainApportionment}, over the domains that have questions.
 *   <li>Within it, questions the channel has never seen come first; once all were seen, the least recently used.
 *   <li>Among unseen questions, the task statement the channel has seen least often in that domain is preferred,
 *       so task statements are spread; ties are broken at random.
 * </ol>
 */
public final class QuestionSelector {

    private QuestionSelector() {}

    /**
     * @param exam the channel's exam code
     * @param weights domain number to weight (the blueprint's, or the channel's focus override)
     * @param pool the bank
     * @param history the channel's past posts, oldest first
     */
    public static Optional<Question> next(String exam, Map<Integer, Integer> weights, List<Question> pool,
            List<PastPost> history, RandomGenerator random) {
        Map<Integer, List<Question>> byDomain = pool.stream()
                .filter(q -> q.domain(exam).isPresent())
                .collect(Collectors.groupingBy(q -> q.domain(exam).orElseThrow()));
        Map<Integer, Integer> eligible = new HashMap<>();
        weights.forEach((domain, weight) -> {
            if (weight > 0 && byDomain.containsKey(domain)) {
                eligible.put(domain, weight);
            }
        });
        Map<Integer, Integer> counts = new HashMap<>();
        history.stream().filter(PastPost::countsTowardWeights).forEach(p -> counts.merge(p.domain(), 1, Integer::sum));
        return DomainApportionment.next(eligible, counts)
                .map(domain -> pick(exam, byDomain.get(domain), domain, history, random));
    }

    private static Question pick(String exam, List<Question> candidates, int domain, List<PastPost> history,
            RandomGenerator random) {
        Map<String, Integer> lastUsed = new HashMap<>();
        Map<String, Integer> taskUses = new HashMap<>();
        for (int i = 0; i < history.size(); i++) {
            PastPost post = history.get(i);
            lastUsed.put(post.questionId(), i);
            if (post.domain() == domain) {
                taskUses.merge(post.task(), 1, Integer::sum);
            }
        }
        List<Question> unseen = candidates.stream().filter(q -> !lastUsed.containsKey(q.id())).toList();
        if (unseen.isEmpty()) {
            return candidates.stream().min(Comparator.comparing((Question q) -> lastUsed.get(q.id()))).orElseThrow();
        }
        int fewest = unseen.stream().mapToInt(q -> taskUses.getOrDefault(task(q, exam), 0)).min().orElseThrow();
        List<Question> best = new ArrayList<>(unseen.stream()
                .filter(q -> taskUses.getOrDefault(task(q, exam), 0) == fewest).toList());
        return best.get(random.nextInt(best.size()));
    }

    private static String task(Question question, String exam) {
        return question.task(exam).orElseThrow();
    }
}
