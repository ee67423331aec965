package dev.studybot.chat;

/**
 * What a platform can do beyond the basics, so the core never asks which platform it talks to.
 *
 * @param threads replies can be grouped under a message (the reveal's explanation goes there)
 * @param directMessages the bot can open a private conversation with a user
 * @param ephemeralReplies a reply in a channel can be visible to one user only
 */
public record Capabilities(boolean threads, boolean directMessages, boolean ephemeralReplies) {}
