package org.mentoringbot.core.summary;

import java.util.Objects;

/**
 * The theme label of one proposed topic. It has no author and no topic text by design: an owner sees how often
 * each theme came up, never who proposed what or what they wrote.
 */
public record TopicTheme(String theme) {

    public TopicTheme {
        Objects.requireNonNull(theme, "theme");
        if (theme.isBlank()) {
            throw new IllegalArgumentException("theme must not be blank");
        }
    }
}
