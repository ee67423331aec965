package dev.studybot.support;

import dev.studybot.bank.AnswerKey;
import dev.studybot.chat.Actor;
import dev.studybot.chat.ChannelId;
import dev.studybot.chat.CommandParser;
import dev.studybot.chat.Inbound;
import dev.studybot.chat.InboundHandler;
import dev.studybot.chat.MessageView;
import dev.studybot.chat.Reply;
import dev.studybot.users.UserRef;
import java.util.List;
import java.util.UUID;

/** Drives the game as people in one test channel would. */
public final class Players {

    private final InboundHandler game;
    public final ChannelId channel = ChannelId.of("test:T1:C" + UUID.randomUUID().toString().substring(0, 8));

    public Players(InboundHandler game) {
        this.game = game;
    }

    public static Actor member(String id) {
        return new Actor(new UserRef("test", "T1", id), "Name " + id, false, null);
    }

    public static Actor admin(String id) {
        return new Actor(new UserRef("test", "T1", id), "Admin " + id, true, null);
    }

    /** Enrols the channel as its lead would: the default setup, posting at 09:00 UTC Monday to Friday. */
    public Players setUpWeekdaysAtNineUtc() {
        command(admin("lead"), "/studybot setup");
        command(admin("lead"), "/studybot schedule 09:00 UTC mon-fri");
        return this;
    }

    /** Types a command as text, as on Slack. */
    public Reply command(Actor actor, String line) {
        String[] parts = line.strip().split("\\s+", 2);
        CommandParser.Parsed parsed = CommandParser.parse(parts[0], parts.length > 1 ? parts[1] : "");
        if (!parsed.ok()) {
            return Reply.error(parsed.error());
        }
        return game.handle(new Inbound.Command(channel, actor, parsed.name(), parsed.options()));
    }

    public Reply answer(Actor actor, long postId, String... keys) {
        return game.handle(new Inbound.Answer(channel, actor, postId, AnswerKey.Choice.of(List.of(keys))));
    }

    public Reply answer(Actor actor, long postId, AnswerKey answer) {
        return game.handle(new Inbound.Answer(channel, actor, postId, answer));
    }

    public Reply press(Actor actor, long postId, Inbound.Action action) {
        return game.handle(new Inbound.Button(channel, actor, postId, action));
    }

    public static String text(Reply reply) {
        return reply.view() instanceof MessageView.Notice notice ? notice.text() : String.valueOf(reply.view());
    }
}
