package org.mentoringbot.core.group;

import java.util.Objects;

/**
 * Two different people, in no particular order: {@code PersonPair.of("b", "a")} equals
 * {@code PersonPair.of("a", "b")}.
 *
 * @param a the smaller of the two ids
 * @param b the larger of the two ids
 */
public record PersonPair(String a, String b) {

    public PersonPair {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            throw new IllegalArgumentException("a pair needs two different people: " + a);
        }
        if (a.compareTo(b) > 0) {
            String first = b;
            b = a;
            a = first;
        }
    }

    public static PersonPair of(String oneId, String otherId) {
        return new PersonPair(oneId, otherId);
    }
}
