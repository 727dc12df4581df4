package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;
import static org.mentoringbot.usecase.SchoolProgram.LIV;
import static org.mentoringbot.usecase.SchoolProgram.OWNER;
import static org.mentoringbot.usecase.SchoolProgram.PER;
import static org.mentoringbot.usecase.SchoolProgram.as;
import static org.mentoringbot.usecase.SchoolProgram.group;
import static org.mentoringbot.usecase.SchoolProgram.teacher;
import static org.mentoringbot.usecase.SchoolProgram.teachers;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.OLA;
import static org.mentoringbot.usecase.TestPeople.SCHOOL;

import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.round.RoundState;

/** Who may do what: owners run the program, leaders form groups, members neither. */
class RolesTest {
    /** The school's IT person: a workspace admin, neither owner nor leader of the program. */
    static final Person ADMIN = new Person(SCHOOL, "U0IT", "Ivar IT");
    /** An admin of another school's workspace. */
    static final Person ADMIN_ELSEWHERE = new Person("slack:T0OTHER", "U0IT", "Ivar at another school");

    private final SchoolProgram school = new SchoolProgram();

    @BeforeEach
    void aRoundWithLeadersAndMembers() {
        school.addLeaders(LIV);
        school.join(KARI, OLA);
        school.join(teachers(1, 5));
    }

    /** An owner-only command, what the owner does before it, and what it answers when allowed. */
    record OwnerOnly(Consumer<SchoolProgram> before, BiFunction<SchoolProgram, Actor, Object> run, Class<?> allowed) {
        OwnerOnly(BiFunction<SchoolProgram, Actor, Object> run, Class<?> allowed) {
            this(s -> {}, run, allowed);
        }

        Object runAs(SchoolProgram school, Actor actor) {
            return run.apply(school, actor);
        }
    }

    static Stream<Arguments> ownerOnly() {
        return Stream.of(
                argumentSet("add leaders", new OwnerOnly((s, actor) -> s.useCases.addLeaders().add(actor, List.of(PER)),
                        AddLeaders.Added.class)),
                argumentSet("remove a leader", new OwnerOnly((s, actor) -> s.useCases.removeLeader().remove(actor, LIV),
                        RemoveLeader.Removed.class)),
                argumentSet("open the next round", new OwnerOnly(s -> s.useCases.closeRound().close(OWNER),
                        (s, actor) -> s.useCases.openRound().open(actor, "Våren", null, ZoneOffset.UTC), OpenRound.Opened.class)),
                argumentSet("close the round", new OwnerOnly((s, actor) -> s.useCases.closeRound().close(actor),
                        CloseRound.Evaluating.class)),
                argumentSet("change the round's settings", new OwnerOnly((s, actor) -> s.useCases.changeRoundSettings()
                        .change(actor, new ChangeRoundSettings.Change(6, 30, false)), ChangeRoundSettings.Settings.class)),
                argumentSet("keep two people apart", new OwnerOnly((s, actor) -> s.useCases.excludePair().exclude(actor, KARI, OLA),
                        ExcludePair.Excluded.class)));
    }

    @ParameterizedTest
    @MethodSource("ownerOnly")
    void theOwnerMay(OwnerOnly command) {
        command.before().accept(school);

        assertInstanceOf(command.allowed(), command.runAs(school, OWNER));
    }

    @ParameterizedTest
    @MethodSource("ownerOnly")
    void aWorkspaceAdminMayActAsOwner(OwnerOnly command) {
        command.before().accept(school);

        assertInstanceOf(command.allowed(), command.runAs(school, new Actor(ADMIN, true)));
    }

    @ParameterizedTest
    @MethodSource("ownerOnly")
    void aMemberIsToldWhoTheOwnerIsAndNothingChanges(OwnerOnly command) {
        command.before().accept(school);
        String before = school.snapshot();

        Object result = command.runAs(school, as(KARI));

        assertEquals("Åse Rektor", ownerNamedIn(result));
        assertEquals(before, school.snapshot());
    }

    @ParameterizedTest
    @MethodSource("ownerOnly")
    void aLeaderIsNoOwner(OwnerOnly command) {
        command.before().accept(school);
        String before = school.snapshot();

        assertEquals("Åse Rektor", ownerNamedIn(command.runAs(school, as(LIV))));
        assertEquals(before, school.snapshot());
    }

    @ParameterizedTest
    @MethodSource("ownerOnly")
    void theSameColleagueWithoutAdminRightsIsNoOwner(OwnerOnly command) {
        command.before().accept(school);
        String before = school.snapshot();

        assertEquals("Åse Rektor", ownerNamedIn(command.runAs(school, new Actor(ADMIN, false))));
        assertEquals(before, school.snapshot());
    }

