package dev.studybot.exam;

/**
 * One task statement of a blueprint, such as {@code 1.2 Transform data and perform feature engineering}.
 *
 * @param id the number AWS gives it, {@code "1.2"}
 * @param title AWS's title
 */
public record TaskStatement(String id, String title) {

    /** The domain number this task statement belongs to: the part before the dot. */
    public int domain() {
        return Integer.parseInt(id.substring(0, id.indexOf('.')));
    }
}
