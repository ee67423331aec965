package dev.studybot.chat;

/**
 * The game's entry point for every adapter. Implementations return quickly: adapters call it on the platform's
 * acknowledgement path (Slack's and Discord's three seconds), so slow work (posting, DMs) runs afterwards.
 */
public interface InboundHandler {

    /** Handles one user action and says what to show that user right away. Never throws for bad input. */
    Reply handle(Inbound event);
}
