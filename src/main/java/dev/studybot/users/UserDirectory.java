package dev.studybot.users;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds or creates users, keeping the display name current. */
@Repository
public class UserDirectory {

    /** A stored user. */
    public record User(long id, UserRef ref, String displayName) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    /** Users seen by this process: answering is the hot path, and a user row never changes its id. */
    private final Map<UserRef, User> seen = new ConcurrentHashMap<>();

    public UserDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The user's row, created on first sight; a changed display name is updated. Safe under concurrent calls. */
    public User resolve(UserRef ref, String displayName) {
        String name = displayName == null || displayName.isBlank() ? ref.userId() : clip(displayName.strip());
        User known = seen.get(ref);
        if (known != null && known.displayName().equals(name)) {
            return known;
        }
        jdbc.sql("""
                insert into users (platform, workspace_id, user_id, display_name, created_at)
                values (:platform, :workspace, :user, :name, :now)
                on conflict do nothing""")
                .param("platform", ref.platform()).param("workspace", ref.workspaceId()).param("user", ref.userId())
                .param("name", name).param("now", OffsetDateTime.now(clock))
                .update();
        User user = find(ref).orElseThrow();
        if (!user.displayName().equals(name)) {
            jdbc.sql("update users set display_name = :name where id = :id").param("name", name).param("id", user.id())
                    .update();
            user = new User(user.id(), ref, name);
        }
        if (seen.size() > 100_000) {
            seen.clear();
        }
        seen.put(ref, user);
        return user;
    }

    public Optional<User> find(UserRef ref) {
        return jdbc.sql("""
                select id, display_name from users
                where platform = :platform and workspace_id = :workspace and user_id = :user""")
                .param("platform", ref.platform()).param("workspace", ref.workspaceId()).param("user", ref.userId())
                .query((rs, n) -> new User(rs.getLong("id"), ref, rs.getString("display_name")))
                .optional();
    }

    private static String clip(String name) {
        return name.length() <= 100 ? name : name.substring(0, 100);
    }
}
