/**
 * Choosing the next question for a channel: domains in proportion to the blueprint's weights, no repeats until a
 * domain's pool is used up, task statements spread within a domain. Pure logic over plain data, no storage.
 */
package dev.studybot.selection;
