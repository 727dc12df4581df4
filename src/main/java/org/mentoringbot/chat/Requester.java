package org.mentoringbot.chat;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.mentoringbot.core.member.Person;

/**
 * Who is asking, as an adapter found out: the person, and how to speak to them.
 *
 * @param locale the user's language where the platform tells it, English otherwise
 * @param zone the user's time zone where the platform tells it, UTC otherwise
 */
public record Requester(Person person, Locale locale, ZoneId zone) {
    public Requester {
        Objects.requireNonNull(person, "person");
        locale = locale == null ? Locale.ENGLISH : locale;
        zone = zone == null ? ZoneId.of("UTC") : zone;
    }
}
