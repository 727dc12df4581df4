package org.mentoringbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentoringbot.chat.command.PersonRef;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.usecase.People;

/** Resolves people named in commands to active humans of the requester's workspace. */
final class Mentions {
    /** The people found, and the references that named nobody usable. */
    record Resolved(List<Person> people, List<String> unknown) {}

    private final People people;

    Mentions(People people) {
        this.people = people;
    }

    Resolved resolve(String workspace, List<PersonRef> refs) {
        List<Person> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (PersonRef ref : refs) {
            Optional<People.Profile> profile = ref.userId() != null
                    ? people.byMention(workspace, ref.userId(), ref.handle())
                    : people.byHandle(workspace, ref.handle());
            if (profile.isPresent() && profile.get().isActiveHuman()) {
                found.add(profile.get().person());
            } else {
                unknown.add(ref.asTyped());
            }
        }
        return new Resolved(found, unknown);
    }
}
