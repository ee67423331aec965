package dev.studybot.exam;

/** Whether AWS still offers an exam. Retired exams stay selectable for groups that still study them. */
public enum ExamStatus {
    CURRENT,
    RETIRED
}
