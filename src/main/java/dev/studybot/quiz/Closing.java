package dev.studybot.quiz;

import dev.studybot.bank.Question;
import dev.studybot.bank.QuestionBank;
import dev.studybot.chat.ChatPlatform;
import dev.studybot.chat.ChatPlatforms;
import dev.studybot.chat.MessageView;
import dev.studybot.scoring.StreakStore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes a post: in one transaction it stops answers, awards the points and advances the streaks; then it reveals
 * the result on the card and posts a short explanation in its thread. A failed reveal is retried later.
 */
@Component
public class Closing {

    private final PostStore posts;
    private final AnswerStore answers;
    private final StreakStore streaks;
    private final ChannelStore channels;
    private final QuestionBank bank;
    private final Cards cards;
    private final ChatPlatforms platforms;
    private final Delivery delivery;
    private final QuizProperties properties;
    private final TransactionTemplate transactions;

    public Closing(PostStore posts, AnswerStore answers, StreakStore streaks, ChannelStore channels, QuestionBank bank,
            Cards cards, ChatPlatforms platforms, Delivery delivery, QuizProperties properties,
            TransactionTemplate transactions) {
        this.posts = posts;
        this.answers = answers;
        this.streaks = streaks;
        this.channels = channels;
        this.bank = bank;
        this.cards = cards;
        this.platforms = platforms;
        this.delivery = delivery;
        this.properties = properties;
        this.transactions = transactions;
    }

    /** Closes and reveals; does nothing when the post was already closed. Returns whether this call closed it. */
    public boolean close(Post post, Instant now) {
        Boolean closed = transactions.execute(status -> {
            if (!posts.markClosed(post.id(), now)) {
                return false;
            }
            answers.awardPoints(post.id(), properties.points());
            streaks.applyClosedPost(post.channel(), post.id());
            return true;
        });
        if (Boolean.TRUE.equals(closed) && post.announcedAt() != null) {
            reveal(post, now);
        }
        return Boolean.TRUE.equals(closed);
    }

    /** Updates the card with the result and explains in its thread. */
    public void reveal(Post post, Instant now) {
        Optional<Question> question = bank.find(post.questionId());
        ZoneId zone = channels.find(post.channel()).map(Channel::zone).orElse(ZoneId.of("UTC"));
        if (question.isEmpty() || post.messageRef() == null) {
            posts.markRevealed(post.id(), now);
            return;
        }
        var result = cards.result(question.get(), post, zone, answers.forPost(post.id()));
        boolean done = delivery.attempt(post.channel(), "reveal the answer", () -> {
            ChatPlatform platform = platforms.of(post.channel());
            platform.update(post.channel(), post.messageRef(), result);
            platform.postInThread(post.channel(), post.messageRef(), new MessageView.Notice(MessageView.Notice.Tone.INFO,
                    "Answer: " + result.correctAnswer(), question.get().explanation()
                            + "\nPress Explain on the card for every option's reasoning and the documentation."));
        });
        if (done || channels.find(post.channel()).map(Channel::paused).orElse(true)) {
            posts.markRevealed(post.id(), now);
        }
    }
}
