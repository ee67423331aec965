package dev.studybot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandParserTest {

    @Test
    void parsesAScheduleWithTypedOptions() {
        CommandParser.Parsed parsed = CommandParser.parse("/studybot", "schedule 7:30 Europe/Berlin mon,wed,fri");

        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.name()).isEqualTo("studybot schedule");
        assertThat(parsed.options()).isEqualTo(Map.of("time", "07:30", "zone", "Europe/Berlin", "days", "mon,wed,fri"));
    }

    @Test
    void readsUserMentionsFromSlackAndDiscord() {
        assertThat(CommandParser.parse("studybot", "organiser add <@U123|ana>").options()).containsEntry("user", "U123");
        assertThat(CommandParser.parse("studybot", "organiser remove <@!4567>").options()).containsEntry("user", "4567");
    }

    @Test
    void defaultsToHelpWithoutASubcommand() {
        assertThat(CommandParser.parse("/studybot", "").name()).isEqualTo("studybot help");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /studybot   | schedule 25:00 Europe/Berlin    | '25:00' is not a time. Use 24-hour HH:mm, for example 09:00 or 17:30.
            /studybot   | schedule 09:00 Mars/Olympus     | 'Mars/Olympus' is not a time zone. Use Area/City, for example Europe/Berlin, America/New_York or UTC.
            /studybot   | schedule 09:00 CET              | 'CET' is not a time zone. Use Area/City, for example Europe/Berlin, America/New_York or UTC.
            /studybot   | schedule 09:00 UTC someday      | 'someday' are not days. Use mon-fri, daily, or a list like mon,wed,fri.
            /studybot   | schedule                        | Missing time (Posting time, HH:mm (24-hour)). Usage: /studybot schedule <time> <zone> [days]
            /studybot   | exam SAA-C03                    | 'SAA-C03' is not a valid code. Valid: MLA-C01, MLS-C01.
            /studybot   | focus 7                         | '7' is not a valid domain. Valid: 1, 2, 3, 4, off.
            /studybot   | launch                          | Unknown subcommand 'launch'. Try: setup, schedule, exam, focus, post-now, close-now, pause, resume, status, organiser, help.
            /studybot   | pause now please                | Too many arguments for studybot pause. Usage: /studybot pause
            /leaderboard| yesterday                       | 'yesterday' is not a valid period. Valid: week, month, all.
            /stats      | everyone                        | Too many arguments for stats. Usage: /stats
            /dance      | now                             | Unknown command /dance. Commands: /studybot, /leaderboard, /streak, /stats, /explain.
            """)
    void rejectsBadInputNamingWhatWouldBeValid(String command, String text, String error) {
        CommandParser.Parsed parsed = CommandParser.parse(command, text);

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.error()).isEqualTo(error);
    }

    @Test
    void refusesAbsurdlyLongInput() {
        assertThat(CommandParser.parse("/explain", "x".repeat(10_000)).error()).startsWith("That command is too long");
    }
}
