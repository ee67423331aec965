package dev.studybot.scoring;

import dev.studybot.chat.ChannelId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participation and correct-answer streaks per user per channel, counted in posts: a weekend off or a paused
 * channel makes no post, so it breaks nothing; a post you skip does.
 */
@Repository
public class StreakStore {

    /** A user's streaks in one channel. */
    public record Streak(int participation, int bestParticipation, int correct, int bestCorrect) {
        public static final Streak NONE = new Streak(0, 0, 0, 0);
    }

    private final JdbcClient jdbc;

    public StreakStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Advances every streak in the channel for one closed post. Called once per post, when it closes. */
    @Transactional
    public void applyClosedPost(ChannelId channel, long postId) {
        jdbc.sql("""
                insert into streaks (channel_id, user_id, participation, best_participation, correct, best_correct)
                select :channel, a.user_id, 0, 0, 0, 0 from answers a where a.post_id = :post
                on conflict do nothing""")
                .param("channel", channel.value()).param("post", postId).update();
        jdbc.sql("""
                update streaks set
                  participation = case when exists (select 1 from answers a
                      where a.post_id = :post and a.user_id = streaks.user_id) then participation + 1 else 0 end,
                  correct = case when exists (select 1 from answers a
                      where a.post_id = :post and a.user_id = streaks.user_id and a.correct) then correct + 1 else 0 end
                where channel_id = :channel""")
                .param("channel", channel.value()).param("post", postId).update();
        jdbc.sql("""
                update streaks set best_participation = greatest(best_participation, participation),
                                   best_correct = greatest(best_correct, correct)
                where channel_id = :channel""")
                .param("channel", channel.value()).update();
    }

    public Streak find(ChannelId channel, long userId) {
        return jdbc.sql("select participation, best_participation, correct, best_correct from streaks "
                        + "where channel_id = :channel and user_id = :user")
                .param("channel", channel.value()).param("user", userId)
                .query((rs, n) -> new Streak(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .optional().orElse(Streak.NONE);
    }
}
