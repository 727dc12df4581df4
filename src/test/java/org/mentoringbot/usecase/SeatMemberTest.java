package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mentoringbot.usecase.SchoolProgram.LIV;
import static org.mentoringbot.usecase.SchoolProgram.OWNER;
import static org.mentoringbot.usecase.SchoolProgram.PER;
import static org.mentoringbot.usecase.SchoolProgram.as;
import static org.mentoringbot.usecase.SchoolProgram.group;
import static org.mentoringbot.usecase.SchoolProgram.teacher;
import static org.mentoringbot.usecase.SchoolProgram.teachers;
import static org.mentoringbot.usecase.TestPeople.KARI;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;

/** A group's leader takes in someone who joined after the groups were formed. */
class SeatMemberTest {
    private final SchoolProgram school = new SchoolProgram();
    private MentoringGroup livs;
    private MentoringGroup pers;

    @BeforeEach
    void groupsFormedThenALateJoiner() {
        school.addLeaders(LIV, PER);
        school.join(teachers(1, 6));
        var formed = school.form(group(LIV, teachers(1, 3)), group(PER, teachers(4, 6)));
        livs = formed.groups().get(0).group();
        pers = formed.groups().get(1).group();
        school.join(teacher(7));
    }

    @Test
    void theGroupsLeaderSeatsTheLateJoiner() {
        var seated = assertInstanceOf(SeatMember.Seated.class, seat(as(LIV), livs, "U0T07"));

        assertEquals(livs.id(), seated.group().id());
        assertEquals(teacher(7), seated.member());
        assertEquals(List.of("U0T01", "U0T02", "U0T03", "U0T07"), school.seatedIn(livs));
    }

    @Test
    void theOwnerMaySeatThemInAnyGroup() {
        assertInstanceOf(SeatMember.Seated.class, seat(OWNER, pers, "U0T07"));

        assertEquals(List.of("U0T04", "U0T05", "U0T06", "U0T07"), school.seatedIn(pers));
    }

    @Test
    void anotherLeaderMayNotSeatSomeoneInAGroupTheyDoNotLead() {
        String before = school.snapshot();

        assertInstanceOf(SeatMember.NotTheirGroup.class, seat(as(PER), livs, "U0T07"));
        assertInstanceOf(SeatMember.NotTheirGroup.class, seat(as(teacher(1)), livs, "U0T07"));
        assertInstanceOf(SeatMember.NotTheirGroup.class, seat(as(teacher(7)), livs, "U0T07"));
        assertEquals(before, school.snapshot());
    }

    @Test
    void someoneAlreadyInAGroupStaysThere() {
        seat(as(PER), pers, "U0T07");
        String before = school.snapshot();

        var already = assertInstanceOf(SeatMember.AlreadySeated.class, seat(as(LIV), livs, "U0T07"));

        assertEquals(2, already.groupNumber());
        assertEquals(before, school.snapshot());
    }

    @Test
    void pressingTheButtonTwiceSeatsOnce() {
        seat(as(LIV), livs, "U0T07");

        var again = assertInstanceOf(SeatMember.AlreadySeated.class, seat(as(LIV), livs, "U0T07"));

        assertEquals(1, again.groupNumber());
        assertEquals(4, school.seatedIn(livs).size());
    }

    @Test
    void someoneOnTheWaitingListCannotBeSeated() {
        school.limitTo(7);
        school.join(teacher(8));
        String before = school.snapshot();

        assertInstanceOf(SeatMember.NotEnrolled.class, seat(as(LIV), livs, "U0T08"));
        assertEquals(before, school.snapshot());
    }

    @Test
    void someoneWhoLeftOrNeverJoinedCannotBeSeated() {
        school.useCases.leaveRound().leave(teacher(7));

        assertInstanceOf(SeatMember.NotEnrolled.class, seat(as(LIV), livs, "U0T07"));
        assertInstanceOf(SeatMember.NotEnrolled.class, seat(as(LIV), livs, KARI.userId()));
        assertEquals(3, school.seatedIn(livs).size());
    }

    @Test
    void aGroupOfAnEarlierRoundTakesNobodyNew() {
        school.nextRound();
        school.join(teacher(7));

        assertInstanceOf(SeatMember.NoSuchGroup.class, seat(as(LIV), livs, "U0T07"));
        assertInstanceOf(SeatMember.NoSuchGroup.class, school.useCases.seatMember().seat(as(LIV), 999, "U0T07"));
    }

    private SeatMember.Result seat(Actor actor, MentoringGroup group, String userId) {
        return school.useCases.seatMember().seat(actor, group.id(), userId);
    }
}
