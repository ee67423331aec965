package dev.studybot.quiz;

import dev.studybot.chat.ChannelId;
import dev.studybot.chat.MessageRef;
import java.time.Instant;
import java.util.List;

/**
 * A question posted to a channel for one slot.
 *
 * @param displayOrder the option keys in the order this post shows them
 * @param announcedAt when the platform accepted the message; null while it still has to be delivered
 * @param closedAt when answers stopped counting; null while open
 */
public record Post(long id, ChannelId channel, String slot, String questionId, String contentHash, String exam,
        int domain, String task, List<String> displayOrder, Instant createdAt, Instant closesAt, Instant announcedAt,
        MessageRef messageRef, Instant closedAt) {

    public Post {
        displayOrder = List.copyOf(displayOrder);
    }

    /** Open for scored answers at {@code now}. */
    public boolean isOpen(Instant now) {
        return closedAt == null && now.isBefore(closesAt);
    }

    /** The letter this post shows for a stable option key: its position, A for the first. */
    public String label(String key) {
        int index = displayOrder.indexOf(key);
        return index < 0 ? key : String.valueOf((char) ('A' + index));
    }
}
