package dev.studybot.quiz;

import dev.studybot.chat.ChannelId;
import dev.studybot.chat.Weekdays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Enrolled channels, their settings and organisers. */
@Repository
public class ChannelStore {

    private final JdbcClient jdbc;

    public ChannelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enrols a channel unless it already is; returns whether it was new. */
    public boolean enrol(Channel channel, Instant now) {
        return jdbc.sql("""
                insert into channels (id, exam, post_time, time_zone, days, focus_domain, weights_since, paused, created_at)
                values (:id, :exam, :time, :zone, :days, null, :now, false, :now)
                on conflict do nothing""")
                .param("id", channel.id().value()).param("exam", channel.exam())
                .param("time", channel.postTime().toString()).param("zone", channel.zone().getId())
                .param("days", channel.days().toString()).param("now", utc(now))
                .update() == 1;
    }

    public Optional<Channel> find(ChannelId id) {
        return jdbc.sql("select * from channels where id = :id").param("id", id.value()).query(ChannelStore::map)
                .optional();
    }

    public List<Channel> active() {
        return jdbc.sql("select * from channels where paused = false order by id").query(ChannelStore::map).list();
    }

    public void schedule(ChannelId id, LocalTime time, ZoneId zone, Weekdays days) {
        jdbc.sql("update channels set post_time = :time, time_zone = :zone, days = :days where id = :id")
                .param("time", time.toString()).param("zone", zone.getId()).param("days", days.toString())
                .param("id", id.value()).update();
    }

    public void exam(ChannelId id, String exam, Instant now) {
        jdbc.sql("update channels set exam = :exam, focus_domain = null, weights_since = :now where id = :id")
                .param("exam", exam).param("now", utc(now)).param("id", id.value()).update();
    }

    public void focus(ChannelId id, Integer domain, Instant now) {
        jdbc.sql("update channels set focus_domain = :domain, weights_since = :now where id = :id")
                .param("domain", domain).param("now", utc(now)).param("id", id.value()).update();
    }

    public void pause(ChannelId id, String reason) {
        jdbc.sql("update channels set paused = true, paused_reason = :reason where id = :id")
                .param("reason", reason == null ? null : reason.length() > 300 ? reason.substring(0, 300) : reason)
                .param("id", id.value()).update();
    }

    public void resume(ChannelId id) {
        jdbc.sql("update channels set paused = false, paused_reason = null where id = :id").param("id", id.value())
                .update();
    }

    public boolean addOrganiser(ChannelId id, String userId) {
        return jdbc.sql("insert into channel_organisers (channel_id, user_id) values (:id, :user) on conflict do nothing")
                .param("id", id.value()).param("user", userId).update() == 1;
    }

    public boolean removeOrganiser(ChannelId id, String userId) {
        return jdbc.sql("delete from channel_organisers where channel_id = :id and user_id = :user")
                .param("id", id.value()).param("user", userId).update() == 1;
    }

    public List<String> organisers(ChannelId id) {
        return jdbc.sql("select user_id from channel_organisers where channel_id = :id order by user_id")
                .param("id", id.value()).query(String.class).list();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Channel map(ResultSet rs, int row) throws SQLException {
        int focus = rs.getInt("focus_domain");
        Integer focusDomain = rs.wasNull() ? null : focus;
        return new Channel(ChannelId.of(rs.getString("id")), rs.getString("exam"),
                LocalTime.parse(rs.getString("post_time")), ZoneId.of(rs.getString("time_zone")),
                Weekdays.parse(rs.getString("days")), focusDomain, instant(rs, "weights_since"),
                rs.getBoolean("paused"), rs.getString("paused_reason"));
    }
}
