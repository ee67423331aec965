package dev.studybot.slack;

import com.slack.api.methods.MethodsClient;
import dev.studybot.chat.Actor;
import dev.studybot.users.UserRef;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who a Slack user is: display name, whether they administer the workspace (admin or owner, from
 * {@code users.info}), and their time zone. Cached for ten minutes, since commands must be acknowledged within
 * three seconds.
 */
final class SlackUsers {

    private static final Logger log = LoggerFactory.getLogger(SlackUsers.class);
    private static final Duration TTL = Duration.ofMinutes(10);

    private record Cached(Actor actor, long until) {}

    private final MethodsClient client;
    private final SlackCalls calls;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    SlackUsers(MethodsClient client, SlackCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    Actor actor(String team, String userId, String fallbackName) {
        String key = team + ":" + userId;
        Cached cached = cache.get(key);
        if (cached != null && cached.until() > System.currentTimeMillis()) {
            return cached.actor();
        }
        UserRef ref = new UserRef("slack", team, userId);
        Actor actor;
        try {
            var user = calls.call("users.info", null, () -> client.usersInfo(r -> r.user(userId))).getUser();
            String name = user.getProfile() != null && notBlank(user.getProfile().getDisplayName())
                    ? user.getProfile().getDisplayName() : notBlank(user.getRealName()) ? user.getRealName() : fallbackName;
            actor = new Actor(ref, name, user.isAdmin() || user.isOwner() || user.isPrimaryOwner(), zone(user.getTz()));
        } catch (RuntimeException e) {
            log.warn("users.info failed for {}; treating them as a member: {}", key, e.getMessage());
            return new Actor(ref, fallbackName == null ? userId : fallbackName, false, null);
        }
        cache.put(key, new Cached(actor, System.currentTimeMillis() + TTL.toMillis()));
        return actor;
    }

    private static ZoneId zone(String tz) {
        try {
            return tz == null ? null : ZoneId.of(tz);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
