package dev.studybot.quiz;

import dev.studybot.bank.AnswerKey;
import dev.studybot.bank.Option;
import dev.studybot.bank.Question;
import dev.studybot.bank.QuestionType;
import dev.studybot.chat.MessageView.AnswerFlow;
import dev.studybot.chat.MessageView.AnswerStyle;
import dev.studybot.chat.MessageView.CardOption;
import dev.studybot.chat.MessageView.ExplainedOption;
import dev.studybot.chat.MessageView.Explanation;
import dev.studybot.chat.MessageView.QuestionCard;
import dev.studybot.chat.MessageView.ResultCard;
import dev.studybot.exam.Blueprint;
import dev.studybot.exam.BlueprintCatalog;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns a question as posted (its shuffled order) into the platform-neutral views of cards and explanations. */
@Component
public class Cards {

    private final BlueprintCatalog blueprints;

    public Cards(BlueprintCatalog blueprints) {
        this.blueprints = blueprints;
    }

    public QuestionCard card(Question question, Post post, ZoneId zone) {
        Blueprint blueprint = blueprints.get(post.exam());
        String domain = blueprint.domain(post.domain()).map(d -> "Domain " + d.number() + ": " + d.name()).orElse("");
        String task = blueprint.task(post.task()).map(t -> t.id() + " " + t.title()).orElse(post.task());
        AnswerStyle style = switch (question.type()) {
            case SINGLE -> AnswerStyle.BUTTONS;
            case MULTIPLE -> AnswerStyle.MULTI_SELECT;
            case ORDERING, MATCHING -> AnswerStyle.PRIVATE_FLOW;
        };
        return new QuestionCard(post.id(), question.id(), post.exam(), domain, task, question.stem(), prompts(question),
                options(question, post), style, question.pickCount(), post.closesAt(), zone);
    }

    public AnswerFlow flow(Question question, Post post) {
        return new AnswerFlow(post.id(), question.stem(), question.type() == QuestionType.ORDERING, prompts(question),
                options(question, post));
    }

    public ResultCard result(Question question, Post post, ZoneId zone, List<AnswerStore.StoredAnswer> answers) {
        Map<String, Integer> picks = new HashMap<>();
        for (AnswerStore.StoredAnswer answer : answers) {
            for (String key : keysIn(AnswerKey.decode(question.type(), answer.answer()))) {
                picks.merge(key, 1, Integer::sum);
            }
        }
        int correct = (int) answers.stream().filter(AnswerStore.StoredAnswer::correct).count();
        return new ResultCard(card(question, post, zone), keysIn(question.answer()), describe(question, post,
                question.answer()), picks, answers.size(), correct);
    }

    public Explanation explanation(Question question, Post post, AnswerKey yours) {
        List<String> correctKeys = keysIn(question.answer());
        List<ExplainedOption> options = post.displayOrder().stream()
                .map(key -> question.option(key).orElseThrow())
                .map(o -> new ExplainedOption(post.label(o.key()), o.text(),
                        question.answer() instanceof AnswerKey.Choice && correctKeys.contains(o.key()), o.why()))
                .toList();
        return new Explanation(question.id(), question.stem(), options, describe(question, post, question.answer()),
                yours == null ? null : describe(question, post, yours), question.explanation(), question.references());
    }

    /** An answer in this post's letters: {@code B, D}, {@code C → A → B}, {@code 1 → B, 2 → A}. */
    public String describe(Question question, Post post, AnswerKey answer) {
        if (answer instanceof AnswerKey.Choice choice) {
            return choice.keys().stream().map(post::label).sorted().collect(Collectors.joining(", "));
        }
        if (answer instanceof AnswerKey.Sequence sequence) {
            return sequence.keys().stream().map(post::label).collect(Collectors.joining(" → "));
        }
        AnswerKey.Pairs pairs = (AnswerKey.Pairs) answer;
        return pairs.pairs().entrySet().stream().map(e -> e.getKey() + " → " + post.label(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** The chosen keys of a single or multiple answer; ordering and matching have no per-option picks. */
    private static List<String> keysIn(AnswerKey answer) {
        return answer instanceof AnswerKey.Choice choice ? List.copyOf(choice.keys()) : List.of();
    }

    private static List<String> prompts(Question question) {
        return question.prompts().entrySet().stream().map(e -> e.getKey() + ". " + e.getValue()).toList();
    }

    private static List<CardOption> options(Question question, Post post) {
        return post.displayOrder().stream().map(key -> {
            Option option = question.option(key).orElseThrow();
            return new CardOption(key, post.label(key), option.text());
        }).toList();
    }
}
