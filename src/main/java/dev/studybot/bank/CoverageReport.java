package dev.studybot.bank;

import dev.studybot.exam.Blueprint;
import dev.studybot.exam.Domain;
import dev.studybot.exam.TaskStatement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A plain-text table of how a bank covers one blueprint: per domain and task statement, type and difficulty. */
public final class CoverageReport {

    private CoverageReport() {}

    public static String render(Blueprint blueprint, List<Question> bank) {
        List<Question> questions = bank.stream().filter(q -> q.exams().containsKey(blueprint.code())).toList();
        Map<String, Long> perTask = questions.stream()
                .collect(Collectors.groupingBy(q -> q.exams().get(blueprint.code()), Collectors.counting()));
        int total = questions.size();
        StringBuilder out = new StringBuilder();
        out.append(String.format("%s %s (%s): %d questions%n%n", blueprint.code(), blueprint.name(),
                blueprint.status().name().toLowerCase(Locale.ROOT), total));
        out.append(String.format("%-70s %6s %9s %7s %7s%n", "Domain / task statement", "weight", "questions", "share",
                "target"));
        for (Domain domain : blueprint.domains()) {
            long count = domain.tasks().stream().mapToLong(t -> perTask.getOrDefault(t.id(), 0L)).sum();
            out.append(String.format("%-70s %5d%% %9d %6.1f%% %7.1f%n", clip(domain.number() + " " + domain.name(), 70),
                    domain.weight(), count, total == 0 ? 0.0 : 100.0 * count / total, total * domain.weight() / 100.0));
            for (TaskStatement task : domain.tasks()) {
                out.append(String.format("  %-68s %6s %9d%n", clip(task.id() + " " + task.title(), 68), "",
                        perTask.getOrDefault(task.id(), 0L)));
            }
        }
        out.append(String.format("%nTypes: %s%n", counts(questions, q -> q.type().label())));
        out.append(String.format("Difficulty: %s%n", counts(questions, q -> String.valueOf(q.difficulty()))));
        return out.toString();
    }

    private static String counts(List<Question> questions, Function<Question, String> key) {
        Map<String, Long> counts = new TreeMap<>(questions.stream().collect(Collectors.groupingBy(key, Collectors.counting())));
        return counts.isEmpty() ? "none" : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
