package dev.studybot.quiz;

import static dev.studybot.quiz.ChannelStore.instant;
import static dev.studybot.quiz.ChannelStore.utc;

import dev.studybot.chat.ChannelId;
import dev.studybot.chat.MessageRef;
import dev.studybot.selection.PastPost;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Posts, exactly one per channel and slot (the database's unique key decides races and restarts). */
@Repository
public class PostStore {

    /** What to store for a new post. */
    public record NewPost(ChannelId channel, String slot, String questionId, String contentHash, String exam,
            int domain, String task, List<String> displayOrder, Instant createdAt, Instant closesAt) {}

    private final JdbcClient jdbc;

    public PostStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the post, or returns empty when the channel already has a post for that slot. */
    public Optional<Post> insert(NewPost post) {
        int rows = jdbc.sql("""
                insert into posts (channel_id, slot, question_id, content_hash, exam, domain, task, display_order,
                                   created_at, closes_at)
                values (:channel, :slot, :question, :hash, :exam, :domain, :task, :order, :created, :closes)
                on conflict do nothing""")
                .param("channel", post.channel().value()).param("slot", post.slot())
                .param("question", post.questionId()).param("hash", post.contentHash()).param("exam", post.exam())
                .param("domain", post.domain()).param("task", post.task())
                .param("order", String.join(",", post.displayOrder()))
                .param("created", utc(post.createdAt())).param("closes", utc(post.closesAt()))
                .update();
        return rows == 1 ? bySlot(post.channel(), post.slot()) : Optional.empty();
    }

    public boolean slotTaken(ChannelId channel, String slot) {
        return bySlot(channel, slot).isPresent();
    }

    public Optional<Post> bySlot(ChannelId channel, String slot) {
        return jdbc.sql("select * from posts where channel_id = :channel and slot = :slot")
                .param("channel", channel.value()).param("slot", slot).query(PostStore::map).optional();
    }

    public Optional<Post> find(long id) {
        return jdbc.sql("select * from posts where id = :id").param("id", id).query(PostStore::map).optional();
    }

    /** The channel's newest post, open or closed. */
    public Optional<Post> latest(ChannelId channel) {
        return jdbc.sql("select * from posts where channel_id = :channel order by created_at desc, id desc limit 1")
                .param("channel", channel.value()).query(PostStore::map).optional();
    }

    /** The newest post of a question in a channel. */
    public Optional<Post> latestOf(ChannelId channel, String questionId) {
        return jdbc.sql("select * from posts where channel_id = :channel and question_id = :question "
                        + "order by created_at desc, id desc limit 1")
                .param("channel", channel.value()).param("question", questionId).query(PostStore::map).optional();
    }

    public List<Post> open(ChannelId channel) {
        return jdbc.sql("select * from posts where channel_id = :channel and closed_at is null order by id")
                .param("channel", channel.value()).query(PostStore::map).list();
    }

    /** Posts whose close time has come and that are not closed yet, oldest first. */
    public List<Post> dueToClose(Instant now) {
        return jdbc.sql("select * from posts where closed_at is null and closes_at <= :now order by closes_at, id")
                .param("now", utc(now)).query(PostStore::map).list();
    }

    /** Stored but not yet accepted by the platform: a crash or an outage came in between. */
    public List<Post> unannounced() {
        return jdbc.sql("select * from posts where announced_at is null and closed_at is null order by id")
                .query(PostStore::map).list();
    }

    /** The channel's history for selection, oldest first. */
    public List<PastPost> history(ChannelId channel, Instant weightsSince) {
        return jdbc.sql("select question_id, domain, task, created_at from posts where channel_id = :channel "
                        + "order by created_at, id")
                .param("channel", channel.value())
                .query((rs, n) -> new PastPost(rs.getString("question_id"), rs.getInt("domain"), rs.getString("task"),
                        !instant(rs, "created_at").isBefore(weightsSince)))
                .list();
    }

    public void markAnnounced(long id, MessageRef ref, Instant now) {
        jdbc.sql("update posts set announced_at = :now, message_ref = :ref where id = :id")
                .param("now", utc(now)).param("ref", ref == null ? null : ref.value()).param("id", id).update();
    }

    /** Marks a post closed; false when another caller closed it first, so a close happens once. */
    public boolean markClosed(long id, Instant now) {
        return jdbc.sql("update posts set closed_at = :now where id = :id and closed_at is null")
                .param("now", utc(now)).param("id", id).update() == 1;
    }

    public void markRevealed(long id, Instant now) {
        jdbc.sql("update posts set revealed_at = :now where id = :id").param("now", utc(now)).param("id", id).update();
    }

    /** Closed posts whose card was not updated yet (the platform failed at the time). */
    public List<Post> unrevealed() {
        return jdbc.sql("select * from posts where closed_at is not null and revealed_at is null "
                        + "and announced_at is not null order by id")
                .query(PostStore::map).list();
    }

    private static Post map(ResultSet rs, int row) throws SQLException {
        String ref = rs.getString("message_ref");
        return new Post(rs.getLong("id"), ChannelId.of(rs.getString("channel_id")), rs.getString("slot"),
                rs.getString("question_id"), rs.getString("content_hash"), rs.getString("exam"), rs.getInt("domain"),
                rs.getString("task"), List.of(rs.getString("display_order").split(",")), instant(rs, "created_at"),
                instant(rs, "closes_at"), instant(rs, "announced_at"), ref == null ? null : new MessageRef(ref),
                instant(rs, "closed_at"));
    }
}
