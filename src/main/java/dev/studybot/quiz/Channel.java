package dev.studybot.quiz;

import dev.studybot.chat.ChannelId;
import dev.studybot.chat.Weekdays;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * An enrolled channel and its settings.
 *
 * @param focusDomain the only domain posted, or null for the blueprint's weights
 * @param weightsSince when the exam or focus last changed; only posts since then count toward the weights
 */
public record Channel(ChannelId id, String exam, LocalTime postTime, ZoneId zone, Weekdays days, Integer focusDomain,
        Instant weightsSince, boolean paused, String pausedReason) {

    public Schedule schedule() {
        return new Schedule(postTime, zone, days);
    }
}
