package org.mentoringbot.chat.reply;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The bot's wording in one language, from {@code messages*.properties}.
 * English is the base; Norwegian (nb, and no/nn which we answer in Bokmål) has its own file.
 */
public final class Messages {
    /** Languages with their own bundle, besides the English base. */
    public static final List<Locale> TRANSLATIONS = List.of(Locale.forLanguageTag("nb"));

    private static final String BUNDLE = "messages";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE_FALLBACK);
    }

    public static Messages in(Locale requested) {
        return new Messages(supported(requested));
    }

    /** The locale we answer in for what the platform says the user reads. */
    static Locale supported(Locale requested) {
        if (requested == null) {
            return Locale.ENGLISH;
        }
        return switch (requested.getLanguage()) {
            case "nb", "no", "nn" -> Locale.forLanguageTag("nb");
            default -> Locale.ENGLISH;
        };
    }

    public Locale locale() {
        return locale;
    }

    /** The message for {@code key}, with arguments formatted for this language (numbers, dates). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message " + key + " for " + locale, e);
        }
        // Always through MessageFormat, so every message escapes apostrophes the same way ('').
        return new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, List<Object> args) {
        return get(key, args.toArray());
    }
}
