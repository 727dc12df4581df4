package org.mentoringbot.usecase;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.mentoringbot.core.member.Person;

/** What the chat platform knows about people, for naming and checking them. */
public interface People {
    /**
     * Someone as the platform describes them.
     *
     * @param zone their time zone (for reminders and quiet hours), UTC when unknown
     * @param locale their language, English when unknown
     */
    record Profile(Person person, boolean bot, boolean deactivated, ZoneId zone, Locale locale) {
        public Profile {
            zone = zone == null ? ZoneId.of("UTC") : zone;
            locale = locale == null ? Locale.ENGLISH : locale;
        }

        public Profile(Person person, boolean bot, boolean deactivated) {
            this(person, bot, deactivated, null, null);
        }

        /** Only active humans can be named as leaders or placed in groups. */
        public boolean isActiveHuman() {
            return !bot && !deactivated;
        }
    }

    /** The user with this id in this workspace, empty when there is none (or it belongs elsewhere). */
    Optional<Profile> byId(String workspace, String userId);

    /** The user with this handle (as typed after @), empty when there is none. */
    Optional<Profile> byHandle(String workspace, String handle);

    /**
     * The user a platform mention names ({@code <@U123|kari>} in Slack), with the name the mention
     * carried for when the platform can't tell us theirs: the platform made the mention, so the id
     * is real even while it can't be asked. Empty when there is no such user.
     */
    default Optional<Profile> byMention(String workspace, String userId, String mentionedName) {
        return byId(workspace, userId);
    }
}
