package org.mentoringbot.core.member;

import java.util.List;
import java.util.Optional;

/** Who is in which round. */
public interface Memberships {
    Optional<Membership> find(long roundId, String userId);

    Membership add(Membership membership);

    void remove(Membership membership);

    long count(long roundId, MembershipStatus status);

    /** Everyone with this status in the round, in the order they joined. */
    List<Membership> inRound(long roundId, MembershipStatus status);
}
