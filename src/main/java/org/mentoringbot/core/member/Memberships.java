package org.mentoringbot.core.member;

import java.util.Optional;

/** Who is in which round. */
public interface Memberships {
    Optional<Membership> find(long roundId, String userId);

    Membership add(Membership membership);

    void remove(Membership membership);

    long count(long roundId, MembershipStatus status);
}
