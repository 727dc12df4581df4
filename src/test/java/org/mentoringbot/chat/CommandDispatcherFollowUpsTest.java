package org.mentoringbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.OLA;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;
import static org.mentoringbot.usecase.TestPeople.SCHOOL;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentoringbot.chat.command.CommandParser;
import org.mentoringbot.chat.command.MentoringCommand;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Action;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.usecase.InMemoryStore;
import org.mentoringbot.usecase.People;
import org.mockito.ArgumentCaptor;

/**
 * What happens after the answer: messages to the people concerned, group channels, the leaders'
 * circle and stale views, with the platform replaced by mocks and follow-ups run at once.
 */
class CommandDispatcherFollowUpsTest {
    static final Person LIV = new Person(SCHOOL, "U0LIV", "Liv Lærer");
    static final Person PER = new Person(SCHOOL, "U0PER", "Per Pedagog");
    static final Person MAJA = new Person(SCHOOL, "U0MAJA", "Maja");

    private final InMemoryStore store = new InMemoryStore();
    private final People people = directory();
    private final ChatSender sender = mock(ChatSender.class);
    private final GroupSpaces spaces = mock(GroupSpaces.class);
    private final CommandDispatcher dispatcher = new CommandDispatcher(store.useCases(people),
            new ChatPorts(people, sender, spaces, mock(ChatFiles.class), Runnable::run));
    private final CommandParser parser = new CommandParser();
    private final List<Person> changed = new ArrayList<>();

    @BeforeEach
    void aProgramWhosePlatformMakesChannels() {
        dispatcher.onPersonChanged(changed::add);
        when(spaces.gatherLeaders(eq(SCHOOL), any(), eq("mentoring-leaders"), anyList())).thenReturn("C0LEADERS");
        when(spaces.openForGroup(eq(SCHOOL), anyString(), anyList()))
                .thenAnswer(call -> "C0" + call.getArgument(1, String.class).replace("mentoring-", "").toUpperCase(Locale.ROOT));
        say(PRINCIPAL, "setup Lindeskolen");
        clearInvocations(sender, spaces);
        changed.clear();
    }

    @AfterEach
    void everyMessageSentReadsInEveryLanguage() {
        ArgumentCaptor<Reply> replies = ArgumentCaptor.forClass(Reply.class);
        verify(sender, org.mockito.Mockito.atLeast(0)).send(any(), replies.capture());
        replies.getAllValues().forEach(CommandDispatcherFollowUpsTest::assertReadable);
    }

    @Test
    void aLeaveThatFreesAPlaceTellsTheFirstWaitingPersonAndNobodyElse() {
        say(PRINCIPAL, "round settings max 1");
        say(KARI, "join");
        say(OLA, "join");
        say(teacher(1), "join");
        clearInvocations(sender);
        changed.clear();

        assertEquals(Notice.of(Tone.SUCCESS, "leave.left", 1).withActions(MembershipCommands.JOIN), say(KARI, "leave"));

        verify(sender).send(ChatAddress.directTo(OLA), Notice.of(Tone.SUCCESS, "notify.admitted", 1).withActions(MembershipCommands.LEAVE));
        verifyNoMoreInteractions(sender);
        assertTrue(changed.containsAll(List.of(KARI, OLA)), changed.toString());
        assertFalse(changed.contains(teacher(1)), "still waiting, nothing changed for them");
    }

    @Test
    void aWaitingPersonLeavingTellsNobody() {
        say(PRINCIPAL, "round settings max 1");
        say(KARI, "join");
        say(OLA, "join");
        clearInvocations(sender);

        say(OLA, "leave");

        verifyNoInteractions(sender);
    }

    @Test
    void raisingTheLimitTellsEachPersonLetInInTheOrderTheyWaited() {
        say(PRINCIPAL, "round settings max 1");
        say(KARI, "join");
        say(OLA, "join");
        say(teacher(1), "join");
        say(teacher(2), "join");
        clearInvocations(sender);

        assertEquals(Notice.of(Tone.INFO, "round.settings", 1, 5, 3, 3L, 1L), say(PRINCIPAL, "round settings max 3"));

        var inOrder = inOrder(sender);
        inOrder.verify(sender).send(eq(ChatAddress.directTo(OLA)), eq(admitted()));
        inOrder.verify(sender).send(eq(ChatAddress.directTo(teacher(1))), eq(admitted()));
        verifyNoMoreInteractions(sender);
    }

