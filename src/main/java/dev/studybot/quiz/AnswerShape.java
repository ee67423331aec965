package dev.studybot.quiz;

import dev.studybot.bank.AnswerKey;
import dev.studybot.bank.Option;
import dev.studybot.bank.Question;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks that a submitted answer is complete and well-formed for its question, before anything is stored. */
final class AnswerShape {

    private AnswerShape() {}

    /** A message saying what is wrong, or null when the answer fits the question. */
    static String problem(Question question, AnswerKey answer) {
        Set<String> keys = new HashSet<>(question.options().stream().map(Option::key).toList());
        return switch (question.type()) {
            case SINGLE, MULTIPLE -> {
                if (!(answer instanceof AnswerKey.Choice choice)) {
                    yield "That answer does not fit this question.";
                }
                if (!keys.containsAll(choice.keys())) {
                    yield "That option is not on this card.";
                }
                if (choice.keys().size() != question.pickCount()) {
                    yield "Pick exactly " + question.pickCount() + (question.pickCount() == 1 ? " option." : " options.");
                }
                yield null;
            }
            case ORDERING -> {
                if (!(answer instanceof AnswerKey.Sequence sequence)) {
                    yield "That answer does not fit this question.";
                }
                List<String> order = sequence.keys();
                if (order.size() != keys.size() || !new HashSet<>(order).equals(keys)) {
                    yield "Place every step exactly once.";
                }
                yield null;
            }
            case MATCHING -> {
                if (!(answer instanceof AnswerKey.Pairs pairs)) {
                    yield "That answer does not fit this question.";
                }
                if (!pairs.pairs().keySet().equals(question.prompts().keySet())) {
                    yield "Match every prompt.";
                }
                if (!keys.containsAll(pairs.pairs().values())) {
                    yield "That option is not on this card.";
                }
                yield null;
            }
        };
    }
}
