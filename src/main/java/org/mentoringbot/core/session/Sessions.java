package org.mentoringbot.core.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sessions of groups, and who came. */
public interface Sessions {
    MentoringSession add(MentoringSession session);

    Optional<MentoringSession> byId(long sessionId);

    /** The group's sessions, earliest first, cancelled ones included. */
    List<MentoringSession> ofGroup(long groupId);

    /** Every session of the round, earliest first, cancelled ones included. */
    List<MentoringSession> ofRound(long roundId);

    /** Sessions that stand and start in [from, to), earliest first: what reminders are built from. */
    List<MentoringSession> startingBetween(Instant from, Instant to);

    List<Attendance> attendanceOf(long sessionId);

    Attendance mark(Attendance attendance);

    /** Erases a mark (the person asked to be forgotten); unmarked counts as present. */
    void unmark(Attendance attendance);
}
