package dev.studybot.quiz;

import dev.studybot.chat.ChatPlatforms;
import dev.studybot.chat.MessageView;
import dev.studybot.scoring.Leaderboard;
import dev.studybot.scoring.LeaderboardChart;
import dev.studybot.scoring.Period;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The clock of the game. Every pass (every 15 seconds by default) it posts due slots, closes due posts, retries
 * announcements and reveals that failed, and posts each channel's weekly leaderboard once. Every step is
 * idempotent, so passes after a crash or restart simply finish what was left.
 */
@Component
@ConditionalOnProperty(name = "studybot.scheduler.enabled", havingValue = "true", matchIfMissing = true)
public class QuizScheduler {

    private static final Logger log = LoggerFactory.getLogger(QuizScheduler.class);
    private static final Duration DIGEST_WINDOW = Duration.ofDays(1);

    private final GameClock game;

    public QuizScheduler(GameClock game) {
        this.game = game;
    }

    @Scheduled(fixedDelayString = "${studybot.scheduler.interval:15s}", initialDelayString = "${studybot.scheduler.initial-delay:5s}")
    void run() {
        try {
            game.tick();
        } catch (RuntimeException e) {
            log.error("Scheduler pass failed; the next pass retries", e);
        }
    }

    /** One pass of the game's time-driven work, callable directly by tests with a controlled clock. */
    @Component
    public static class GameClock {

        private final ChannelStore channels;
        private final PostStore posts;
        private final Posting posting;
        private final Closing closing;
        private final Leaderboard leaderboard;
        private final ChatPlatforms platforms;
        private final Delivery delivery;
        private final QuizProperties properties;
        private final JdbcClient jdbc;
        private final Clock clock;

        public GameClock(ChannelStore channels, PostStore posts, Posting posting, Closing closing,
                Leaderboard leaderboard, ChatPlatforms platforms, Delivery delivery, QuizProperties properties,
                JdbcClient jdbc, Clock clock) {
            this.channels = channels;
            this.posts = posts;
            this.posting = posting;
            this.closing = closing;
            this.leaderboard = leaderboard;
            this.platforms = platforms;
            this.delivery = delivery;
            this.properties = properties;
            this.jdbc = jdbc;
            this.clock = clock;
        }

        public synchronized void tick() {
            Instant now = clock.instant();
            Map<dev.studybot.chat.ChannelId, Channel> active = channels.active().stream()
                    .filter(c -> platforms.isEnabled(c.id().platform()))
                    .collect(Collectors.toMap(Channel::id, Function.identity()));
            for (Post post : posts.dueToClose(now)) {
                if (platforms.isEnabled(post.channel().platform())) {
                    closing.close(post, now);
                }
            }
            for (Channel channel : active.values()) {
                channel.schedule().latestAtOrBefore(now)
                        .filter(slot -> Duration.between(slot.at(), now).compareTo(properties.catchUp()) <= 0)
                        .ifPresent(slot -> posting.post(channel, slot.key(), now));
            }
            for (Post post : posts.unannounced()) {
                Channel channel = active.get(post.channel());
                if (channel != null) {
                    posting.announce(post, channel);
                }
            }
            for (Post post : posts.unrevealed()) {
                if (platforms.isEnabled(post.channel().platform())) {
                    closing.reveal(post, now);
                }
            }
            active.values().forEach(channel -> weeklyLeaderboard(channel, now));
        }

        private void weeklyLeaderboard(Channel channel, Instant now) {
            LocalDate monday = now.atZone(channel.zone()).toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            Instant weekStart = monday.atStartOfDay(channel.zone()).toInstant();
            if (Duration.between(weekStart, now).compareTo(DIGEST_WINDOW) > 0) {
                return;
            }
            LocalDate lastWeek = monday.minusWeeks(1);
            String period = "week:" + lastWeek.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                    + lastWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            var table = leaderboard.table(channel.id(), Period.WEEK, channel.zone(), weekStart.minusSeconds(1), null);
            if (table.rows().isEmpty()) {
                return;
            }
            boolean posted = jdbc.sql("select count(*) from channel_digests where channel_id = :c and period = :p")
                    .param("c", channel.id().value()).param("p", period).query(Integer.class).single() > 0;
            if (posted) {
                return;
            }
            var titled = new MessageView.LeaderboardTable("Last week's leaderboard", table.rows(), null);
            // Post first, then record: a crash in between re-posts with the same idempotency key, which the
            // platform adapter turns into one message.
            if (delivery.attempt(channel.id(), "post the weekly leaderboard",
                    () -> platforms.of(channel.id()).post(channel.id(), titled, channel.id() + "/" + period))) {
                jdbc.sql("insert into channel_digests (channel_id, period, posted_at) values (:c, :p, :now) "
                                + "on conflict do nothing")
                        .param("c", channel.id().value()).param("p", period).param("now", ChannelStore.utc(now))
                        .update();
                uploadChart(channel, titled, period);
            }
        }

        /**
         * The chart is a picture of the table just posted, so it is best effort and comes after the digest is
         * recorded: a failed upload (or a crash just before it) loses the picture but never repeats it or the table,
         * and never pauses the channel (a workspace may not grant file uploads).
         */
        private void uploadChart(Channel channel, MessageView.LeaderboardTable table, String period) {
            try {
                platforms.of(channel.id()).uploadImage(channel.id(),
                        LeaderboardChart.of(table, "leaderboard-" + period.substring("week:".length()) + ".png"));
            } catch (RuntimeException e) {
                log.warn("Could not upload the leaderboard chart to {}: {}", channel.id(), e.getMessage());
            }
        }
    }
}
