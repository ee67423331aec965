package dev.studybot.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.support.Concurrently;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({UserDirectory.class, UserDirectoryTest.FixedClock.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class UserDirectoryTest {

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keysUsersByPlatformWorkspaceAndUserId() {
        var slack = users.resolve(new UserRef("slack", "T1", "U1"), "Ana");
        var otherWorkspace = users.resolve(new UserRef("slack", "T2", "U1"), "Ana");
        var discord = users.resolve(new UserRef("discord", "T1", "U1"), "Ana");

        assertThat(List.of(slack.id(), otherWorkspace.id(), discord.id())).doesNotHaveDuplicates();
        assertThat(users.resolve(new UserRef("slack", "T1", "U1"), "Ana").id()).isEqualTo(slack.id());
    }

    @Test
    void keepsTheDisplayNameCurrent() {
        UserRef ref = new UserRef("web", "main", "renamer");
        users.resolve(ref, "Old name");

        assertThat(users.resolve(ref, "  New name ").displayName()).isEqualTo("New name");
        assertThat(users.find(ref).orElseThrow().displayName()).isEqualTo("New name");
    }

    @Test
    void createsOneRowUnderConcurrentFirstSightings() throws Exception {
        UserRef ref = new UserRef("discord", "G1", "racer");
        List<Long> ids = Concurrently.run(8, 32, i -> () -> users.resolve(ref, "Racer").id());

        assertThat(ids).containsOnly(ids.get(0));
        Long rows = jdbc.sql("select count(*) from users where user_id = 'racer'").query(Long.class).single();
        assertThat(rows).isEqualTo(1);
    }
}