    @Test
    void formingGroupsOpensAPlacePerGroupWithItsMembersAndLeaderAndWelcomesThemThere() {
        say(PRINCIPAL, "leaders add <@U0LIV> <@U0PER>");
        joinTeachers(1, 6);
        clearInvocations(sender, spaces);
        changed.clear();

        Reply reply = form(LIV, draft(LIV, 1, 2, 3), draft(PER, 4, 5, 6));

        assertEquals(Notice.of(Tone.SUCCESS, "groups.formed", 2,
                "1: Liv Lærer + Teacher 1, Teacher 2, Teacher 3; 2: Per Pedagog + Teacher 4, Teacher 5, Teacher 6"), reply);
        verify(spaces).openForGroup(SCHOOL, "mentoring-r1-g1", List.of("U0T01", "U0T02", "U0T03", "U0LIV"));
        verify(spaces).openForGroup(SCHOOL, "mentoring-r1-g2", List.of("U0T04", "U0T05", "U0T06", "U0PER"));
        verify(spaces, times(2)).openForGroup(any(), any(), any());
        verify(sender).send(new ChatAddress(SCHOOL, "C0R1-G1"), Notice.of(Tone.INFO, "notify.group.welcome", 1, "Liv Lærer", 4));
        verify(sender).send(new ChatAddress(SCHOOL, "C0R1-G2"), Notice.of(Tone.INFO, "notify.group.welcome", 2, "Per Pedagog", 4));
        verifyNoMoreInteractions(sender);
        assertEquals(List.of("C0R1-G1", "C0R1-G2"), groups().stream().map(MentoringGroup::channelId).toList());
        Set<Person> expected = new HashSet<>(teachers(1, 6));
        expected.addAll(List.of(LIV, PER));
        assertEquals(expected, new HashSet<>(changed));
    }

    @Test
    void aGroupWhoseChannelThePlatformRefusedIsStillSavedAndTheOthersGetTheirs() {
        say(PRINCIPAL, "leaders add <@U0LIV> <@U0PER>");
        joinTeachers(1, 6);
        doThrow(new ChatSender.DeliveryFailed("restricted_action", false, 0))
                .when(spaces).openForGroup(SCHOOL, "mentoring-r1-g1", List.of("U0T01", "U0T02", "U0T03", "U0LIV"));

        Reply reply = form(LIV, draft(LIV, 1, 2, 3), draft(PER, 4, 5, 6));

        assertEquals("groups.formed", ((Notice) reply).key());
        assertEquals(2, groups().size());
        assertEquals(Optional.empty(), Optional.ofNullable(groups().get(0).channelId()));
        assertEquals("C0R1-G2", groups().get(1).channelId());
        verify(sender).send(eq(new ChatAddress(SCHOOL, "C0R1-G2")), any());
    }

    @Test
    void acceptingSavesTheGroupsExactlyAsProposed() {
        say(PRINCIPAL, "leaders add <@U0LIV> <@U0PER>");
        joinTeachers(1, 11);

        var proposal = assertInstanceOf(Reply.GroupProposal.class, say(LIV, "groups propose"));
        assertEquals(List.of(GroupCommands.ACCEPT, GroupCommands.EDIT), proposal.actions());
        assertEquals("groups.formed", ((Notice) say(LIV, "groups accept")).key());

        List<List<String>> saved = new ArrayList<>();
        for (MentoringGroup group : groups()) {
            saved.add(store.inTransaction(() -> store.groups.seatsOfRound(group.roundId())).stream()
                    .filter(s -> s.groupId() == group.id()).map(s -> s.displayName()).toList());
        }
        assertEquals(proposal.groups().stream().map(Reply.ProposedGroup::memberNames).toList(), saved);
        assertEquals(proposal.groups().stream().map(Reply.ProposedGroup::leaderName).toList(),
                groups().stream().map(MentoringGroup::leaderName).toList());
    }

