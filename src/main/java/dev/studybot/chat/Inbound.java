package dev.studybot.chat;

import dev.studybot.bank.AnswerKey;
import java.util.Map;

/** What adapters deliver to the game, always complete: one record per user action. */
public sealed interface Inbound {

    ChannelId channel();

    Actor actor();

    /** A complete answer in stable option keys, collected with the platform's own UI. */
    record Answer(ChannelId channel, Actor actor, long postId, AnswerKey answer) implements Inbound {}

    /** A button on a card that is not an answer. */
    record Button(ChannelId channel, Actor actor, long postId, Action action) implements Inbound {}

    /**
     * A command from the catalogue, its options already checked against their types by {@link CommandParser} or
     * the platform (Discord's typed options).
     *
     * @param name {@code studybot schedule}, {@code leaderboard}, ...
     */
    record Command(ChannelId channel, Actor actor, String name, Map<String, String> options) implements Inbound {
        public Command {
            options = Map.copyOf(options);
        }
    }

    /** Card buttons other than answers. */
    enum Action {
        /** Send me the explanation by DM. */
        EXPLAIN,
        /** Open the private answer flow (ordering, matching). */
        ANSWER
    }
}
