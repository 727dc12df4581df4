package org.mentoringbot.usecase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentoringbot.core.group.GroupSeat;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.session.Sessions;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.core.topic.Topics;

/**
 * What the topic use cases share: who may see which group's board, how topics are numbered within
 * their group, and how the board carries over from one session to the next.
 *
 * <p>Carry-over rule: a topic stays on the board (open) until it is discussed or withdrawn. When
 * the session whose agenda it is on has ended, it counts as discussed and leaves the board; if that
 * session was cancelled, it goes back on the board with no agenda. Open topics the leader did not
 * pick simply stay, with their votes, for the next session, and the leader can put a discussed
 * topic back with the agenda command. The rule is applied whenever a board or an agenda is read or
 * changed, so no scheduler is needed.
 */
final class Boards {
    /** Someone's way to a group's board, or why there is none. */
    sealed interface Access permits Place, Denied {}

    /**
     * @param member sits in the group: proposes, votes and withdraws their own topics
     * @param leader leads the group: picks the agenda
     */
    record Place(Program program, Round round, MentoringGroup group, boolean member, boolean leader) implements Access {
        /** Boards change only while the round runs; afterwards they can still be read. */
        boolean roundRunning() {
            return round.acceptsMembers();
        }
    }

    record Denied(BoardRefusal why) implements Access {}

    /** A topic with its number on its group's board (1 for the group's first topic, never reused). */
    record Numbered(Topic topic, int number) {}

    private final Programs programs;
    private final Rounds rounds;
    private final Memberships memberships;
    private final Leaders leaders;
    private final Groups groups;
    private final Topics topics;
    private final Sessions sessions;

    Boards(Programs programs, Rounds rounds, Memberships memberships, Leaders leaders, Groups groups, Topics topics,
            Sessions sessions) {
        this.programs = programs;
        this.rounds = rounds;
        this.memberships = memberships;
        this.leaders = leaders;
        this.groups = groups;
        this.topics = topics;
        this.sessions = sessions;
    }

    /**
     * The board of the group the actor sits in, or else leads; {@code groupNumber} picks one of
     * several they lead (null when they did not say).
     */
    Access find(Actor actor, Integer groupNumber) {
        var current = Current.in(actor.person().workspace(), programs, rounds);
        if (current.isEmpty()) {
            return new Denied(new BoardRefusal.NoProgram());
        }
        Program program = current.get().program();
        if (current.get().round().isEmpty()) {
            return new Denied(new BoardRefusal.NotInRound());
        }
        Round round = current.get().round().get();
        String userId = actor.person().userId();
        List<MentoringGroup> all = groups.ofRound(round.id());
        Optional<MentoringGroup> seated = groups.seatOf(round.id(), userId)
                .flatMap(seat -> all.stream().filter(g -> g.id() == seat.groupId()).findFirst());
        List<MentoringGroup> led = all.stream().filter(g -> g.leaderUserId().equals(userId)).toList();
        if (groupNumber != null) {
            Optional<MentoringGroup> chosen = seated.filter(g -> g.number() == groupNumber)
                    .or(() -> led.stream().filter(g -> g.number() == groupNumber).findFirst());
            return chosen.<Access>map(g -> place(program, round, g, seated, userId))
                    .orElseGet(() -> new Denied(new BoardRefusal.NotYourGroup(groupNumber)));
        }
        if (seated.isPresent()) {
            return place(program, round, seated.get(), seated, userId);
        }
        if (led.size() == 1) {
            return place(program, round, led.get(0), seated, userId);
        }
        if (led.size() > 1) {
            return new Denied(new BoardRefusal.ChooseGroup(led.stream().map(MentoringGroup::number).sorted().toList()));
        }
        return new Denied(outside(program, round, actor));
    }

    /** The board of the group the actor sits in: where topics are proposed, voted on and withdrawn. */
    Access seat(Actor actor) {
        Access found = find(actor, null);
        if (found instanceof Place place && !place.member()) {
            return new Denied(new BoardRefusal.LeaderNotMember());
        }
        if (found instanceof Denied denied && denied.why() instanceof BoardRefusal.ChooseGroup) {
            return new Denied(new BoardRefusal.LeaderNotMember());
        }
        return found;
    }

    private static Place place(Program program, Round round, MentoringGroup group, Optional<MentoringGroup> seated, String userId) {
        boolean member = seated.isPresent() && seated.get().id().equals(group.id());
        return new Place(program, round, group, member, group.leaderUserId().equals(userId));
    }

    private BoardRefusal outside(Program program, Round round, Actor actor) {
        if (memberships.find(round.id(), actor.person().userId()).isPresent()) {
            return new BoardRefusal.NoGroupYet();
        }
        return new Roles(leaders).isOwner(program, actor) ? new BoardRefusal.OnlyTheGroup() : new BoardRefusal.NotInRound();
    }

    /** Every topic of the group with its number, after applying the carry-over rule at {@code now}. */
    List<Numbered> numbered(MentoringGroup group, Instant now) {
        List<Topic> all = topics.ofGroup(group.id());
        carryOver(group, all, now);
        List<Numbered> numbered = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            numbered.add(new Numbered(all.get(i), i + 1));
        }
        return numbered;
    }

    private void carryOver(MentoringGroup group, List<Topic> all, Instant now) {
        Map<Long, MentoringSession> byId = sessions.ofGroup(group.id()).stream()
                .collect(Collectors.toMap(MentoringSession::id, Function.identity()));
        for (Topic topic : all) {
            if (topic.status() != Topic.Status.OPEN || topic.sessionId() == null) {
                continue;
            }
            MentoringSession session = byId.get(topic.sessionId());
            if (session == null || session.isCancelled()) {
                topic.putOnAgendaOf(null);
            } else if (!session.endsAt().isAfter(now)) {
                topic.discussed();
            }
        }
    }

    /** The group's next session that stands and has not ended yet: the one an agenda is for. */
    Optional<MentoringSession> nextSession(MentoringGroup group, Instant now) {
        return sessions.ofGroup(group.id()).stream()
                .filter(s -> !s.isCancelled() && s.endsAt().isAfter(now))
                .min(Comparator.comparing(MentoringSession::startsAt).thenComparing(MentoringSession::id));
    }

    /**
     * The name a group may see for a topic's author: none for an anonymous topic, and none once the
     * author no longer sits in the group (someone who left is not named on a board they cannot see).
     */
    static Optional<String> authorName(Topic topic, MentoringGroup group, List<GroupSeat> seats) {
        if (topic.anonymous()) {
            return Optional.empty();
        }
        return seats.stream()
                .filter(s -> s.groupId() == group.id() && s.userId().equals(topic.authorUserId()))
                .map(GroupSeat::displayName).findFirst();
    }
}
