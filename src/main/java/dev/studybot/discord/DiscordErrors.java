package dev.studybot.discord;

import dev.studybot.chat.ChatException;
import java.util.Set;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/** Sorts Discord failures: the bot lost access to the channel (permanent) or anything else (transient). */
final class DiscordErrors {

    static final Set<ErrorResponse> PERMANENT = Set.of(ErrorResponse.MISSING_ACCESS, ErrorResponse.UNKNOWN_CHANNEL,
            ErrorResponse.MISSING_PERMISSIONS, ErrorResponse.CANNOT_SEND_TO_USER, ErrorResponse.UNKNOWN_GUILD);

    private DiscordErrors() {}

    /** The failure as a {@link ChatException}; one already sorted (a missing channel, say) passes unchanged. */
    static ChatException of(String what, Throwable e) {
        if (e instanceof ChatException sorted) {
            return sorted;
        }
        if (e instanceof ErrorResponseException response && PERMANENT.contains(response.getErrorResponse())) {
            return ChatException.permanentFailure(response.getErrorResponse().getMeaning());
        }
        return ChatException.transientFailure(what + " failed: " + e.getMessage(), e);
    }
}
