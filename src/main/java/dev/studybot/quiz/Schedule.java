package dev.studybot.quiz;

import dev.studybot.chat.Weekdays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a channel posts: a local time on some weekdays in a zone. Slots are named by their local date-time, so
 * each day has exactly one slot whatever the clocks do: a time skipped by a daylight-saving jump posts at the
 * first valid instant after it, and a repeated hour posts once, at its first occurrence.
 */
public record Schedule(LocalTime time, ZoneId zone, Weekdays days) {

    /** A slot: its stable key and the instant it is due. */
    public record Slot(String key, Instant at) {}

    /** The most recent slot due at or before {@code now}, looking back a week at most. */
    public Optional<Slot> latestAtOrBefore(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        for (int back = 0; back <= 7; back++) {
            LocalDate date = today.minusDays(back);
            if (days.contains(date.getDayOfWeek())) {
                Slot slot = slot(date);
                if (!slot.at().isAfter(now)) {
                    return Optional.of(slot);
                }
            }
        }
        return Optional.empty();
    }

    /** The first slot due strictly after {@code instant}. */
    public Slot nextAfter(Instant instant) {
        LocalDate date = instant.atZone(zone).toLocalDate();
        for (int ahead = 0; ahead <= 8; ahead++) {
            LocalDate day = date.plusDays(ahead);
            if (days.contains(day.getDayOfWeek())) {
                Slot slot = slot(day);
                if (slot.at().isAfter(instant)) {
                    return slot;
                }
            }
        }
        throw new IllegalStateException("no slot within 8 days for " + this);
    }

    private Slot slot(LocalDate date) {
        LocalDateTime local = LocalDateTime.of(date, time);
        return new Slot(local.toString(), ZonedDateTime.of(local, zone).toInstant());
    }
}
