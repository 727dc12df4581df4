package org.mentoringbot.usecase;

import java.util.Optional;
import org.mentoringbot.core.member.Person;

/** What the chat platform knows about people, for naming and checking them. */
public interface People {
    /** Someone as the platform describes them. */
    record Profile(Person person, boolean bot, boolean deactivated) {
        /** Only active humans can be named as leaders or placed in groups. */
        public boolean isActiveHuman() {
            return !bot && !deactivated;
        }
    }

    /** The user with this id in this workspace, empty when there is none (or it belongs elsewhere). */
    Optional<Profile> byId(String workspace, String userId);

    /** The user with this handle (as typed after @), empty when there is none. */
    Optional<Profile> byHandle(String workspace, String handle);
}
