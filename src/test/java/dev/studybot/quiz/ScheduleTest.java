package dev.studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.chat.Weekdays;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void postsAtTheSameLocalTimeEitherSideOfTheAutumnClockChange() {
        Schedule daily = new Schedule(LocalTime.of(9, 0), BERLIN, Weekdays.DAILY);

        Schedule.Slot saturday = daily.nextAfter(Instant.parse("2026-10-24T00:00:00Z"));
        Schedule.Slot sunday = daily.nextAfter(saturday.at());

        assertThat(saturday).isEqualTo(new Schedule.Slot("2026-10-24T09:00", Instant.parse("2026-10-24T07:00:00Z")));
        assertThat(sunday).isEqualTo(new Schedule.Slot("2026-10-25T09:00", Instant.parse("2026-10-25T08:00:00Z")));
    }

    @Test
    void postsATimeSkippedBySpringForwardOnceAfterTheGap() {
        Schedule night = new Schedule(LocalTime.of(2, 30), BERLIN, Weekdays.DAILY);

        Schedule.Slot slot = night.nextAfter(Instant.parse("2026-03-28T23:00:00Z"));

        assertThat(slot.key()).isEqualTo("2026-03-29T02:30");
        assertThat(slot.at()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(night.nextAfter(slot.at()).key()).isEqualTo("2026-03-30T02:30");
    }

    @Test
    void postsARepeatedHourOnceAtItsFirstOccurrence() {
        Schedule night = new Schedule(LocalTime.of(2, 30), BERLIN, Weekdays.DAILY);

        Schedule.Slot slot = night.nextAfter(Instant.parse("2026-10-24T23:00:00Z"));

        assertThat(slot).isEqualTo(new Schedule.Slot("2026-10-25T02:30", Instant.parse("2026-10-25T00:30:00Z")));
        assertThat(night.nextAfter(slot.at()).key()).isEqualTo("2026-10-26T02:30");
        assertThat(night.latestAtOrBefore(Instant.parse("2026-10-25T01:30:00Z")).orElseThrow().key())
                .isEqualTo("2026-10-25T02:30");
    }

    @Test
    void skipsTheWeekendOnWeekdaySchedules() {
        Schedule weekdays = new Schedule(LocalTime.of(9, 0), ZoneId.of("America/New_York"), Weekdays.WEEKDAYS);

        Schedule.Slot next = weekdays.nextAfter(Instant.parse("2026-11-27T15:00:00Z"));
        Schedule.Slot latest = weekdays.latestAtOrBefore(Instant.parse("2026-11-29T15:00:00Z")).orElseThrow();

        assertThat(next.key()).isEqualTo("2026-11-30T09:00");
        assertThat(latest.key()).isEqualTo("2026-11-27T09:00");
    }

    @Test
    void hasNoSlotBeforeTheFirstPostingTime() {
        Schedule only = new Schedule(LocalTime.of(9, 0), ZoneId.of("UTC"), Weekdays.parse("wed"));

        assertThat(only.latestAtOrBefore(Instant.parse("2026-11-25T08:59:59Z")).orElseThrow().key())
                .isEqualTo("2026-11-18T09:00");
        assertThat(only.latestAtOrBefore(Instant.parse("2026-11-25T09:00:00Z")).orElseThrow().key())
                .isEqualTo("2026-11-25T09:00");
    }
}
