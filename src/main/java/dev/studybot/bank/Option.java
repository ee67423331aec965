package dev.studybot.bank;

/**
 * One option of a question under its stable key.
 *
 * @param key {@code A}..{@code F}, stable across shuffles, never shown to users as a position
 * @param text what the option says
 * @param why why this option is right or wrong for the scenario
 */
public record Option(String key, String text, String why) {}
