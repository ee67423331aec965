package dev.studybot.quiz;

import dev.studybot.chat.Actor;
import dev.studybot.chat.ChannelId;
import dev.studybot.chat.ChatPlatforms;
import dev.studybot.chat.CommandCatalog;
import dev.studybot.chat.Inbound;
import dev.studybot.chat.MessageView;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Weekdays;
import dev.studybot.exam.Blueprint;
import dev.studybot.exam.BlueprintCatalog;
import dev.studybot.users.UserRef;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** The {@code /studybot} subcommands that set up and run a channel. Every change is checked before it is made. */
@Component
public class AdminCommands {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    private final ChannelStore channels;
    private final PostStore posts;
    private final Posting posting;
    private final Closing closing;
    private final BlueprintCatalog blueprints;
    private final ChatPlatforms platforms;
    private final QuizProperties properties;
    private final Executor work;
    private final Clock clock;

    public AdminCommands(ChannelStore channels, PostStore posts, Posting posting, Closing closing,
            BlueprintCatalog blueprints, ChatPlatforms platforms, QuizProperties properties,
            @Qualifier("chatWork") Executor work, Clock clock) {
        this.channels = channels;
        this.posts = posts;
        this.posting = posting;
        this.closing = closing;
        this.blueprints = blueprints;
        this.platforms = platforms;
        this.properties = properties;
        this.work = work;
        this.clock = clock;
    }

    Reply handle(String sub, Inbound.Command command) {
        ChannelId id = command.channel();
        Instant now = clock.instant();
        if (sub.equals("setup")) {
            return setup(id, command.actor(), now);
        }
        Optional<Channel> found = channels.find(id);
        if (found.isEmpty()) {
            return Reply.error("This channel is not set up yet. An admin can run /studybot setup here.");
        }
        Channel channel = found.get();
        return switch (sub) {
            case "schedule" -> schedule(channel, command);
            case "exam" -> exam(channel, command.options().get("code"), now);
            case "focus" -> focus(channel, command.options().get("domain"), now);
            case "post-now" -> {
                if (channel.paused()) {
                    yield Reply.error("This channel is paused. Run /studybot resume first.");
                }
                work.execute(() -> posting.post(channel, Posting.manualSlot(now), now));
                yield Reply.info("Closing the open question, if any, and posting the next one now.");
            }
            case "close-now" -> {
                var open = posts.open(id);
                if (open.isEmpty()) {
                    yield Reply.info("There is no open question to close.");
                }
                work.execute(() -> open.forEach(post -> closing.close(post, now)));
                yield Reply.info("Closing the open question and revealing the answer.");
            }
            case "pause" -> {
                channels.pause(id, "paused by " + command.actor().displayName());
                yield Reply.privately(MessageView.Notice.success("Paused. No questions will be posted until "
                        + "/studybot resume. Streaks are counted in posts, so nobody loses one."));
            }
            case "resume" -> {
                channels.resume(id);
                yield Reply.privately(MessageView.Notice.success("Resumed. " + nextPost(channels.find(id).orElseThrow(), now)));
            }
            case "status" -> Reply.privately(MessageView.Notice.info(status(channel, now)));
            case "organiser" -> organiser(id, command);
            default -> Reply.error("Unknown subcommand '" + sub + "'.");
        };
    }

    private Reply setup(ChannelId id, Actor actor, Instant now) {
        Optional<Channel> existing = channels.find(id);
        if (existing.isPresent()) {
            return Reply.info("This channel is already set up.\n" + status(existing.get(), now));
        }
        try {
            platforms.of(id).checkCanPost(id);
        } catch (RuntimeException e) {
            return Reply.error("I cannot post in this channel: " + e.getMessage()
                    + ". Invite me to the channel (or give me permission to send messages) and try again.");
        }
        ZoneId zone = actor.timeZone() != null ? actor.timeZone() : properties.defaultTimezone();
        Channel channel = new Channel(id, blueprints.defaultBlueprint().code(), DEFAULT_TIME, zone, Weekdays.WEEKDAYS,
                null, now, false, null);
        channels.enrol(channel, now);
        channels.addOrganiser(id, actor.user().toString());
        return Reply.privately(MessageView.Notice.success("Set up: " + channel.exam() + ", " + DEFAULT_TIME + " "
                + zone.getId() + ", Monday to Friday. You are an organiser of this channel. "
                + nextPost(channel, now) + "\nChange it with /studybot schedule, /studybot exam or /studybot focus."));
    }

