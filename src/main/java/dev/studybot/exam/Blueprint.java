package dev.studybot.exam;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one certification exam covers and how it is sat.
 *
 * @param code AWS's exam code, {@code MLA-C01}
 * @param questionTypes the bank's question types ({@code single}, {@code multiple}, ...) this exam uses
 */
public record Blueprint(
        String code,
        String name,
        ExamStatus status,
        boolean isDefault,
        int questions,
        int scoredQuestions,
        int durationMinutes,
        int passingScore,
        Set<String> questionTypes,
        List<Domain> domains) {

    public Blueprint {
        questionTypes = Set.copyOf(questionTypes);
        domains = List.copyOf(domains);
    }

    public Optional<TaskStatement> task(String id) {
        return domains.stream().flatMap(d -> d.tasks().stream()).filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Domain> domain(int number) {
        return domains.stream().filter(d -> d.number() == number).findFirst();
    }

    public List<String> taskIds() {
        return domains.stream().flatMap(d -> d.tasks().stream()).map(TaskStatement::id).toList();
    }
}
