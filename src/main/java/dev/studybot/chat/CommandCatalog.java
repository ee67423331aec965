package dev.studybot.chat;

import java.util.List;
import java.util.Optional;

/**
 * Every command the bot understands, declared once. Adapters register these natively (Discord slash commands with
 * typed options, Slack slash commands parsed by {@link CommandParser}); the game handles them by name.
 */
public final class CommandCatalog {

    /** Who may run a command. */
    public enum Access {
        EVERYONE,
        /** Platform admins, ids in {@code studybot.admins}, and the channel's organisers. */
        ADMINS
    }

    /** The type of an option, checked before the game sees it. */
    public enum OptionType {
        TEXT,
        /** {@code HH:mm}, 24-hour. */
        TIME,
        /** An IANA zone, {@code Europe/Berlin}. */
        TIMEZONE,
        /** {@code mon-fri}, {@code daily} or a list such as {@code mon,wed,fri}. */
        DAYS,
        /** A user mention or id. */
        USER,
        /** One of {@link OptionSpec#choices()}. */
        CHOICE
    }

    /** One option of a command, positional in text form. */
    public record OptionSpec(String name, String description, OptionType type, boolean required, List<String> choices) {
        public OptionSpec {
            choices = List.copyOf(choices);
        }

        static OptionSpec required(String name, String description, OptionType type, String... choices) {
            return new OptionSpec(name, description, type, true, List.of(choices));
        }

        static OptionSpec optional(String name, String description, OptionType type, String... choices) {
            return new OptionSpec(name, description, type, false, List.of(choices));
        }
    }

    /** A command; {@code /studybot} has subcommands, the others options. */
    public record CommandSpec(String name, String description, Access access, List<OptionSpec> options,
            List<CommandSpec> subcommands) {
        public CommandSpec {
            options = List.copyOf(options);
            subcommands = List.copyOf(subcommands);
        }

        public Optional<CommandSpec> subcommand(String name) {
            return subcommands.stream().filter(s -> s.name().equals(name)).findFirst();
        }
    }

    public static final String STUDYBOT = "studybot";

    private static final List<CommandSpec> COMMANDS = List.of(
            new CommandSpec(STUDYBOT, "Set up and run the question of the day in this channel", Access.EVERYONE,
                    List.of(), List.of(
                            admin("setup", "Enrol this channel: MLA-C01, 09:00, Monday to Friday"),
                            admin("schedule", "Set the posting time, time zone and days",
                                    OptionSpec.required("time", "Posting time, HH:mm (24-hour)", OptionType.TIME),
                                    OptionSpec.required("zone", "Time zone, Area/City", OptionType.TIMEZONE),
                                    OptionSpec.optional("days", "mon-fri, daily, or a list like mon,wed,fri",
                                            OptionType.DAYS)),
                            admin("exam", "Choose the exam this channel studies",
                                    OptionSpec.required("code", "Exam code", OptionType.CHOICE, "MLA-C01", "MLS-C01")),
                            admin("focus", "Post only one domain, or off for the blueprint's weights",
                                    OptionSpec.required("domain", "Domain number, or off", OptionType.CHOICE,
                                            "1", "2", "3", "4", "off")),
                            admin("post-now", "Close the open question and post the next one now"),
                            admin("close-now", "Close the open question and reveal the answer now"),
                            admin("pause", "Stop posting until resumed"),
                            admin("resume", "Start posting again"),
                            admin("status", "Show this channel's settings and the open question"),
                            admin("organiser", "Let a user run the admin commands in this channel",
                                    OptionSpec.required("action", "add or remove", OptionType.CHOICE, "add", "remove"),
                                    OptionSpec.required("user", "The user", OptionType.USER)),
                            new CommandSpec("help", "What StudyBot can do", Access.EVERYONE, List.of(), List.of()))),
            new CommandSpec("leaderboard", "Points in this channel", Access.EVERYONE, List.of(
                    OptionSpec.optional("period", "week, month or all", OptionType.CHOICE, "week", "month", "all"),
                    OptionSpec.optional("visibility", "public posts it for everyone (admins only)",
                            OptionType.CHOICE, "private", "public")), List.of()),
            new CommandSpec("streak", "Your current and best streaks in this channel", Access.EVERYONE, List.of(),
                    List.of()),
            new CommandSpec("stats", "Your points, accuracy per exam domain and weakest domain", Access.EVERYONE,
                    List.of(), List.of()),
            new CommandSpec("explain", "The explanation of a question, by DM", Access.EVERYONE, List.of(
                    OptionSpec.optional("question", "Question id; the latest post when left out", OptionType.TEXT)),
                    List.of()));

    private CommandCatalog() {}

    private static CommandSpec admin(String name, String description, OptionSpec... options) {
        return new CommandSpec(name, description, Access.ADMINS, List.of(options), List.of());
    }

    public static List<CommandSpec> all() {
        return COMMANDS;
    }

    public static Optional<CommandSpec> find(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
