package org.mentoringbot.chat;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Person;

/**
 * Who is asking, as an adapter found out: the person, and how to speak to them.
 *
 * @param locale the user's language where the platform tells it, English otherwise
 * @param zone the user's time zone where the platform tells it, UTC otherwise
 * @param workspaceAdmin the platform says they administer the workspace (they may act as owner)
 * @param channelId the conversation the command was typed in (a Slack channel), or null when there is none
 *     to answer in publicly (the console, a button, a form)
 */
public record Requester(Person person, Locale locale, ZoneId zone, boolean workspaceAdmin, String channelId) {
    public Requester {
        Objects.requireNonNull(person, "person");
        locale = locale == null ? Locale.ENGLISH : locale;
        zone = zone == null ? ZoneId.of("UTC") : zone;
    }

    public Requester(Person person, Locale locale, ZoneId zone, boolean workspaceAdmin) {
        this(person, locale, zone, workspaceAdmin, null);
    }

    public Requester(Person person, Locale locale, ZoneId zone) {
        this(person, locale, zone, false);
    }

    /** The same person, asking in this conversation. */
    public Requester inChannel(String channelId) {
        return new Requester(person, locale, zone, workspaceAdmin, channelId);
    }

    public Actor actor() {
        return new Actor(person, workspaceAdmin);
    }
}