    @Test
    void withoutLeadersTheProposalOffersNoAcceptButton() {
        joinTeachers(1, 5);

        var proposal = assertInstanceOf(Reply.GroupProposal.class, say(PRINCIPAL, "groups propose"));

        assertEquals(List.of("groups.problem.no.leaders"), proposal.problemKeys());
        assertEquals(List.of(), proposal.actions());
        assertEquals("groups.problem.no.leaders", ((Reply.GroupProposal) say(PRINCIPAL, "groups accept")).problemKeys().get(0));
        assertEquals(List.of(), groups());
    }

    @Test
    void addingLeadersBringsAllLeadersIntoTheCircleAndWelcomesEachNewOneOnce() {
        assertEquals(Notice.of(Tone.SUCCESS, "leaders.added", 2, "Liv Lærer, Per Pedagog"),
                say(PRINCIPAL, "leaders add <@U0LIV|liv> <@U0PER>"));

        verify(spaces).gatherLeaders(eq(SCHOOL), isNull(), eq("mentoring-leaders"), eq(List.of("U0LIV", "U0PER")));
        verify(sender).send(new ChatAddress(SCHOOL, "C0LEADERS"), Notice.of(Tone.INFO, "notify.leader.welcome", "Liv Lærer"));
        verify(sender).send(new ChatAddress(SCHOOL, "C0LEADERS"), Notice.of(Tone.INFO, "notify.leader.welcome", "Per Pedagog"));
        verifyNoMoreInteractions(sender);
        assertEquals("C0LEADERS", store.programs.all().get(0).leadersChannelId());
        assertEquals(Set.of(LIV, PER), new HashSet<>(changed));
        clearInvocations(sender, spaces);

        say(PRINCIPAL, "leaders add @maja <@U0LIV>");

        verify(spaces).gatherLeaders(SCHOOL, "C0LEADERS", "mentoring-leaders", List.of("U0LIV", "U0PER", "U0MAJA"));
        verify(sender).send(new ChatAddress(SCHOOL, "C0LEADERS"), Notice.of(Tone.INFO, "notify.leader.welcome", "Maja"));
        verifyNoMoreInteractions(sender);
    }

    @Test
    void namingOnlyLeadersAgainGathersAndWelcomesNobody() {
        say(PRINCIPAL, "leaders add <@U0LIV>");
        clearInvocations(sender, spaces);

        assertEquals(Notice.of(Tone.INFO, "leaders.already", "Liv Lærer"), say(PRINCIPAL, "leaders add <@U0LIV>"));

        verifyNoInteractions(sender, spaces);
    }

    @Test
    void aMemberNamingLeadersIsRefusedAndNoCircleIsMade() {
        assertEquals(Notice.of(Tone.PROBLEM, "role.owner.only", "Åse Rektor"), say(KARI, "leaders add <@U0LIV>"));

        verifyNoInteractions(sender, spaces);
    }

    @Test
    void peopleWhoAreNotActiveColleaguesAreNamedBackAndNothingIsDone() {
        assertEquals(Notice.of(Tone.PROBLEM, "people.unknown", "@nobody, U0BOT"), say(PRINCIPAL, "leaders add <@U0LIV> @nobody <@U0BOT>"));
        assertEquals(Notice.of(Tone.PROBLEM, "people.unknown", "U0GONE"), say(PRINCIPAL, "exclude @maja <@U0GONE>"));
        assertEquals(Notice.of(Tone.PROBLEM, "people.unknown", "@nobody"), say(PRINCIPAL, "leaders remove @nobody"));

        verifyNoInteractions(sender, spaces);
        assertEquals(Notice.of(Tone.INFO, "leaders.none"), say(KARI, "leaders"));
        assertEquals(List.of(), store.inTransaction(() -> store.groups.neverTogether(store.programs.all().get(0).id())));
    }

    @Test
    void aRemovedLeaderIsTakenOutOfTheCircle() {
        say(PRINCIPAL, "leaders add <@U0LIV> <@U0PER>");
        changed.clear();

        assertEquals(Notice.of(Tone.SUCCESS, "leaders.removed", "Per Pedagog"), say(PRINCIPAL, "leaders remove <@U0PER>"));

        verify(spaces).removeFromLeaders(SCHOOL, "C0LEADERS", "U0PER");
        assertEquals(List.of(PER), changed);
    }

