package dev.studybot.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import dev.studybot.chat.ChatException;
import java.io.IOException;
import java.util.Set;

/** Sorts Slack failures into the two kinds the game knows: permanent (pause the channel) or transient (retry). */
final class SlackErrors {

    /** The bot was removed, or the channel or account is gone: retrying cannot help. */
    static final Set<String> PERMANENT = Set.of("not_in_channel", "channel_not_found", "is_archived",
            "account_inactive", "invalid_auth", "token_revoked", "missing_scope", "cannot_dm_bot",
            "user_not_found", "restricted_action");

    private SlackErrors() {}

    /** Throws unless the Web API call succeeded. */
    static <T extends SlackApiTextResponse> T check(String method, T response) {
        if (response.isOk()) {
            return response;
        }
        String error = response.getError();
        if (PERMANENT.contains(error)) {
            throw ChatException.permanentFailure(error);
        }
        throw ChatException.transientFailure(method + " failed: " + error, null);
    }

    static ChatException of(String method, Exception e) {
        if (e instanceof SlackApiException api && api.getError() != null
                && PERMANENT.contains(api.getError().getError())) {
            return ChatException.permanentFailure(api.getError().getError());
        }
        if (e instanceof IOException || e instanceof SlackApiException) {
            return ChatException.transientFailure(method + " failed: " + e.getMessage(), e);
        }
        return ChatException.transientFailure(method + " failed: " + e, e);
    }
}
