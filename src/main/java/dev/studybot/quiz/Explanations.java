package dev.studybot.quiz;

import dev.studybot.bank.AnswerKey;
import dev.studybot.bank.Question;
import dev.studybot.bank.QuestionBank;
import dev.studybot.chat.Actor;
import dev.studybot.chat.ChannelId;
import dev.studybot.chat.ChatException;
import dev.studybot.chat.ChatPlatform;
import dev.studybot.chat.ChatPlatforms;
import dev.studybot.chat.MessageView;
import dev.studybot.chat.Reply;
import dev.studybot.users.UserDirectory;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Sends a question's full explanation privately, by DM, to someone who answered it or once it closed; where DMs
 * are closed or missing it falls back to a private reply in the channel.
 */
@Component
public class Explanations {

    private final PostStore posts;
    private final AnswerStore answers;
    private final UserDirectory users;
    private final QuestionBank bank;
    private final Cards cards;
    private final ChatPlatforms platforms;
    private final Executor work;
    private final Clock clock;

    public Explanations(PostStore posts, AnswerStore answers, UserDirectory users, QuestionBank bank, Cards cards,
            ChatPlatforms platforms, @Qualifier("chatWork") Executor work, Clock clock) {
        this.posts = posts;
        this.answers = answers;
        this.users = users;
        this.bank = bank;
        this.cards = cards;
        this.platforms = platforms;
        this.work = work;
        this.clock = clock;
    }

    /** For a card's Explain button. */
    public Reply explain(Post post, Actor actor) {
        Optional<Question> question = bank.find(post.questionId());
        if (question.isEmpty()) {
            return Reply.error("That question is no longer in the bank.");
        }
        var user = users.resolve(actor.user(), actor.displayName());
        Optional<AnswerStore.StoredAnswer> yours = answers.find(post.id(), user.id());
        if (yours.isEmpty() && post.isOpen(clock.instant())) {
            return Reply.info("Answer first: the explanation unlocks once you have answered or the question closes.");
        }
        AnswerKey given = yours.map(a -> AnswerKey.decode(question.get().type(), a.answer())).orElse(null);
        MessageView.Explanation explanation = cards.explanation(question.get(), post, given);
        ChatPlatform platform = platforms.of(post.channel());
        if (!platform.capabilities().directMessages()) {
            return Reply.privately(explanation);
        }
        work.execute(() -> send(platform, post.channel(), actor, explanation));
        return Reply.info("I'm sending you the explanation by direct message.");
    }

    /** For {@code /explain [question-id]}: the latest post in the channel, or that question's latest post. */
    public Reply explain(ChannelId channel, String questionId, Actor actor) {
        Optional<Post> post = questionId == null || questionId.isBlank() ? posts.latest(channel)
                : posts.latestOf(channel, questionId.strip());
        if (post.isEmpty()) {
            return Reply.error(questionId == null || questionId.isBlank()
                    ? "Nothing has been posted in this channel yet."
                    : "Question '" + clip(questionId) + "' has not been posted in this channel.");
        }
        return explain(post.get(), actor);
    }

    private static void send(ChatPlatform platform, ChannelId channel, Actor actor, MessageView explanation) {
        try {
            platform.sendDirect(actor.user(), explanation);
        } catch (ChatException e) {
            platform.sendPrivately(channel, actor.user(), explanation);
        }
    }

    private static String clip(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
