package dev.studybot.chat;

import dev.studybot.chat.CommandCatalog.CommandSpec;
import dev.studybot.chat.CommandCatalog.OptionSpec;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a command typed as text ({@code /studybot schedule 09:00 Europe/Berlin mon-fri}) against the catalogue,
 * checking every option's type. Shared by every platform whose commands arrive as text.
 */
public final class CommandParser {

    /** The outcome: a command name and its options, or an error that names what would be valid. */
    public record Parsed(String name, Map<String, String> options, String error) {

        public boolean ok() {
            return error == null;
        }
    }

    private static final int MAX_INPUT = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern MENTION = Pattern.compile("<@!?([A-Za-z0-9]+)(?:\\|[^>]*)?>");
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CommandParser() {}

    public static Parsed parse(String command, String text) {
        String name = command.startsWith("/") ? command.substring(1) : command;
        CommandSpec spec = CommandCatalog.find(name).orElse(null);
        if (spec == null) {
            return error("Unknown command /" + clip(name) + ". Commands: "
                    + String.join(", ", CommandCatalog.all().stream().map(c -> "/" + c.name()).toList()) + ".");
        }
        if (text != null && text.length() > MAX_INPUT) {
            return error("That command is too long (" + text.length() + " characters; at most " + MAX_INPUT + ").");
        }
        List<String> words = new ArrayList<>(List.of((text == null ? "" : text.strip()).split("\\s+")));
        words.removeIf(String::isEmpty);
        if (!spec.subcommands().isEmpty()) {
            String sub = words.isEmpty() ? "help" : words.remove(0).toLowerCase(Locale.ROOT);
            CommandSpec subSpec = spec.subcommand(sub).orElse(null);
            if (subSpec == null) {
                return error("Unknown subcommand '" + clip(sub) + "'. Try: "
                        + String.join(", ", spec.subcommands().stream().map(CommandSpec::name).toList()) + ".");
            }
            return options(spec.name() + " " + subSpec.name(), subSpec.options(), words);
        }
        return options(spec.name(), spec.options(), words);
    }

    /** Checks one option value against its type; returns the normalised value, or throws with a clear message. */
    public static String check(OptionSpec option, String raw) {
        String value = raw.strip();
        return switch (option.type()) {
            case TEXT -> {
                if (value.length() > 100) {
                    throw new IllegalArgumentException(option.name() + " is too long (at most 100 characters).");
                }
                yield value;
            }
            case TIME -> {
                try {
                    yield LocalTime.parse(value, TIME).toString();
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException("'" + clip(value)
                            + "' is not a time. Use 24-hour HH:mm, for example 09:00 or 17:30.");
                }
            }
            case TIMEZONE -> {
                try {
                    if (!value.contains("/") && !value.equals("UTC")) {
                        throw new DateTimeException("not Area/City");
                    }
                    yield ZoneId.of(value).getId();
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException("'" + clip(value)
                            + "' is not a time zone. Use Area/City, for example Europe/Berlin, America/New_York or UTC.");
                }
            }
            case DAYS -> Weekdays.parse(value).toString();
            case USER -> {
                Matcher mention = MENTION.matcher(value);
                if (mention.matches()) {
                    yield mention.group(1);
                }
                if (PLAIN_ID.matcher(value).matches()) {
                    yield value;
                }
                throw new IllegalArgumentException("'" + clip(value) + "' is not a user. Mention them, like @name.");
            }
            case CHOICE -> option.choices().stream().filter(c -> c.equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("'" + clip(value) + "' is not a valid "
                            + option.name() + ". Valid: " + String.join(", ", option.choices()) + "."));
        };
    }

    private static Parsed options(String name, List<OptionSpec> specs, List<String> words) {
        if (words.size() > specs.size()) {
            return error("Too many arguments for " + name + ". Usage: " + usage(name, specs));
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            OptionSpec option = specs.get(i);
            if (i >= words.size()) {
                if (option.required()) {
                    return error("Missing " + option.name() + " (" + option.description() + "). Usage: "
                            + usage(name, specs));
                }
                continue;
            }
            try {
                options.put(option.name(), check(option, words.get(i)));
            } catch (IllegalArgumentException e) {
                return error(e.getMessage());
            }
        }
        return new Parsed(name, options, null);
    }

    public static String usage(String name, List<OptionSpec> specs) {
        StringBuilder usage = new StringBuilder("/").append(name);
        specs.forEach(o -> usage.append(o.required() ? " <" : " [").append(o.name()).append(o.required() ? ">" : "]"));
        return usage.toString();
    }

    private static Parsed error(String message) {
        return new Parsed(null, Map.of(), message);
    }

    private static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