    @Test
    void aLateJoinerIsOfferedToTheLeaderOfTheGroupWithRoomAndTheirButtonSeatsThem() {
        say(PRINCIPAL, "leaders add <@U0LIV> <@U0PER>");
        joinTeachers(1, 5);
        form(LIV, draft(LIV, 1, 2, 3), draft(PER, 4, 5));
        clearInvocations(sender);
        changed.clear();

        assertEquals(Notice.of(Tone.SUCCESS, "join.joined.late", 1).withActions(MembershipCommands.LEAVE, ReflectionCommands.BASELINE),
                say(teacher(7), "join"));

        ArgumentCaptor<Reply> offer = ArgumentCaptor.forClass(Reply.class);
        verify(sender).send(eq(new ChatAddress(SCHOOL, "U0PER")), offer.capture());
        verifyNoMoreInteractions(sender);
        Notice notice = assertInstanceOf(Notice.class, offer.getValue());
        assertEquals("notify.offer", notice.key());
        assertEquals(List.of("Teacher 7", 2), notice.args());
        Action seat = notice.actions().get(0);
        MentoringGroup pers = groups().get(1);
        assertEquals("group.seat", seat.id());
        assertEquals(pers.id() + ":U0T07", seat.value());
        assertEquals(List.of("Teacher 7", 2), seat.labelArgs());
        assertTrue(changed.contains(teacher(7)));
        clearInvocations(sender);
        changed.clear();

        Reply pressed = dispatcher.handle(requester(PER), parser.parseAction(seat.id(), seat.value()));

        assertEquals(Notice.of(Tone.SUCCESS, "groups.seated", "Teacher 7", 2), pressed);
        assertEquals(List.of("Teacher 4", "Teacher 5", "Teacher 7"), seatNames(pers));
        verify(sender).send(ChatAddress.directTo(teacher(7)), Notice.of(Tone.SUCCESS, "notify.seated", 2, "Per Pedagog"));
        verify(sender).send(new ChatAddress(SCHOOL, "C0R1-G2"), Notice.of(Tone.INFO, "notify.group.newcomer", "Teacher 7"));
        verifyNoMoreInteractions(sender);
        assertEquals(List.of(teacher(7)), changed);
    }

    @Test
    void anotherLeaderPressingTheSeatButtonSeatsNobody() {
        say(PRINCIPAL, "leaders add <@U0LIV> <@U0PER>");
        joinTeachers(1, 5);
        form(LIV, draft(LIV, 1, 2, 3), draft(PER, 4, 5));
        say(teacher(7), "join");
        MentoringGroup pers = groups().get(1);
        clearInvocations(sender);

        Reply pressed = dispatcher.handle(requester(LIV), parser.parseAction("group.seat", pers.id() + ":U0T07"));

        assertEquals(Notice.of(Tone.PROBLEM, "role.leader.only"), pressed);
        assertEquals(List.of("Teacher 4", "Teacher 5"), seatNames(pers));
        verifyNoInteractions(sender);
    }

    @Test
    void whenEveryGroupIsFullTheJoinerIsToldAndNoLeaderIsAsked() {
        say(PRINCIPAL, "leaders add <@U0LIV> <@U0PER>");
        say(PRINCIPAL, "round settings size 3");
        joinTeachers(1, 8);
        form(LIV, draft(LIV, 1, 2, 3, 4), draft(PER, 5, 6, 7, 8));
        clearInvocations(sender);

        assertEquals(Notice.of(Tone.SUCCESS, "join.joined.groups.full", 1, 9L).withActions(MembershipCommands.LEAVE, ReflectionCommands.BASELINE),
                say(teacher(9), "join"));

        verifyNoInteractions(sender);
    }

    @Test
    void whenThreeLateJoinersWaitAndEveryGroupIsFullTheLeadersCircleHearsItCanMakeANewGroup() {
        say(PRINCIPAL, "leaders add <@U0LIV> <@U0PER>");
        say(PRINCIPAL, "round settings size 3");
        joinTeachers(1, 8);
        form(LIV, draft(LIV, 1, 2, 3, 4), draft(PER, 5, 6, 7, 8));
        say(teacher(9), "join");
        say(teacher(10), "join");
        clearInvocations(sender);

        say(teacher(11), "join");

        verify(sender).send(new ChatAddress(SCHOOL, "C0LEADERS"), Notice.of(Tone.INFO, "notify.new.group", 3L));
        verifyNoMoreInteractions(sender);
    }

