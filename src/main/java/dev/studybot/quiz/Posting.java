package dev.studybot.quiz;

import dev.studybot.bank.Option;
import dev.studybot.bank.Question;
import dev.studybot.bank.QuestionBank;
import dev.studybot.chat.ChatPlatforms;
import dev.studybot.chat.MessageRef;
import dev.studybot.exam.Blueprint;
import dev.studybot.exam.BlueprintCatalog;
import dev.studybot.exam.Domain;
import dev.studybot.selection.QuestionSelector;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Posts a channel's next question: closes the open one, selects, shuffles, stores (the unique slot key makes it
 * exactly-once), then announces. Storing comes before announcing, so a crash in between leaves a stored,
 * unannounced post that the scheduler announces later, with the same idempotency key.
 */
@Component
public class Posting {

    private static final Logger log = LoggerFactory.getLogger(Posting.class);
    /** A post-now shortly before a scheduled slot stays open at least this long. */
    private static final Duration MIN_OPEN = Duration.ofMinutes(15);

    private final PostStore posts;
    private final QuestionBank bank;
    private final BlueprintCatalog blueprints;
    private final Cards cards;
    private final ChatPlatforms platforms;
    private final Delivery delivery;
    private final Closing closing;
    private final QuizProperties properties;
    private final Clock clock;
    private final SplittableRandom random = new SplittableRandom();

    public Posting(PostStore posts, QuestionBank bank, BlueprintCatalog blueprints, Cards cards,
            ChatPlatforms platforms, Delivery delivery, Closing closing, QuizProperties properties, Clock clock) {
        this.posts = posts;
        this.bank = bank;
        this.blueprints = blueprints;
        this.cards = cards;
        this.platforms = platforms;
        this.delivery = delivery;
        this.closing = closing;
        this.properties = properties;
        this.clock = clock;
    }

    /** The slot key of a post-now: one per channel per minute, so a double click posts once. */
    public static String manualSlot(Instant now) {
        return "manual:" + now.truncatedTo(ChronoUnit.MINUTES);
    }

    /** Posts for a slot unless the channel already has a post for it; returns the post made. */
    public Optional<Post> post(Channel channel, String slot, Instant now) {
        if (posts.slotTaken(channel.id(), slot)) {
            return Optional.empty();
        }
        Optional<Question> question = QuestionSelector.next(channel.exam(), weights(channel),
                bank.forExam(channel.exam()), posts.history(channel.id(), channel.weightsSince()),
                random.split());
        if (question.isEmpty()) {
            log.warn("No question available for {} ({}, focus {})", channel.id(), channel.exam(), channel.focusDomain());
            return Optional.empty();
        }
        posts.open(channel.id()).forEach(open -> closing.close(open, now));
        Question q = question.get();
        List<String> order = new ArrayList<>(q.options().stream().map(Option::key).toList());
        Collections.shuffle(order, new Random(random.nextLong()));
        String task = q.task(channel.exam()).orElseThrow();
        Optional<Post> stored = posts.insert(new PostStore.NewPost(channel.id(), slot, q.id(), q.contentHash(),
                channel.exam(), q.domain(channel.exam()).orElseThrow(), task, order, now, closesAt(channel, now)));
        stored.ifPresent(post -> {
            log.info("Posted {} to {} for slot {}", q.id(), channel.id(), slot);
            announce(post, channel);
        });
        return stored;
    }

    /** Delivers a stored post to its platform; true when the platform accepted it. */
    public boolean announce(Post post, Channel channel) {
        Optional<Question> question = bank.find(post.questionId());
        if (question.isEmpty()) {
            log.error("Post {} refers to question {}, which is no longer in the bank; closing it", post.id(),
                    post.questionId());
            posts.markClosed(post.id(), post.createdAt());
            return false;
        }
        return delivery.attempt(post.channel(), "post the question of the day", () -> {
            MessageRef ref = platforms.of(post.channel()).post(post.channel(),
                    cards.card(question.get(), post, channel.zone()), post.channel() + "/" + post.slot());
            posts.markAnnounced(post.id(), ref, clock.instant());
        });
    }

    private Instant closesAt(Channel channel, Instant now) {
        Schedule schedule = channel.schedule();
        Instant next = schedule.nextAfter(now).at();
        Instant closes = next.minus(properties.closeBefore());
        if (closes.isBefore(now.plus(MIN_OPEN))) {
            closes = schedule.nextAfter(next).at().minus(properties.closeBefore());
        }
        return closes;
    }

    private Map<Integer, Integer> weights(Channel channel) {
        if (channel.focusDomain() != null) {
            return Map.of(channel.focusDomain(), 1);
        }
        Blueprint blueprint = blueprints.get(channel.exam());
        Map<Integer, Integer> weights = new LinkedHashMap<>();
        for (Domain domain : blueprint.domains()) {
            weights.put(domain.number(), domain.weight());
        }
        return weights;
    }
}
