/**
 * The Discord adapter: JDA on the gateway with no privileged intents, slash commands registered in one bulk
 * overwrite, embeds with buttons and selects, and step-by-step private flows. Only this package knows JDA.
 */
package dev.studybot.discord;
