package dev.studybot.scoring;

import dev.studybot.chat.ChannelId;
import dev.studybot.chat.MessageView.LeaderboardRow;
import dev.studybot.chat.MessageView.LeaderboardTable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A channel's standings over a period, from the points awarded at close. Ties are broken deterministically:
 * points, then accuracy, then more answers, then name, then user id.
 */
@Repository
public class Leaderboard {

    /** One user's totals. */
    public record Standing(long userId, String name, int points, int correct, int answered, int streak) {

        int accuracy() {
            return answered == 0 ? 0 : Math.round(100f * correct / answered);
        }
    }

    static final int TOP = 10;

    private final JdbcClient jdbc;

    public Leaderboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone with an answer in a closed post of the period, best first. */
    public List<Standing> standings(ChannelId channel, Period period, ZoneId zone, Instant now) {
        Instant[] bounds = period.bounds(now, zone);
        return jdbc.sql("""
                select u.id, u.display_name, sum(a.points) as points,
                       sum(case when a.correct then 1 else 0 end) as correct, count(*) as answered,
                       coalesce(max(s.participation), 0) as streak
                from posts p
                join answers a on a.post_id = p.id
                join users u on u.id = a.user_id
                left join streaks s on s.channel_id = p.channel_id and s.user_id = a.user_id
                where p.channel_id = :channel and p.closed_at is not null and a.points is not null
                  and p.created_at >= :from and p.created_at < :to
                group by u.id, u.display_name
                order by points desc, (1.0 * sum(case when a.correct then 1 else 0 end)) / count(*) desc,
                         answered desc, u.display_name, u.id""")
                .param("channel", channel.value())
                .param("from", bounds[0].atOffset(ZoneOffset.UTC)).param("to", bounds[1].atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Standing(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6)))
                .list();
    }

    /** The top ten, plus the caller's own row when they rank lower. */
    public LeaderboardTable table(ChannelId channel, Period period, ZoneId zone, Instant now, Long callerId) {
        List<Standing> standings = standings(channel, period, zone, now);
        List<LeaderboardRow> rows = new ArrayList<>();
        LeaderboardRow caller = null;
        for (int i = 0; i < standings.size(); i++) {
            Standing s = standings.get(i);
            LeaderboardRow row = new LeaderboardRow(i + 1, s.name(), s.points(), s.accuracy(), s.answered(), s.streak());
            if (i < TOP) {
                rows.add(row);
            } else if (callerId != null && callerId == s.userId()) {
                caller = row;
            }
        }
        return new LeaderboardTable("Leaderboard, " + period.label(), rows, caller);
    }
}
