/**
 * The question of the day: channels and their schedules, posting (exactly once per channel and slot), answers,
 * closing with the reveal, explanations, and the admin commands. Talks to platforms only through the chat port.
 */
package dev.studybot.quiz;
