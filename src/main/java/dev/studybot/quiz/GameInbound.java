package dev.studybot.quiz;

import dev.studybot.bank.AnswerKey;
import dev.studybot.bank.Question;
import dev.studybot.bank.QuestionBank;
import dev.studybot.chat.CommandCatalog;
import dev.studybot.chat.CommandParser;
import dev.studybot.chat.Inbound;
import dev.studybot.chat.InboundHandler;
import dev.studybot.chat.MessageView;
import dev.studybot.chat.Reply;
import dev.studybot.users.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The game's side of the chat port: answers, card buttons and commands from every platform. Bad input of any kind
 * gets a clear private reply and changes nothing.
 */
@Component
public class GameInbound implements InboundHandler {

    private static final Logger log = LoggerFactory.getLogger(GameInbound.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final PostStore posts;
    private final AnswerStore answers;
    private final ChannelStore channels;
    private final UserDirectory users;
    private final QuestionBank bank;
    private final Cards cards;
    private final Explanations explanations;
    private final AdminCommands admin;
    private final Access access;
    private final ScoreCommands scores;
    private final QuizProperties properties;
    private final Clock clock;

    public GameInbound(PostStore posts, AnswerStore answers, ChannelStore channels, UserDirectory users,
            QuestionBank bank, Cards cards, Explanations explanations, AdminCommands admin, Access access,
            ScoreCommands scores, QuizProperties properties, Clock clock) {
        this.posts = posts;
        this.answers = answers;
        this.channels = channels;
        this.users = users;
        this.bank = bank;
        this.cards = cards;
        this.explanations = explanations;
        this.admin = admin;
        this.access = access;
        this.scores = scores;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Reply handle(Inbound event) {
        try {
            if (event instanceof Inbound.Answer answer) {
                return answer(answer);
            }
            if (event instanceof Inbound.Button button) {
                return button(button);
            }
            return command((Inbound.Command) event);
        } catch (RuntimeException e) {
            log.error("Could not handle {} in {}", event.getClass().getSimpleName(), event.channel(), e);
            return Reply.error("Something went wrong on my side; nothing was changed. Please try again.");
        }
    }

    private Reply answer(Inbound.Answer event) {
        Optional<Post> found = posts.find(event.postId()).filter(p -> p.channel().equals(event.channel()));
        if (found.isEmpty()) {
            return Reply.error("That question is not in this channel.");
        }
        Post post = found.get();
        Optional<Question> question = bank.find(post.questionId());
        if (question.isEmpty()) {
            return Reply.error("That question is no longer in the bank.");
        }
        Question q = question.get();
        String problem = AnswerShape.problem(q, event.answer());
        if (problem != null) {
            return Reply.error(problem + " Nothing was recorded.");
        }
        Instant now = clock.instant();
        boolean correct = q.isCorrect(event.answer());
        String yours = cards.describe(q, post, event.answer());
        if (!post.isOpen(now)) {
            return late(q, post, yours, correct);
        }
        var user = users.resolve(event.actor().user(), event.actor().displayName());
        AnswerStore.Outcome outcome = answers.record(post.id(), user.id(), event.answer(), correct, now);
        if (outcome == AnswerStore.Outcome.CLOSED) {
            return late(q, post, yours, correct);
        }
        String zone = channels.find(post.channel()).map(c -> c.zone()).orElse(ZoneOffset.UTC).getId();
        String closes = WHEN.format(post.closesAt().atZone(ZoneId.of(zone))) + " " + zone;
        String text = switch (outcome) {
            case RECORDED -> "Recorded your answer: " + yours + ". You can change it until the question closes ("
                    + closes + ").";
            case CHANGED -> "Changed your answer to " + yours + ". The last answer before " + closes + " counts.";
            default -> "You already answered " + yours + "; nothing changed.";
        };
        if (properties.reveal() == QuizProperties.Reveal.IMMEDIATELY) {
            text += correct ? "\nCorrect!" : "\nNot quite: the answer is " + cards.describe(q, post, q.answer()) + ".";
        } else {
            text += "\nThe answer is revealed when the question closes.";
        }
        return Reply.privately(MessageView.Notice.success(text));
    }

    private Reply late(Question q, Post post, String yours, boolean correct) {
        return Reply.privately(MessageView.Notice.info("This question has closed, so your answer is not scored. "
                + "As practice: " + yours + " is " + (correct ? "correct." : "not right; the answer is "
                + cards.describe(q, post, q.answer()) + ".") + " Press Explain for the reasoning."));
    }

    private Reply button(Inbound.Button event) {
        Optional<Post> found = posts.find(event.postId()).filter(p -> p.channel().equals(event.channel()));
        if (found.isEmpty()) {
            return Reply.error("That question is not in this channel.");
        }
        Post post = found.get();
        return switch (event.action()) {
            case EXPLAIN -> explanations.explain(post, event.actor());
            case ANSWER -> bank.find(post.questionId())
                    .map(q -> Reply.privately(cards.flow(q, post)))
                    .orElse(Reply.error("That question is no longer in the bank."));
        };
    }

    private Reply command(Inbound.Command event) {
        String[] name = event.name().split(" ", 2);
        var spec = CommandCatalog.find(name[0]).orElse(null);
        if (spec == null) {
            return Reply.error("Unknown command /" + name[0] + ". Try /studybot help.");
        }
        var checked = check(spec, name.length > 1 ? name[1] : null, event.options());
        if (checked != null) {
            return Reply.error(checked);
        }
        if (name[0].equals(CommandCatalog.STUDYBOT)) {
            String sub = name.length > 1 ? name[1] : "help";
            if (sub.equals("help")) {
                return Reply.info(AdminCommands.help());
            }
            if (!access.isAdmin(event.actor(), event.channel())) {
                return Reply.error("Only workspace admins and this channel's organisers can run /studybot " + sub
                        + ". Ask one of them to add you with /studybot organiser add @you.");
            }
            return admin.handle(sub, event);
        }
        return switch (name[0]) {
            case "leaderboard" -> scores.leaderboard(event);
            case "streak" -> scores.streak(event);
            case "stats" -> scores.stats(event);
            case "explain" -> explanations.explain(event.channel(), event.options().get("question"), event.actor());
            default -> Reply.error("Unknown command /" + name[0] + ".");
        };
    }

    /** Re-checks options against the catalogue, whatever the adapter did: hostile values stop here. */
    private static String check(CommandCatalog.CommandSpec spec, String sub, Map<String, String> options) {
        CommandCatalog.CommandSpec target = spec;
        if (!spec.subcommands().isEmpty()) {
            target = spec.subcommand(sub == null ? "help" : sub).orElse(null);
            if (target == null) {
                return "Unknown subcommand. Try /studybot help.";
            }
        }
        for (var option : target.options()) {
            String value = options.get(option.name());
            if (value == null) {
                if (option.required()) {
                    return "Missing " + option.name() + ". Usage: " + CommandParser.usage(target.name(), target.options());
                }
                continue;
            }
            try {
                CommandParser.check(option, value);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
        for (String given : options.keySet()) {
            if (target.options().stream().noneMatch(o -> o.name().equals(given))) {
                return "Unknown option '" + given + "'.";
            }
        }
        return null;
    }
}