    private Reply schedule(Channel channel, Inbound.Command command) {
        LocalTime time = LocalTime.parse(command.options().get("time"));
        ZoneId zone = ZoneId.of(command.options().get("zone"));
        String daysText = command.options().get("days");
        Weekdays days = daysText == null ? channel.days() : Weekdays.parse(daysText);
        channels.schedule(channel.id(), time, zone, days);
        Channel updated = channels.find(channel.id()).orElseThrow();
        return Reply.privately(MessageView.Notice.success("Schedule: " + time + " " + zone.getId() + ", " + days + ". "
                + nextPost(updated, clock.instant())));
    }

    private Reply exam(Channel channel, String code, Instant now) {
        Optional<Blueprint> blueprint = blueprints.find(code).filter(b -> b.code().equalsIgnoreCase(code));
        if (blueprint.isEmpty()) {
            return Reply.error("Unknown exam '" + code + "'. Valid: " + String.join(", ", blueprints.codes()) + ".");
        }
        channels.exam(channel.id(), blueprint.get().code(), now);
        String retired = blueprint.get().status() == dev.studybot.exam.ExamStatus.RETIRED
                ? " (retired by AWS; MLA-C01 is its successor)" : "";
        return Reply.privately(MessageView.Notice.success("This channel now studies " + blueprint.get().code() + " "
                + blueprint.get().name() + retired + ", with its domain weights."));
    }

    private Reply focus(Channel channel, String domain, Instant now) {
        Blueprint blueprint = blueprints.get(channel.exam());
        if (domain == null || domain.equalsIgnoreCase("off")) {
            channels.focus(channel.id(), null, now);
            return Reply.privately(MessageView.Notice.success("Focus off: questions follow the " + blueprint.code()
                    + " domain weights again."));
        }
        int number;
        try {
            number = Integer.parseInt(domain.strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        var found = blueprint.domain(number);
        if (found.isEmpty()) {
            return Reply.error("'" + domain + "' is not a domain of " + blueprint.code() + ". Valid: "
                    + blueprint.domains().stream().map(d -> String.valueOf(d.number())).toList() + " or off.");
        }
        channels.focus(channel.id(), number, now);
        return Reply.privately(MessageView.Notice.success("Focus: only Domain " + number + " (" + found.get().name()
                + ") until /studybot focus off."));
    }

    private Reply organiser(ChannelId id, Inbound.Command command) {
        UserRef actor = command.actor().user();
        String target = new UserRef(actor.platform(), actor.workspaceId(), command.options().get("user")).toString();
        boolean add = "add".equals(command.options().get("action"));
        if (add) {
            channels.addOrganiser(id, target);
            return Reply.privately(MessageView.Notice.success("Added " + command.options().get("user")
                    + " as an organiser of this channel."));
        }
        return channels.removeOrganiser(id, target)
                ? Reply.privately(MessageView.Notice.success("Removed " + command.options().get("user") + " as an organiser."))
                : Reply.error(command.options().get("user") + " is not an organiser of this channel.");
    }

    String status(Channel channel, Instant now) {
        StringBuilder text = new StringBuilder();
        text.append("Exam: ").append(channel.exam()).append('\n');
        text.append("Schedule: ").append(channel.postTime()).append(' ').append(channel.zone().getId()).append(", ")
                .append(channel.days()).append('\n');
        text.append("Focus: ").append(channel.focusDomain() == null ? "off (blueprint weights)"
                : "Domain " + channel.focusDomain()).append('\n');
        text.append(channel.paused() ? "Paused" + (channel.pausedReason() == null ? "" : ": " + channel.pausedReason())
                : nextPost(channel, now)).append('\n');
        posts.open(channel.id()).stream().findFirst().ifPresentOrElse(
                post -> text.append("Open question: ").append(post.questionId()).append(", closes ")
                        .append(WHEN.format(post.closesAt().atZone(channel.zone()))),
                () -> text.append("No open question."));
        text.append("\nOrganisers: ").append(channels.organisers(channel.id()).size());
        return text.toString();
    }

    private static String nextPost(Channel channel, Instant now) {
        return "Next question: " + WHEN.format(channel.schedule().nextAfter(now).at().atZone(channel.zone())) + " "
                + channel.zone().getId() + ".";
    }

    static String help() {
        StringBuilder text = new StringBuilder("StudyBot posts a question of the day for the AWS ML certifications.\n");
        for (var command : CommandCatalog.all()) {
            if (command.subcommands().isEmpty()) {
                text.append("/").append(command.name()).append(" – ").append(command.description()).append('\n');
            } else {
                for (var sub : command.subcommands()) {
                    text.append(dev.studybot.chat.CommandParser.usage(command.name() + " " + sub.name(), sub.options()))
                            .append(" – ").append(sub.description())
                            .append(sub.access() == CommandCatalog.Access.ADMINS ? " (admins)" : "").append('\n');
                }
            }
        }
        return text.toString().strip();
    }
}
