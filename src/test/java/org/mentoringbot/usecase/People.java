package org.mentoringbot.usecase;

import org.mentoringbot.core.member.Person;

/** The people of the tests: a principal and teachers at one school, and someone at another. */
public final class People {
    public static final String SCHOOL = "slack:T0LINDE";
    public static final Person PRINCIPAL = new Person(SCHOOL, "U0ASE", "Åse Rektor");
    public static final Person KARI = new Person(SCHOOL, "U0KARI", "Kari Nordmann");
    public static final Person OLA = new Person(SCHOOL, "U0OLA", "Ola 🌻");
    public static final Person ELSEWHERE = new Person("slack:T0OTHER", "U0ASE", "Åse at another school");

    private People() {}
}
