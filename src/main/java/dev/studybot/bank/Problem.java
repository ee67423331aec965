package dev.studybot.bank;

/**
 * Something wrong with a question file, located precisely enough to fix it.
 *
 * @param file the file as the loader names it ({@code questions/mla-1-1.yaml})
 * @param line 1-based line
 * @param questionId the question's id, or {@code -} when it is not known
 */
public record Problem(String file, int line, String questionId, String message) {

    public static final String UNKNOWN_ID = "-";

    @Override
    public String toString() {
        return file + ":" + line + ": " + questionId + ": " + message;
    }
}
