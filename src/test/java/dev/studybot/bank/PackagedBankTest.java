package dev.studybot.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.exam.Blueprint;
import dev.studybot.exam.BlueprintCatalog;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bank that ships in the jar: valid, and big and varied enough that it cannot silently shrink. */
class PackagedBankTest {

    private static final BlueprintCatalog BLUEPRINTS = BlueprintCatalog.load(null);
    private static final LoadedBank LOADED = new BankLoader(BLUEPRINTS).load(true, List.of());
    private static final List<Question> MLA = LOADED.bank().forExam("MLA-C01");

    private static Map<String, Long> count(List<Question> questions, Function<Question, String> key) {
        return questions.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    @Test
    void everyPackagedQuestionIsValid() {
        assertThat(LOADED.problems()).map(Problem::toString).isEmpty();
    }

    @Test
    void mapsEveryQuestionToTheSpecialtyExamOnlyWithItsQuestionTypes() {
        assertThat(LOADED.bank().forExam("MLS-C01")).isNotEmpty()
                .allSatisfy(q -> assertThat(q.type().label()).isIn("single", "multiple"));
    }

    @Test
    void coversAllTwelveMlaTaskStatementsWithAtLeastTwentyQuestionsEach() {
        Blueprint mla = BLUEPRINTS.get("MLA-C01");

        Map<String, Long> perTask = count(MLA, q -> q.task("MLA-C01").orElseThrow());

        assertThat(perTask.keySet()).containsExactlyInAnyOrderElementsOf(mla.taskIds());
        assertThat(perTask).as("questions per MLA-C01 task statement").allSatisfy((task, questions) ->
                assertThat(questions).as("task %s", task).isGreaterThanOrEqualTo(20));
    }

    /** Part one of the bank: data preparation and model development, as the exam weighs and mixes them. */
    @Test
    void meetsTheMinimumsForDataPreparationAndModelDevelopment() {
        List<String> tasks = List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3");
        List<Question> partOne = MLA.stream().filter(q -> tasks.contains(q.task("MLA-C01").orElseThrow())).toList();
        Map<String, Long> perTask = count(partOne, q -> q.task("MLA-C01").orElseThrow());
        Map<String, Long> types = count(partOne, q -> q.type().label());

        assertThat(tasks).allSatisfy(task -> assertThat(perTask.getOrDefault(task, 0L))
                .as("questions for MLA-C01 task %s", task).isGreaterThanOrEqualTo(20));
        assertThat(types.getOrDefault("multiple", 0L) * 5).as("multiple-response share of %s", types)
                .isGreaterThanOrEqualTo(partOne.size());
        assertThat(types.getOrDefault("ordering", 0L)).as("ordering questions").isGreaterThanOrEqualTo(5);
        assertThat(types.getOrDefault("matching", 0L)).as("matching questions").isGreaterThanOrEqualTo(5);
        assertThat(count(partOne, q -> String.valueOf(q.difficulty())).keySet()).containsExactlyInAnyOrder("1", "2", "3");

        List<Question> choice = partOne.stream()
                .filter(q -> q.type() == QuestionType.SINGLE || q.type() == QuestionType.MULTIPLE).toList();
        long alsoSpecialty = choice.stream().filter(q -> q.task("MLS-C01").isPresent()).count();
        assertThat(alsoSpecialty * 10).as("single and multiple questions also mapped to MLS-C01: %d of %d",
                alsoSpecialty, choice.size()).isGreaterThanOrEqualTo(choice.size() * 8L);
    }

    /** Every service and technique the exam guide names for tasks 1.1 to 2.3 is asked about somewhere. */
    @Test
    void asksAboutEveryTopicTheBlueprintNamesForDataPreparationAndModelDevelopment() {
        List<String> partOne = MLA.stream()
                .filter(q -> List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3").contains(q.task("MLA-C01").orElseThrow()))
                .map(PackagedBankTest::searchableText).toList();
        List<String> topics = List.of("s3", "efs", "fsx", "ebs", "rds", "dynamodb", "parquet", "orc", "avro", "csv",
                "json", "recordio", "kinesis data streams", "firehose", "apache flink", "msk", "crawler", "data catalog",
                "bookmark", "databrew", "glue data quality", "emr", "spark", "data wrangler", "feature store",
                "ground truth", "mechanical turk", "imput", "outlier", "duplicate", "scal", "binning", "log transform",
                "one-hot", "binary encod", "label encod", "tokeniz", "class imbalance", "dpl", "encrypt", "pii", "phi",
                "mask", "split", "shuffl", "augment", "interpretab", "jumpstart", "bedrock", "epoch", "batch size",
                "early stopping", "distributed", "regulariz", "dropout", "random search", "bayesian",
                "automatic model tuning", "ensembl", "prun", "quantiz", "model registry", "confusion matrix", "roc",
                "baseline", "overfit", "underfit", "clarify", "debugger", "shadow", "production variant", "rmse",
                "f1", "precision", "recall");

        assertThat(topics).allSatisfy(topic -> assertThat(partOne).as("questions mentioning '%s'", topic)
                .anyMatch(text -> text.contains(topic)));
    }

    private static String searchableText(Question q) {
        StringBuilder text = new StringBuilder(q.stem()).append(' ').append(q.explanation());
        q.options().forEach(o -> text.append(' ').append(o.text()).append(' ').append(o.why()));
        q.prompts().values().forEach(p -> text.append(' ').append(p));
        q.tags().forEach(t -> text.append(' ').append(t));
        return text.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Length is no clue to the key, either way: picking the longest option must not win, and ruling it out must
     * not help either (by chance a single question's key is the longest about a quarter of the time).
     */
    @Test
    void givesNoClueToTheKeyByTheLengthOfItsOptions() {
        List<Question> all = LOADED.bank().all();
        List<Question> singles = all.stream().filter(q -> q.type() == QuestionType.SINGLE).toList();
        List<Question> multiples = all.stream().filter(q -> q.type() == QuestionType.MULTIPLE).toList();
        List<String> longest = singles.stream().filter(q -> rankOfKey(q, true)).map(Question::id).toList();
        List<String> shortest = singles.stream().filter(q -> rankOfKey(q, false)).map(Question::id).toList();
        List<String> longestSet = multiples.stream().filter(q -> rankOfKey(q, true)).map(Question::id).toList();

        assertThat(longest.size() * 100 / singles.size()).as("percent of %d single keys that are the longest option",
                singles.size()).isBetween(10, 40);
        assertThat(shortest.size() * 100 / singles.size()).as("percent of %d single keys that are the shortest option",
                singles.size()).isLessThanOrEqualTo(40);
        assertThat(longestSet.size() * 100 / multiples.size()).as("percent of %d multiple questions whose keys are "
                + "the longest options: %s", multiples.size(), longestSet).isLessThanOrEqualTo(40);
    }

    /** Whether the correct options are all strictly longer (or all strictly shorter) than every wrong one. */
    private static boolean rankOfKey(Question q, boolean longer) {
        var keys = ((AnswerKey.Choice) q.answer()).keys();
        var right = q.options().stream().filter(o -> keys.contains(o.key())).mapToInt(o -> o.text().length())
                .summaryStatistics();
        var wrong = q.options().stream().filter(o -> !keys.contains(o.key())).mapToInt(o -> o.text().length())
                .summaryStatistics();
        return longer ? right.getMin() > wrong.getMax() : right.getMax() < wrong.getMin();
    }

    @Test
    void spreadsCorrectKeysEvenlyOverPositions() {
        List<Question> singles = MLA.stream().filter(q -> q.type() == QuestionType.SINGLE).toList();
        Map<String, Long> keys = count(singles, q -> ((AnswerKey.Choice) q.answer()).keys().first());
        double fair = singles.size() / 4.0;

        for (String key : List.of("A", "B", "C", "D")) {
            assertThat(keys.getOrDefault(key, 0L)).as("single questions keyed %s of %d (%s)", key, singles.size(), keys)
                    .isBetween(Math.round(fair * 0.6), Math.round(fair * 1.4));
        }
        List<Question> orderings = MLA.stream().filter(q -> q.type() == QuestionType.ORDERING).toList();
        assertThat(orderings).as("ordering answers are not always the options in file order")
                .anyMatch(q -> !((AnswerKey.Sequence) q.answer()).keys()
                        .equals(q.options().stream().map(Option::key).toList()));
    }
}
