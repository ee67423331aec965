package dev.studybot.selection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.bank.AnswerKey;
import dev.studybot.bank.Option;
import dev.studybot.bank.Question;
import dev.studybot.bank.QuestionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of question selection over thousands of draws, on the selector alone (no database). */
class QuestionSelectorProperties {

    private static final String EXAM = "MLA-C01";

    @Property(tries = 300)
    void keepsEveryDomainWithinOneOfItsWeightedShareAfterEveryPost(
            @ForAll("weights") Map<Integer, Integer> weights, @ForAll @IntRange(min = 1, max = 6) int perTask,
            @ForAll long seed) {
        List<Question> pool = pool(weights.keySet(), 3, perTask);
        List<PastPost> history = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        Map<Integer, Integer> counts = new HashMap<>();

        for (int n = 1; n <= 400; n++) {
            Question next = QuestionSelector.next(EXAM, weights, pool, history, random).orElseThrow();
            history.add(post(next));
            counts.merge(domain(next), 1, Integer::sum);
            for (var entry : weights.entrySet()) {
                double ideal = (double) n * entry.getValue() / total;
                assertThat(Math.abs(counts.getOrDefault(entry.getKey(), 0) - ideal))
                        .as("domain %d after %d posts with weights %s", entry.getKey(), n, weights)
                        .isLessThanOrEqualTo(1.0 + 1e-9);
            }
        }
    }

    @Property(tries = 200)
    void neverRepeatsAQuestionBeforeItsDomainIsExhaustedAndThenReusesTheLeastRecentlyUsed(
            @ForAll("weights") Map<Integer, Integer> weights, @ForAll @IntRange(min = 1, max = 5) int perTask,
            @ForAll long seed) {
        List<Question> pool = pool(weights.keySet(), 3, perTask);
        List<PastPost> history = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);

        for (int n = 0; n < 300; n++) {
            Question next = QuestionSelector.next(EXAM, weights, pool, history, random).orElseThrow();
            Map<String, Integer> lastUsed = new HashMap<>();
            for (int i = 0; i < history.size(); i++) {
                lastUsed.put(history.get(i).questionId(), i);
            }
            int picked = lastUsed.getOrDefault(next.id(), -1);
            for (Question other : pool) {
                if (domain(other) == domain(next)) {
                    assertThat(picked).as("%s picked while %s was used less recently", next.id(), other.id())
                            .isLessThanOrEqualTo(lastUsed.getOrDefault(other.id(), -1));
                }
            }
            history.add(post(next));
        }
    }

    @Property(tries = 200)
    void spreadsTaskStatementsEvenlyWithinADomain(@ForAll @IntRange(min = 2, max = 8) int perTask,
            @ForAll long seed) {
        Map<Integer, Integer> weights = Map.of(1, 28, 2, 26, 3, 22, 4, 24);
        List<Question> pool = pool(weights.keySet(), 3, perTask);
        List<PastPost> history = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);

        for (int n = 0; n < 4 * 3 * perTask; n++) {
            history.add(post(QuestionSelector.next(EXAM, weights, pool, history, random).orElseThrow()));
            Map<String, Integer> perTaskCount = new HashMap<>();
            history.forEach(p -> perTaskCount.merge(p.task(), 1, Integer::sum));
            for (int domain : weights.keySet()) {
                List<Integer> counts = List.of(1, 2, 3).stream()
                        .map(t -> perTaskCount.getOrDefault(domain + "." + t, 0)).toList();
                assertThat(counts.stream().mapToInt(i -> i).max().orElse(0) - counts.stream().mapToInt(i -> i).min().orElse(0))
                        .as("task counts in domain %d: %s", domain, counts).isLessThanOrEqualTo(1);
            }
        }
    }

    @Property(tries = 100)
    void countsOnlyPostsSinceTheWeightsLastChanged(@ForAll @IntRange(min = 0, max = 50) int before,
            @ForAll long seed) {
        List<Question> pool = pool(List.of(1, 2, 3, 4), 3, 4);
        List<PastPost> history = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < before; n++) {
            history.add(post(QuestionSelector.next(EXAM, Map.of(1, 1), pool, history, random).orElseThrow()));
        }
        history.replaceAll(p -> new PastPost(p.questionId(), p.domain(), p.task(), false));
        Map<Integer, Integer> counts = new HashMap<>();

        for (int n = 1; n <= 100; n++) {
            Question next = QuestionSelector.next(EXAM, Map.of(1, 25, 2, 25, 3, 25, 4, 25), pool, history, random)
                    .orElseThrow();
            history.add(post(next));
            counts.merge(domain(next), 1, Integer::sum);
            for (int d = 1; d <= 4; d++) {
                assertThat(Math.abs(counts.getOrDefault(d, 0) - n / 4.0)).isLessThanOrEqualTo(1.0);
            }
        }
    }

    @Property(tries = 50)
    void focusOnOneDomainPostsOnlyThatDomain(@ForAll @IntRange(min = 1, max = 4) int focus, @ForAll long seed) {
        List<Question> pool = pool(List.of(1, 2, 3, 4), 3, 2);
        List<PastPost> history = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);

        for (int n = 0; n < 30; n++) {
            Question next = QuestionSelector.next(EXAM, Map.of(focus, 100), pool, history, random).orElseThrow();
            assertThat(domain(next)).isEqualTo(focus);
            history.add(post(next));
        }
    }

    @Provide
    Arbitrary<Map<Integer, Integer>> weights() {
        return Arbitraries.integers().between(1, 60).list().ofMinSize(1).ofMaxSize(6).map(list -> {
            Map<Integer, Integer> weights = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                weights.put(i + 1, list.get(i));
            }
            return weights;
        });
    }

    private static List<Question> pool(Iterable<Integer> domains, int tasks, int perTask) {
        List<Question> pool = new ArrayList<>();
        for (int domain : domains) {
            for (int task = 1; task <= tasks; task++) {
                for (int i = 0; i < perTask; i++) {
                    pool.add(question("q-" + domain + "-" + task + "-" + i, domain + "." + task));
                }
            }
        }
        return pool;
    }

    static Question question(String id, String task) {
        return new Question(id, Map.of(EXAM, task), QuestionType.SINGLE, 2, "stem", Map.of(),
                List.of(new Option("A", "a", "why a"), new Option("B", "b", "why b"), new Option("C", "c", "why c")),
                AnswerKey.Choice.of(List.of("A")), "explanation", List.of("https://docs.aws.amazon.com/"), List.of(),
                "test", "hash");
    }

    private static PastPost post(Question question) {
        return new PastPost(question.id(), domain(question), question.task(EXAM).orElseThrow(), true);
    }

    private static int domain(Question question) {
        return question.domain(EXAM).orElseThrow();
    }
}
