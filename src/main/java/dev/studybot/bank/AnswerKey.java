package dev.studybot.bank;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A complete answer in stable option keys: the key of a question, or what a user gave. Two answers are the same
 * exactly when they are equal, which is how every type is scored all-or-nothing.
 */
public sealed interface AnswerKey {

    /** The option keys chosen, for {@code single} and {@code multiple}. */
    record Choice(SortedSet<String> keys) implements AnswerKey {
        public Choice {
            keys = Collections.unmodifiableSortedSet(new TreeSet<>(keys));
        }

        public static Choice of(Collection<String> keys) {
            return new Choice(new TreeSet<>(keys));
        }

        @Override
        public String encode() {
            return String.join(",", keys);
        }

        @Override
        public Set<String> optionKeys() {
            return keys;
        }
    }

    /** All option keys in order, for {@code ordering}. */
    record Sequence(List<String> keys) implements AnswerKey {
        public Sequence {
            keys = List.copyOf(keys);
        }

        @Override
        public String encode() {
            return String.join(">", keys);
        }

        @Override
        public Set<String> optionKeys() {
            return Set.copyOf(keys);
        }
    }

    /** Prompt number to option key, for {@code matching}. */
    record Pairs(SortedMap<String, String> pairs) implements AnswerKey {
        public Pairs {
            pairs = Collections.unmodifiableSortedMap(new TreeMap<>(pairs));
        }

        public static Pairs of(Map<String, String> pairs) {
            return new Pairs(new TreeMap<>(pairs));
        }

        @Override
        public String encode() {
            StringBuilder out = new StringBuilder();
            pairs.forEach((prompt, key) -> out.append(out.isEmpty() ? "" : ",").append(prompt).append('=').append(key));
            return out.toString();
        }

        @Override
        public Set<String> optionKeys() {
            return Set.copyOf(pairs.values());
        }
    }

    /** A compact, stable text form for storage: {@code A,C}, {@code B>A>C}, {@code 1=B,2=A}. */
    String encode();

    /** The option keys this answer uses: the picks, the steps, or the choices matched to prompts. */
    Set<String> optionKeys();

    /** Reads what {@link #encode()} wrote, for a question of the given type. */
    static AnswerKey decode(QuestionType type, String text) {
        return switch (type) {
            case SINGLE, MULTIPLE -> Choice.of(text.isEmpty() ? List.of() : List.of(text.split(",")));
            case ORDERING -> new Sequence(List.of(text.split(">")));
            case MATCHING -> {
                SortedMap<String, String> pairs = new TreeMap<>();
                for (String pair : text.split(",")) {
                    String[] parts = pair.split("=", 2);
                    pairs.put(parts[0], parts[1]);
                }
                yield new Pairs(pairs);
            }
        };
    }
}