    @Test
    void anAdminOfAnotherWorkspaceIsNoOwnerOfThisProgram() {
        Roles roles = new Roles(school.store.leaders);

        assertFalse(roles.isOwner(school.program, new Actor(ADMIN_ELSEWHERE, true)));
        assertFalse(school.store.inTransaction(() -> roles.mayLead(school.program, new Actor(ADMIN_ELSEWHERE, true))));
        assertTrue(roles.isOwner(school.program, new Actor(ADMIN, true)));
    }

    @Test
    void anAdminOfAnotherWorkspaceReachesNoProgramHere() {
        Actor admin = new Actor(ADMIN_ELSEWHERE, true);
        String before = school.snapshot();

        assertInstanceOf(AddLeaders.NoProgram.class, school.useCases.addLeaders().add(admin, List.of(PER)));
        assertInstanceOf(RemoveLeader.NoProgram.class, school.useCases.removeLeader().remove(admin, LIV));
        assertInstanceOf(CloseRound.NoProgram.class, school.useCases.closeRound().close(admin));
        assertInstanceOf(ExcludePair.NoProgram.class, school.useCases.excludePair().exclude(admin, KARI, OLA));
        assertInstanceOf(FormGroups.NoProgram.class, school.useCases.formGroups().form(admin, List.of(group(LIV, KARI))));
        assertEquals(before, school.snapshot());
    }

    @Test
    void anAdminActsOnlyOnTheProgramOfTheirOwnWorkspace() {
        Person otherPrincipal = new Person("slack:T0OTHER", "U0REKTOR", "Rektor");
        school.store.programWithOpenRound(otherPrincipal, "Annen skole");

        assertInstanceOf(CloseRound.Evaluating.class, school.useCases.closeRound().close(new Actor(ADMIN_ELSEWHERE, true)));
        assertEquals(RoundState.ENROLLING, school.roundOne.state());
    }

    @Test
    void leadersAndOwnersMayProposeGroupsButMembersMayNot() {
        assertInstanceOf(ProposeGroups.Proposed.class, school.useCases.proposeGroups().propose(as(LIV)));
        assertInstanceOf(ProposeGroups.Proposed.class, school.useCases.proposeGroups().propose(OWNER));
        assertInstanceOf(ProposeGroups.Proposed.class, school.useCases.proposeGroups().propose(new Actor(ADMIN, true)));
        assertInstanceOf(ProposeGroups.NotLeader.class, school.useCases.proposeGroups().propose(as(KARI)));
        assertInstanceOf(ProposeGroups.NotLeader.class, school.useCases.proposeGroups().propose(as(ADMIN)));
    }

    @Test
    void aMemberMayNotFormGroupsAndNothingIsSaved() {
        String before = school.snapshot();

        var result = school.useCases.formGroups().form(as(KARI), List.of(group(LIV, KARI, OLA, teacher(1))));

        assertInstanceOf(FormGroups.NotLeader.class, result);
        assertEquals(before, school.snapshot());
        assertEquals(RoundState.ENROLLING, school.roundOne.state());
    }

    @Test
    void aLeaderMayFormGroups() {
        var formed = assertInstanceOf(FormGroups.Formed.class,
                school.useCases.formGroups().form(as(LIV), List.of(group(LIV, KARI, OLA, teacher(1)))));

        assertEquals(1, formed.groups().size());
    }

    @Test
    void theOwnerMayFormGroupsForALeader() {
        assertInstanceOf(FormGroups.Formed.class,
                school.useCases.formGroups().form(OWNER, List.of(group(LIV, KARI, OLA, teacher(1)))));
    }

    @Test
    void aLeaderWhoWasRemovedMayNoLongerFormGroups() {
        school.useCases.removeLeader().remove(OWNER, LIV);

        assertInstanceOf(FormGroups.NotLeader.class,
                school.useCases.formGroups().form(as(LIV), List.of(group(LIV, KARI, OLA, teacher(1)))));
        assertInstanceOf(ProposeGroups.NotLeader.class, school.useCases.proposeGroups().propose(as(LIV)));
    }

    /** The owner's name a refusal gives, so the user knows whom to ask; fails on anything else. */
    private static String ownerNamedIn(Object result) {
        if (result instanceof AddLeaders.NotOwner n) {
            return n.ownerName();
        } else if (result instanceof RemoveLeader.NotOwner n) {
            return n.ownerName();
        } else if (result instanceof OpenRound.NotOwner n) {
            return n.ownerName();
        } else if (result instanceof CloseRound.NotOwner n) {
            return n.ownerName();
        } else if (result instanceof ChangeRoundSettings.NotOwner n) {
            return n.ownerName();
        } else if (result instanceof ExcludePair.NotOwner n) {
            return n.ownerName();
        }
        throw new AssertionError("expected a refusal naming the owner, got " + result);
    }
}
