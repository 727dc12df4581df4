package org.mentoringbot.usecase;

import java.util.Optional;
import org.mentoringbot.core.member.Person;

/** The people of the tests: a principal and teachers at one school, and someone at another. */
public final class TestPeople {
    public static final String SCHOOL = "slack:T0LINDE";
    public static final Person PRINCIPAL = new Person(SCHOOL, "U0ASE", "Åse Rektor");
    public static final Person KARI = new Person(SCHOOL, "U0KARI", "Kari Nordmann");
    public static final Person OLA = new Person(SCHOOL, "U0OLA", "Ola 🌻");
    public static final Person ELSEWHERE = new Person("slack:T0OTHER", "U0ASE", "Åse at another school");

    private TestPeople() {}

    /** A directory where everyone asked about exists, as an active human named by their id. */
    public static People everyoneExists() {
        return new People() {
            @Override
            public Optional<Profile> byId(String workspace, String userId) {
                return Optional.of(new Profile(new Person(workspace, userId, userId), false, false));
            }

            @Override
            public Optional<Profile> byHandle(String workspace, String handle) {
                return byId(workspace, handle);
            }
        };
    }
}
