package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mentoringbot.usecase.SchoolProgram.OWNER;
import static org.mentoringbot.usecase.SchoolProgram.teacher;
import static org.mentoringbot.usecase.SchoolProgram.teachers;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.round.Round;

/** A round limited to 20 people: the next ones wait in join order and are let in as places free up. */
class WaitingListTest {
    private final SchoolProgram school = new SchoolProgram();
    private final Round round = school.roundOne;

    @BeforeEach
    void limitedTo20() {
        school.limitTo(20);
    }

    @Test
    void theFirst20AreInAndThe21stTo23rdWaitInJoinOrder() {
        for (int n = 1; n <= 20; n++) {
            var joined = assertInstanceOf(JoinRound.Joined.class, school.useCases.joinRound().join(teacher(n), null));
            assertEquals(n, joined.enrolled());
        }
        for (int n = 21; n <= 23; n++) {
            var waiting = assertInstanceOf(JoinRound.Waitlisted.class, school.useCases.joinRound().join(teacher(n), null));
            assertEquals(n - 20, waiting.position(), "position of teacher " + n);
        }

        assertEquals(ids(teachers(21, 23)), school.inRound(round, MembershipStatus.WAITING));
        assertEquals(20, school.inRound(round, MembershipStatus.ENROLLED).size());
    }

    @Test
    void aMemberWhoLeavesLetsTheFirstWaitingPersonInAndNobodyElse() {
        school.join(teachers(1, 23));

        var left = assertInstanceOf(LeaveRound.Left.class, school.useCases.leaveRound().leave(teacher(5)));

        assertEquals(Optional.of(teacher(21)), left.admitted());
        assertEquals(MembershipStatus.ENROLLED, school.membership(round, teacher(21)).status());
        assertEquals(ids(teachers(22, 23)), school.inRound(round, MembershipStatus.WAITING));
        assertEquals(20, school.inRound(round, MembershipStatus.ENROLLED).size());
    }

    @Test
    void theNextLeaveLetsTheNextWaitingPersonIn() {
        school.join(teachers(1, 23));
        school.useCases.leaveRound().leave(teacher(5));

        var left = assertInstanceOf(LeaveRound.Left.class, school.useCases.leaveRound().leave(teacher(6)));

        assertEquals(Optional.of(teacher(22)), left.admitted());
        assertEquals(ids(List.of(teacher(23))), school.inRound(round, MembershipStatus.WAITING));
    }

    @Test
    void someoneLeavingTheWaitingListLetsNobodyIn() {
        school.join(teachers(1, 23));

        var left = assertInstanceOf(LeaveRound.Left.class, school.useCases.leaveRound().leave(teacher(21)));

        assertEquals(Optional.empty(), left.admitted());
        assertEquals(20, school.inRound(round, MembershipStatus.ENROLLED).size());
        assertEquals(ids(teachers(22, 23)), school.inRound(round, MembershipStatus.WAITING));
    }

    @Test
    void whoWaitsLongestIsFirstEvenAfterSomeoneAheadLeft() {
        school.join(teachers(1, 23));
        school.useCases.leaveRound().leave(teacher(21));
        school.join(teacher(24));

        var left = assertInstanceOf(LeaveRound.Left.class, school.useCases.leaveRound().leave(teacher(1)));

        assertEquals(Optional.of(teacher(22)), left.admitted());
        assertEquals(ids(List.of(teacher(23), teacher(24))), school.inRound(round, MembershipStatus.WAITING));
    }

    @Test
    void aLeaveWithoutAnyoneWaitingLetsNobodyIn() {
        school.join(teachers(1, 20));

        var left = assertInstanceOf(LeaveRound.Left.class, school.useCases.leaveRound().leave(teacher(1)));

        assertEquals(Optional.empty(), left.admitted());
    }

