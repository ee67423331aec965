package dev.studybot.exam;

import java.util.List;

/**
 * A content domain of a blueprint and its share of the scored questions.
 *
 * @param number 1-based domain number
 * @param name AWS's title
 * @param weight percentage of the exam, all domains of a blueprint add up to 100
 * @param tasks the task statements in blueprint order
 */
public record Domain(int number, String name, int weight, List<TaskStatement> tasks) {

    public Domain {
        tasks = List.copyOf(tasks);
    }
}