    @Test
    void aFormWithProblemsListsThemAndOpensNoChannels() {
        say(PRINCIPAL, "leaders add <@U0LIV>");
        joinTeachers(1, 3);
        clearInvocations(sender, spaces);

        Reply reply = form(LIV, draft(LIV, 1, 2, 3), draft(LIV, 3));

        var problems = assertInstanceOf(Reply.FormProblems.class, reply);
        assertEquals(List.of(new Reply.FormProblem(1, "groups.problem.twice", List.of("Teacher 3"))), problems.problems());
        verifyNoInteractions(sender, spaces);
        assertEquals(List.of(), groups());
    }

    private Reply say(Person person, String typed) {
        return dispatcher.handle(requester(person), parser.parse(typed));
    }

    private Reply form(Person leader, MentoringCommand.GroupDraft... drafts) {
        return dispatcher.handle(requester(leader), new MentoringCommand.FormGroups(List.of(drafts)));
    }

    private void joinTeachers(int from, int to) {
        teachers(from, to).forEach(t -> say(t, "join"));
    }

    private List<MentoringGroup> groups() {
        return store.inTransaction(() -> store.groups.ofRound(store.rounds.all().get(store.rounds.all().size() - 1).id()));
    }

    private List<String> seatNames(MentoringGroup group) {
        return store.inTransaction(() -> store.groups.seatsOfRound(group.roundId())).stream()
                .filter(s -> s.groupId() == group.id()).map(s -> s.displayName()).toList();
    }

    private static Notice admitted() {
        return Notice.of(Tone.SUCCESS, "notify.admitted", 1).withActions(MembershipCommands.LEAVE);
    }

    private static MentoringCommand.GroupDraft draft(Person leader, int... teachers) {
        return new MentoringCommand.GroupDraft(leader.userId(), IntStream.of(teachers).mapToObj(n -> teacher(n).userId()).toList());
    }

    static Person teacher(int n) {
        return new Person(SCHOOL, String.format("U0T%02d", n), "Teacher " + n);
    }

    static List<Person> teachers(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(CommandDispatcherFollowUpsTest::teacher).toList();
    }

    private static Requester requester(Person person) {
        return new Requester(person, Locale.ENGLISH, null);
    }

    /** The workspace: the school's people by id and by name as handle, a bot and a deactivated account. */
    private static People directory() {
        List<Person> known = new ArrayList<>(List.of(PRINCIPAL, KARI, OLA, LIV, PER, MAJA));
        known.addAll(teachers(1, 20));
        return new People() {
            @Override
            public Optional<Profile> byId(String workspace, String userId) {
                if (userId.equals("U0BOT")) {
                    return Optional.of(new Profile(new Person(workspace, userId, "Polly Bot"), true, false));
                } else if (userId.equals("U0GONE")) {
                    return Optional.of(new Profile(new Person(workspace, userId, "Gunnar Sluttet"), false, true));
                }
                return known.stream().filter(p -> p.workspace().equals(workspace) && p.userId().equals(userId)).findFirst()
                        .map(p -> new Profile(p, false, false));
            }

            @Override
            public Optional<Profile> byHandle(String workspace, String handle) {
                return known.stream().filter(p -> p.workspace().equals(workspace) && p.displayName().equalsIgnoreCase(handle))
                        .findFirst().map(p -> new Profile(p, false, false));
            }
        };
    }

    /** Every key and argument of a sent notice and its buttons exists and formats, in English and Norwegian. */
    private static void assertReadable(Reply reply) {
        Notice notice = assertInstanceOf(Notice.class, reply);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nb"))) {
            Messages messages = Messages.in(locale);
            String text = messages.get(notice.key(), notice.args());
            assertFalse(text.contains("{"), () -> "unformatted argument in " + locale + ": " + text);
            for (Action action : notice.actions()) {
                String label = messages.get(action.labelKey(), action.labelArgs());
                assertFalse(label.contains("{"), () -> "unformatted label in " + locale + ": " + label);
            }
        }
    }
}
