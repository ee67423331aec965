package dev.studybot.chat;

/** The platform's id of a message the bot posted, opaque to the core, stored so the message can be updated. */
public record MessageRef(String value) {}