    @Test
    void whileStillOverALoweredLimitALeaveLetsNobodyIn() {
        school.join(teachers(1, 23));
        school.limitTo(18);

        var left = assertInstanceOf(LeaveRound.Left.class, school.useCases.leaveRound().leave(teacher(1)));

        assertEquals(Optional.empty(), left.admitted());
        assertEquals(19, school.inRound(round, MembershipStatus.ENROLLED).size());
        assertEquals(3, school.inRound(round, MembershipStatus.WAITING).size());
    }

    @Test
    void loweringTheLimitTakesNobodysPlace() {
        school.join(teachers(1, 20));

        var settings = settings(new ChangeRoundSettings.Change(null, 10, false));

        assertEquals(List.of(), settings.admitted());
        assertEquals(20, settings.enrolled());
        assertEquals(10, round.capacity());
        assertEquals(20, school.inRound(round, MembershipStatus.ENROLLED).size());
    }

    @Test
    void raisingTheLimitLetsTheFirstWaitingPeopleInUpToTheNewLimitInOrder() {
        school.join(teachers(1, 23));

        var settings = settings(new ChangeRoundSettings.Change(null, 22, false));

        assertEquals(ids(teachers(21, 22)), settings.admitted().stream().map(Membership::userId).toList());
        assertEquals(22, settings.enrolled());
        assertEquals(1, settings.waiting());
        assertEquals(22, round.capacity());
        assertEquals(ids(List.of(teacher(23))), school.inRound(round, MembershipStatus.WAITING));
    }

    @Test
    void removingTheLimitLetsEveryoneWaitingIn() {
        school.join(teachers(1, 23));

        var settings = settings(new ChangeRoundSettings.Change(null, null, true));

        assertEquals(ids(teachers(21, 23)), settings.admitted().stream().map(Membership::userId).toList());
        assertNull(round.capacity());
        assertEquals(23, settings.enrolled());
        assertEquals(0, settings.waiting());
        assertInstanceOf(JoinRound.Joined.class, school.useCases.joinRound().join(teacher(24), null));
    }

    @Test
    void showingTheSettingsChangesNothing() {
        school.join(teachers(1, 21));
        String before = school.snapshot();

        var settings = settings(ChangeRoundSettings.Change.NONE);

        assertEquals(Round.DEFAULT_GROUP_SIZE, settings.round().groupSize());
        assertEquals(20, settings.round().capacity());
        assertEquals(20, settings.enrolled());
        assertEquals(1, settings.waiting());
        assertEquals(before, school.snapshot());
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 6, 12})
    void theGroupSizeMayBeFrom3To12(int size) {
        settings(new ChangeRoundSettings.Change(size, null, false));

        assertEquals(size, round.groupSize());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 2, 13, 100})
    void aGroupSizeOutside3To12IsRefused(int size) {
        String before = school.snapshot();

        var bad = assertInstanceOf(ChangeRoundSettings.BadGroupSize.class,
                school.useCases.changeRoundSettings().change(OWNER, new ChangeRoundSettings.Change(size, 30, false)));

        assertEquals(3, bad.min());
        assertEquals(12, bad.max());
        assertEquals(before, school.snapshot());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5})
    void aLimitBelowOneIsRefused(int capacity) {
        school.join(teachers(1, 21));
        String before = school.snapshot();

        assertInstanceOf(ChangeRoundSettings.BadCapacity.class,
                school.useCases.changeRoundSettings().change(OWNER, new ChangeRoundSettings.Change(6, capacity, false)));

        assertEquals(before, school.snapshot());
    }

    @Test
    void aClosedRoundHasNoSettingsToChange() {
        school.useCases.closeRound().close(OWNER);

        assertInstanceOf(ChangeRoundSettings.NoOpenRound.class,
                school.useCases.changeRoundSettings().change(OWNER, new ChangeRoundSettings.Change(6, null, false)));
    }

    private ChangeRoundSettings.Settings settings(ChangeRoundSettings.Change change) {
        return assertInstanceOf(ChangeRoundSettings.Settings.class, school.useCases.changeRoundSettings().change(OWNER, change));
    }

    private static List<String> ids(List<Person> people) {
        return people.stream().map(Person::userId).toList();
    }
}
