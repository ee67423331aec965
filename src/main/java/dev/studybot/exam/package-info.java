/**
 * Exam blueprints: the domains, weights, task statements and formats of each certification exam, read from
 * {@code config/blueprints/*.yaml}.
 */
package dev.studybot.exam;
