package dev.studybot.selection;

/**
 * A question a channel was already given, oldest first in a history.
 *
 * @param domain the domain it counted for on the channel's exam
 * @param countsTowardWeights true when it was posted after the channel's weights last changed
 */
public record PastPost(String questionId, int domain, String task, boolean countsTowardWeights) {}
