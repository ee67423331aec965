package dev.studybot.quiz;

import static dev.studybot.quiz.ChannelStore.utc;

import dev.studybot.bank.AnswerKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One answer row per user per post (the primary key). A changed answer replaces the row; the same answer again,
 * a retried delivery or a concurrent double click leaves it as it is. Nothing is written once the post is closed.
 */
@Repository
public class AnswerStore {

    /** What recording did. */
    public enum Outcome {
        RECORDED,
        CHANGED,
        UNCHANGED,
        CLOSED
    }

    /** A stored answer. */
    public record StoredAnswer(long userId, String answer, boolean correct) {}

    private final JdbcClient jdbc;

    public AnswerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Outcome record(long postId, long userId, AnswerKey answer, boolean correct, Instant now) {
        String encoded = answer.encode();
        // Most clicks are a person's first answer, so try the insert first: one statement on the common path.
        int inserted = jdbc.sql("""
                insert into answers (post_id, user_id, answer, correct, answered_at)
                select :post, :user, :answer, :correct, :now from posts where id = :post and closed_at is null
                on conflict do nothing""")
                .param("post", postId).param("user", userId).param("answer", encoded)
                .param("correct", correct).param("now", utc(now)).update();
        if (inserted == 1) {
            return Outcome.RECORDED;
        }
        Optional<String> previous = find(postId, userId).map(StoredAnswer::answer);
        if (previous.isEmpty()) {
            return Outcome.CLOSED; // nothing to conflict with, so the post refused the insert
        }
        if (previous.get().equals(encoded)) {
            return Outcome.UNCHANGED;
        }
        if (change(postId, userId, answer, correct, now)) {
            return Outcome.CHANGED;
        }
        // a concurrent click of the same person may have made the same change first
        return find(postId, userId).map(StoredAnswer::answer).filter(encoded::equals).isPresent()
                ? Outcome.UNCHANGED : Outcome.CLOSED;
    }

    private boolean change(long postId, long userId, AnswerKey answer, boolean correct, Instant now) {
        return jdbc.sql("""
                update answers set answer = :answer, correct = :correct, answered_at = :now, changes = changes + 1
                where post_id = :post and user_id = :user and answer <> :answer
                  and exists (select 1 from posts where id = :post and closed_at is null)""")
                .param("post", postId).param("user", userId).param("answer", answer.encode())
                .param("correct", correct).param("now", utc(now)).update() == 1;
    }

    public Optional<StoredAnswer> find(long postId, long userId) {
        return jdbc.sql("select user_id, answer, correct from answers where post_id = :post and user_id = :user")
                .param("post", postId).param("user", userId)
                .query((rs, n) -> new StoredAnswer(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).optional();
    }

    public List<StoredAnswer> forPost(long postId) {
        return jdbc.sql("select user_id, answer, correct from answers where post_id = :post order by user_id")
                .param("post", postId)
                .query((rs, n) -> new StoredAnswer(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    /** Awards the points of a closed post: all-or-nothing per answer. */
    public void awardPoints(long postId, int points) {
        jdbc.sql("update answers set points = case when correct then :points else 0 end where post_id = :post")
                .param("points", points).param("post", postId).update();
    }
}
