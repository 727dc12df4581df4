package org.mentoringbot.core.group;

import java.util.List;
import java.util.Optional;

/** Groups, their seats, and the program's never-together pairs. */
public interface Groups {
    List<MentoringGroup> ofRound(long roundId);

    Optional<MentoringGroup> byId(long groupId);

    MentoringGroup add(MentoringGroup group);

    List<GroupSeat> seatsOfRound(long roundId);

    Optional<GroupSeat> seatOf(long roundId, String userId);

    GroupSeat seat(GroupSeat seat);

    void unseat(GroupSeat seat);

    /** Seats of every earlier round of the program, for "who has met whom". */
    List<GroupSeat> seatsBefore(long programId, int roundNumber);

    List<NeverTogether> neverTogether(long programId);

    Optional<NeverTogether> findNeverTogether(long programId, String userA, String userB);

    NeverTogether add(NeverTogether pair);

    /** Erases a pair (one of the two asked to be forgotten). */
    void remove(NeverTogether pair);
}
