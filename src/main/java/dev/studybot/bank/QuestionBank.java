package dev.studybot.bank;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The valid questions, immutable once loaded. */
public final class QuestionBank {

    private final Map<String, Question> byId;

    public QuestionBank(Collection<Question> questions) {
        Map<String, Question> map = new LinkedHashMap<>();
        questions.forEach(q -> map.put(q.id(), q));
        this.byId = Collections.unmodifiableMap(map);
    }

    public List<Question> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Question> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    /** The questions mapped to an exam, in load order. */
    public List<Question> forExam(String exam) {
        return byId.values().stream().filter(q -> q.exams().containsKey(exam)).toList();
    }

    public int size() {
        return byId.size();
    }
}
