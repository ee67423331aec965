package dev.studybot.chat;

import java.util.Objects;

/**
 * An opaque channel id that names its platform first: {@code slack:T123:C456}, {@code discord:GUILD:CHANNEL},
 * {@code web:main}. Only the adapter of that platform looks inside the rest.
 */
public record ChannelId(String value) {

    public ChannelId {
        Objects.requireNonNull(value, "value");
        if (value.indexOf(':') <= 0 || value.length() > 200) {
            throw new IllegalArgumentException("not a channel id: " + value);
        }
    }

    public static ChannelId of(String value) {
        return new ChannelId(value);
    }

    /** The platform prefix, {@code slack}. */
    public String platform() {
        return value.substring(0, value.indexOf(':'));
    }

    @Override
    public String toString() {
        return value;
    }
}
