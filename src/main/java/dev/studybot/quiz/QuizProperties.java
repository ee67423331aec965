package dev.studybot.quiz;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the question of the day.
 *
 * @param defaultTimezone for new channels when the platform does not tell the admin's own zone
 * @param admins user refs ({@code slack:T1:U1}, {@code discord:G1:123}) who may run admin commands everywhere
 * @param catchUp how late a missed slot may still be posted (once) after a restart
 * @param closeBefore how long before the next post the open one closes
 * @param reveal when a user learns whether their answer was right
 * @param points points for a correct answer (all-or-nothing)
 */
@ConfigurationProperties("studybot")
public record QuizProperties(
        ZoneId defaultTimezone, List<String> admins, Duration catchUp, Duration closeBefore, Reveal reveal,
        int points) {

    /** When correctness is revealed to the person who answered. */
    public enum Reveal {
        ON_CLOSE,
        IMMEDIATELY
    }

    public QuizProperties {
        defaultTimezone = defaultTimezone == null ? ZoneId.of("UTC") : defaultTimezone;
        admins = admins == null ? List.of() : List.copyOf(admins);
        catchUp = catchUp == null ? Duration.ofHours(2) : catchUp;
        closeBefore = closeBefore == null ? Duration.ofMinutes(30) : closeBefore;
        reveal = reveal == null ? Reveal.ON_CLOSE : reveal;
        points = points <= 0 ? 10 : points;
    }
}
