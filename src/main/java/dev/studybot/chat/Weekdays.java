package dev.studybot.chat;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of posting days, written {@code mon-fri}, {@code daily} or {@code mon,wed,fri}.
 *
 * @param days never empty
 */
public record Weekdays(Set<DayOfWeek> days) {

    public static final Weekdays WEEKDAYS = new Weekdays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    public static final Weekdays DAILY = new Weekdays(EnumSet.allOf(DayOfWeek.class));

    private static final List<String> NAMES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    public Weekdays {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("no days");
        }
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    public static Weekdays parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("daily")) {
            return DAILY;
        }
        if (value.equals("mon-fri") || value.equals("weekdays")) {
            return WEEKDAYS;
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : value.split(",")) {
            int index = NAMES.indexOf(part.strip());
            if (index < 0) {
                throw new IllegalArgumentException("'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
                        + "' are not days. Use mon-fri, daily, or a list like mon,wed,fri.");
            }
            days.add(DayOfWeek.of(index + 1));
        }
        return new Weekdays(days);
    }

    public boolean contains(DayOfWeek day) {
        return days.contains(day);
    }

    @Override
    public String toString() {
        if (days.equals(DAILY.days)) {
            return "daily";
        }
        if (days.equals(WEEKDAYS.days)) {
            return "mon-fri";
        }
        return days.stream().map(d -> NAMES.get(d.getValue() - 1)).collect(Collectors.joining(","));
    }
}
