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

    @Override
    public String toString() {
        return platform + ":" + workspaceId + ":" + userId;
    }
}
