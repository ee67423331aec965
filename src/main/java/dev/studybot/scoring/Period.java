package dev.studybot.scoring;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** A leaderboard period, in the channel's time zone: weeks start on Monday. */
public enum Period {
    WEEK,
    MONTH,
    ALL;

    /** The instants {@code [from, to)} of the period containing {@code now}. */
    public Instant[] bounds(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return switch (this) {
            case WEEK -> {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Instant[] {start(monday, zone), start(monday.plusWeeks(1), zone)};
            }
            case MONTH -> {
                LocalDate first = today.withDayOfMonth(1);
                yield new Instant[] {start(first, zone), start(first.plusMonths(1), zone)};
            }
            case ALL -> new Instant[] {Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z")};
        };
    }

    public String label() {
        return switch (this) {
            case WEEK -> "this week";
            case MONTH -> "this month";
            case ALL -> "all time";
        };
    }

    public static Period parse(String text) {
        return text == null ? WEEK : valueOf(text.toUpperCase(Locale.ROOT));
    }

    private static Instant start(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }
}
