package org.mentoringbot.usecase;

import java.time.Clock;
import java.time.Duration;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.reflection.Reflections;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.Sessions;
import org.mentoringbot.core.summary.SummaryLedgers;
import org.mentoringbot.core.topic.Topics;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.mentoringbot.chat.UseCases;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.summary.PrivacyThreshold;

/** The in-memory repositories with a fixed clock, and the use cases wired on them as MentoringBot wires them. */
public final class InMemoryStore implements Repositories {
    /** A Monday morning in August, when rounds start. */
    public static final Instant NOW = Instant.parse("2026-08-17T07:30:00Z");

    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final InMemoryPrograms programs = new InMemoryPrograms(transactions);
    public final InMemoryRounds rounds = new InMemoryRounds(transactions);
    public final InMemoryMemberships memberships = new InMemoryMemberships(transactions);
    public final InMemoryLeaders leaders = new InMemoryLeaders(transactions);
    public final InMemoryGroups groups = new InMemoryGroups(transactions, rounds);
    public final InMemorySessions sessions = new InMemorySessions(transactions);
    public final InMemoryTopics topics = new InMemoryTopics(transactions);
    public final InMemoryReflections reflections = new InMemoryReflections(transactions);
    public final InMemorySummaryLedgers ledgers = new InMemorySummaryLedgers(transactions);
    public final PrivacyThreshold threshold = PrivacyThreshold.DEFAULT;

    public SetUpProgram setUpProgram() {
        return new SetUpProgram(programs, rounds, transactions, clock);
    }

    public JoinRound joinRound() {
        return new JoinRound(programs, rounds, memberships, groups, transactions, clock);
    }

    public LeaveRound leaveRound() {
        return new LeaveRound(programs, rounds, memberships, groups, transactions);
    }

    public ShowStatus showStatus() {
        return new ShowStatus(programs, rounds, memberships, transactions);
    }

    public RecordReflection recordReflection(Clock at) {
        return new RecordReflection(programs, rounds, memberships, groups, sessions, reflections, transactions, at);
    }

    public ShowReflections showReflections(Clock at) {
        return new ShowReflections(programs, rounds, memberships, groups, sessions, reflections, transactions, at);
    }

    public SummarizeRound summarizeRound(Clock at) {
        return new SummarizeRound(programs, rounds, leaders, groups, sessions, topics, reflections, ledgers, threshold, transactions, at);
    }

    /** With the default evaluation window of two weeks. */
    public FinishEvaluation finishEvaluation(Clock at) {
        return new FinishEvaluation(programs, rounds, groups, sessions, topics, reflections, ledgers, threshold, transactions, at,
                Duration.ofDays(14));
    }

    public CloseRound closeRound(Clock at) {
        return new CloseRound(programs, rounds, leaders, memberships, finishEvaluation(at), transactions, at);
    }

    public ForgetMe forgetMe() {
        return new ForgetMe(programs, rounds, memberships, leaders, groups, sessions, topics, reflections, ledgers, transactions);
    }

    /** Every use case, as the chat layer gets them; {@code people} answers who is who. */
    public UseCases useCases(People people) {
        return useCases(people, clock);
    }

    /** Every use case, on a clock of the test's own (time has moved on). */
    public UseCases useCases(People people, Clock clock) {
        return UseCases.wire(this, people, clock, threshold, Duration.ofDays(14));
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public Programs programs() {
        return programs;
    }

    @Override
    public Rounds rounds() {
        return rounds;
    }

    @Override
    public Memberships memberships() {
        return memberships;
    }

    @Override
    public Leaders leaders() {
        return leaders;
    }

    @Override
    public Groups groups() {
        return groups;
    }

    @Override
    public Sessions sessions() {
        return sessions;
    }

    @Override
    public Topics topics() {
        return topics;
    }

    @Override
    public Reflections reflections() {
        return reflections;
    }

    @Override
    public SummaryLedgers summaryLedgers() {
        return ledgers;
    }

    public ScheduleSession scheduleSession(Clock at) {
        return new ScheduleSession(programs, rounds, leaders, groups, sessions, topics, transactions, at);
    }

    public RescheduleSession rescheduleSession(Clock at) {
        return new RescheduleSession(programs, rounds, leaders, groups, sessions, transactions, at);
    }

    public CancelSession cancelSession(Clock at) {
        return new CancelSession(programs, rounds, leaders, groups, sessions, topics, transactions, at);
    }

    public ShowSessions showSessions(Clock at) {
        return new ShowSessions(programs, rounds, leaders, groups, sessions, topics, transactions, at);
    }

    public TakeAttendance takeAttendance(Clock at) {
        return new TakeAttendance(programs, rounds, leaders, groups, sessions, transactions, at);
    }

    public ProposeTopic proposeTopic() {
        return new ProposeTopic(programs, rounds, memberships, leaders, groups, topics, sessions, transactions, clock);
    }

    public ShowTopics showTopics() {
        return new ShowTopics(programs, rounds, memberships, leaders, groups, topics, sessions, transactions, clock);
    }

    public VoteOnTopic voteOnTopic() {
        return new VoteOnTopic(programs, rounds, memberships, leaders, groups, topics, sessions, transactions, clock);
    }

    public WithdrawTopic withdrawTopic() {
        return new WithdrawTopic(programs, rounds, memberships, leaders, groups, topics, sessions, transactions, clock);
    }

    public SetAgenda setAgenda() {
        return new SetAgenda(programs, rounds, memberships, leaders, groups, topics, sessions, transactions, clock);
    }

    public ShowAgenda showAgenda() {
        return new ShowAgenda(programs, rounds, memberships, leaders, groups, topics, sessions, transactions, clock);
    }

    /** Sets up a program owned by {@code owner} and returns its round 1. */
    public Round programWithOpenRound(Person owner, String name) {
        return ((SetUpProgram.Created) setUpProgram().setUp(owner, name)).round();
    }

    /** Someone already on the round's waiting list (no use case puts people there yet). */
    public void waiting(Round round, Person person) {
        inTransaction(() -> memberships.add(new Membership(round.id(), person, MembershipStatus.WAITING, NOW)));
    }

    public <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }
}
