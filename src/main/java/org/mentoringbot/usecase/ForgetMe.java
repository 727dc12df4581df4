package org.mentoringbot.usecase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.reflection.Reflection;
import org.mentoringbot.core.reflection.Reflections;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.session.Sessions;
import org.mentoringbot.core.summary.SummaryLedgers;
import org.mentoringbot.core.topic.Topics;

/**
 * Erases a person everywhere, in one unit of work: their places in every round, group seats, the topics they
 * proposed (with the votes for them), their votes, reflections with notes, attendance marks, the never-together
 * pairs naming them, their leader role, and their name on groups they led in past rounds. Their marks in each
 * round's summary ledger are dropped in the same step ({@code SummaryLedger.forget}); the anonymous sums already
 * sealed keep their share, since taking it back would let two summaries differ by one person.
 * A place freed in the open round goes to the first on the waiting list, as when leaving.
 */
public final class ForgetMe {
    /** What happened. */
    public sealed interface Result {}

    /** Nothing was erased yet: the person is asked to confirm. */
    public record AskFirst() implements Result {}

    /** @param admitted who got the place freed in the open round, to be told */
    public record Forgotten(int roundNumber, Optional<Person> admitted) implements Result {}

    /** The owner's name is on the program itself; erasing it would take everyone's program with it. */
    public record OwnerStays(String programName) implements Result {}

    /** A leader of groups meeting now hands them over first, so no group is left without its leader. */
    public record StillLeads(List<Integer> groupNumbers) implements Result {}

    public record NothingStored() implements Result {}

    private final Programs programs;
    private final Rounds rounds;
    private final Memberships memberships;
    private final Leaders leaders;
    private final Groups groups;
    private final Sessions sessions;
    private final Topics topics;
    private final Reflections reflections;
    private final SummaryLedgers ledgers;
    private final Transactions transactions;

    public ForgetMe(Programs programs, Rounds rounds, Memberships memberships, Leaders leaders, Groups groups, Sessions sessions,
            Topics topics, Reflections reflections, SummaryLedgers ledgers, Transactions transactions) {
        this.programs = programs;
        this.rounds = rounds;
        this.memberships = memberships;
        this.leaders = leaders;
        this.groups = groups;
        this.sessions = sessions;
        this.topics = topics;
        this.reflections = reflections;
        this.ledgers = ledgers;
        this.transactions = transactions;
    }

    public Result forget(Person person, boolean confirmed) {
        return transactions.inTransaction(() -> {
            Optional<Program> program = programs.inWorkspace(person.workspace());
            if (program.isEmpty()) {
                return new NothingStored();
            }
            if (program.get().isOwnedBy(person)) {
                return new OwnerStays(program.get().name());
            }
            List<Round> all = rounds.ofProgram(program.get().id());
            String userId = person.userId();
            List<Integer> leading = all.stream().filter(r -> r.state() != RoundState.CLOSED)
                    .flatMap(r -> groups.ofRound(r.id()).stream())
                    .filter(g -> g.leaderUserId().equals(userId)).map(MentoringGroup::number).toList();
            if (!leading.isEmpty()) {
                return new StillLeads(leading);
            }
            if (!confirmed) {
                return new AskFirst();
            }
            Optional<Person> admitted = Optional.empty();
            for (Round round : all) {
                Optional<Person> freed = eraseFrom(round, person);
                admitted = freed.isPresent() ? freed : admitted;
            }
            groups.neverTogether(program.get().id()).stream()
                    .filter(pair -> pair.userA().equals(userId) || pair.userB().equals(userId))
                    .toList().forEach(groups::remove);
            leaders.find(program.get().id(), userId).ifPresent(leaders::remove);
            return new Forgotten(all.isEmpty() ? 0 : all.get(all.size() - 1).number(), admitted);
        });
    }

    private Optional<Person> eraseFrom(Round round, Person person) {
        String userId = person.userId();
        List<Reflection> own = reflections.byAuthor(round.id(), userId);
        own.forEach(reflections::remove);
        // In the same step as the answers: otherwise a later summary would count them again.
        ledgers.store(round.id(), ledgers.of(round.id()).forget(userId));
        new ArrayList<>(topics.votesBy(round.id(), userId)).forEach(topics::remove);
        topics.ofRound(round.id()).stream().filter(t -> t.authorUserId().equals(userId)).toList().forEach(topics::remove);
        for (MentoringSession session : sessions.ofRound(round.id())) {
            sessions.attendanceOf(session.id()).stream().filter(a -> a.userId().equals(userId)).toList().forEach(sessions::unmark);
        }
        groups.ofRound(round.id()).stream().filter(g -> g.leaderUserId().equals(userId)).forEach(MentoringGroup::forgetLeader);
        groups.seatOf(round.id(), userId).ifPresent(groups::unseat);
        Optional<Membership> membership = memberships.find(round.id(), userId);
        if (membership.isEmpty()) {
            return Optional.empty();
        }
        boolean freedAPlace = membership.get().status() == MembershipStatus.ENROLLED && round.acceptsMembers();
        memberships.remove(membership.get());
        if (freedAPlace && round.hasRoomFor(memberships.count(round.id(), MembershipStatus.ENROLLED))) {
            return memberships.inRound(round.id(), MembershipStatus.WAITING).stream().findFirst().map(first -> {
                first.enrol();
                return first.person(person.workspace());
            });
        }
        return Optional.empty();
    }
}
