package dev.studybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackCallsTest {

    private final SlackCalls calls = new SlackCalls();
    private final List<String> sent = new ArrayList<>();
    private final List<Long> at = new ArrayList<>();

    private void post(String channel) {
        calls.call("chat.postMessage", channel, () -> {
            sent.add(channel);
            at.add(System.nanoTime());
            ChatPostMessageResponse response = new ChatPostMessageResponse();
            response.setOk(true);
            return response;
        });
    }

    @Test
    void pacesMessagesToOneChannelAtOnePerSecondButNotAcrossChannels() {
        post("C1");
        post("C2");
        post("C1");

        assertThat(sent).containsExactly("C1", "C2", "C1");
        assertThat((at.get(1) - at.get(0)) / 1_000_000).as("another channel waits for nothing").isLessThan(500);
        assertThat((at.get(2) - at.get(0)) / 1_000_000).as("the same channel waits a second").isGreaterThanOrEqualTo(990);
    }

    @Test
    void readsRetryAfterInSecondsWithSensibleBounds() {
        assertThat(SlackCalls.retryAfterMillis("0")).isZero();
        assertThat(SlackCalls.retryAfterMillis("2")).isEqualTo(2_000);
        assertThat(SlackCalls.retryAfterMillis("3600")).isEqualTo(30_000);
        assertThat(SlackCalls.retryAfterMillis("soon")).isEqualTo(1_000);
        assertThat(SlackCalls.retryAfterMillis(null)).isEqualTo(1_000);
    }
}
