package dev.studybot.bank;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four question types of the AWS exams. Each is scored all-or-nothing. */
public enum QuestionType {
    /** One correct option. */
    SINGLE,
    /** Two or three correct options, named in the stem by "(Select TWO.)" or "(Select THREE.)". */
    MULTIPLE,
    /** Every option placed in the correct order. */
    ORDERING,
    /** Every prompt matched to the right option. */
    MATCHING;

    /** The name used in question files and blueprints, {@code single}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QuestionType> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label().equals(label)).findFirst();
    }

    /** True when a user's answer cannot be given by clicking on a public card and needs a private flow. */
    public boolean needsPrivateFlow() {
        return this == ORDERING || this == MATCHING;
    }
}
