/**
 * The chat port: what the game needs from a chat platform, and what platforms deliver to the game. Slack, Discord
 * and the browser playground are adapters in their own packages; nothing here knows any of them.
 */
package dev.studybot.chat;
