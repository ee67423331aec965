package dev.studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.chat.ChatException;
import org.junit.jupiter.api.Test;

class DiscordErrorsTest {

    @Test
    void passesAFailureAlreadySortedThroughUnchanged() {
        ChatException gone = ChatException.permanentFailure("Unknown Channel");

        assertThat(DiscordErrors.of("edit message", gone)).isSameAs(gone);
    }

    @Test
    void countsAnyOtherFailureAsTransientNamingWhatFailed() {
        ChatException sorted = DiscordErrors.of("upload image", new IllegalStateException("socket closed"));

        assertThat(sorted.isPermanent()).isFalse();
        assertThat(sorted.getMessage()).isEqualTo("upload image failed: socket closed");
    }
}
