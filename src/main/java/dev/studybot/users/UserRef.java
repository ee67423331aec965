package dev.studybot.users;

import java.util.Objects;

/**
 * Who someone is on a chat platform: the platform ({@code slack}, {@code discord}, {@code web}), the workspace or
 * server, and the platform's user id. The same person on two platforms is two users.
 */
public record UserRef(String platform, String workspaceId, String userId) {

    public UserRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(userId, "userId");
    }

    /** Reads what {@link #toString()} wrote: {@code platform:workspace:user}. */
    public static UserRef parse(String text) {
        String[] parts = text.split(":", 3);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw new IllegalArgumentException("not a user ref: " + text);
        }
        return new UserRef(parts[0], parts[1], parts[2]);
    }

    @Override
    public String toString() {
        return platform + ":" + workspaceId + ":" + userId;
    }
}
