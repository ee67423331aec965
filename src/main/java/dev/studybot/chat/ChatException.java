package dev.studybot.chat;

/**
 * A platform call failed. Adapters classify every failure: transient ones are retried with backoff and never lose
 * a post; permanent ones (the bot was removed, the channel is archived or gone) pause the channel.
 */
public class ChatException extends RuntimeException {

    private final boolean permanent;

    public ChatException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public static ChatException transientFailure(String message, Throwable cause) {
        return new ChatException(message, false, cause);
    }

    public static ChatException permanentFailure(String message) {
        return new ChatException(message, true, null);
    }

    public boolean isPermanent() {
        return permanent;
    }
}
