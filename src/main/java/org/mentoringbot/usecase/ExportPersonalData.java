package org.mentoringbot.usecase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Membership;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.reflection.Reflections;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.session.Sessions;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.core.topic.Topics;
import org.mentoringbot.core.topic.Vote;

/**
 * Everything the bot stores about a person, for them alone: their role, and per round their place, group, the
 * groups they led, the topics they proposed and voted for, their reflections with their notes, and the
 * attendance marks about them.
 */
public final class ExportPersonalData {
    /** What was found. */
    public sealed interface Result {}

    public record Export(PersonalData data) implements Result {}

    public record NoProgram() implements Result {}

    public record PersonalData(String programName, boolean owner, boolean leader, List<RoundData> rounds) {}

    /** One round, with only what is stored about the person in it. */
    public record RoundData(int number, RoundState state, MembershipStatus status, Instant joinedAt, String roleKind,
            LocalDate pausedUntil, Integer groupNumber, List<Integer> groupsLed, List<TopicData> topics, List<String> votedFor,
            List<ShowReflections.OwnReflection> reflections, List<AttendanceData> attendance) {}

    public record TopicData(Integer groupNumber, String text, boolean anonymous, Topic.Status status, Instant createdAt) {}

    public record AttendanceData(Instant sessionStartsAt, boolean present) {}

    private final Programs programs;
    private final Rounds rounds;
    private final Memberships memberships;
    private final Leaders leaders;
    private final Groups groups;
    private final Sessions sessions;
    private final Topics topics;
    private final Reflections reflections;
    private final Transactions transactions;

    public ExportPersonalData(Programs programs, Rounds rounds, Memberships memberships, Leaders leaders, Groups groups,
            Sessions sessions, Topics topics, Reflections reflections, Transactions transactions) {
        this.programs = programs;
        this.rounds = rounds;
        this.memberships = memberships;
        this.leaders = leaders;
        this.groups = groups;
        this.sessions = sessions;
        this.topics = topics;
        this.reflections = reflections;
        this.transactions = transactions;
    }

    public Result export(Person person) {
        return transactions.inTransaction(() -> {
            Optional<Program> program = programs.inWorkspace(person.workspace());
            if (program.isEmpty()) {
                return new NoProgram();
            }
            String userId = person.userId();
            List<RoundData> found = new ArrayList<>();
            for (Round round : rounds.ofProgram(program.get().id())) {
                round(round, userId).ifPresent(found::add);
            }
            return new Export(new PersonalData(program.get().name(), program.get().isOwnedBy(person),
                    leaders.find(program.get().id(), userId).isPresent(), found));
        });
    }

    private Optional<RoundData> round(Round round, String userId) {
        Map<Long, MentoringGroup> groupsById = groups.ofRound(round.id()).stream()
                .collect(Collectors.toMap(MentoringGroup::id, Function.identity()));
        Optional<Membership> membership = memberships.find(round.id(), userId);
        Integer groupNumber = groups.seatOf(round.id(), userId).map(s -> groupsById.get(s.groupId()))
                .map(MentoringGroup::number).orElse(null);
        List<Integer> led = groupsById.values().stream().filter(g -> g.leaderUserId().equals(userId))
                .map(MentoringGroup::number).sorted().toList();
        List<Topic> roundTopics = topics.ofRound(round.id());
        List<TopicData> authored = roundTopics.stream().filter(t -> t.authorUserId().equals(userId))
                .map(t -> new TopicData(number(groupsById, t.groupId()), t.text(), t.anonymous(), t.status(), t.createdAt()))
                .toList();
        List<String> votedFor = topics.votesBy(round.id(), userId).stream().map(Vote::topicId)
                .map(id -> roundTopics.stream().filter(t -> t.id() == (long) id).map(Topic::text).findFirst().orElse("?"))
                .toList();
        List<ShowReflections.OwnReflection> own = reflections.byAuthor(round.id(), userId).stream()
                .map(r -> new ShowReflections.OwnReflection(ReflectionOccasion.of(r), r.sessionId() == null ? null
                        : sessions.byId(r.sessionId()).map(MentoringSession::startsAt).orElse(null),
                        r.mastery(), r.safety(), r.note(), r.updatedAt()))
                .toList();
        List<AttendanceData> marks = new ArrayList<>();
        for (MentoringSession session : sessions.ofRound(round.id())) {
            sessions.attendanceOf(session.id()).stream().filter(a -> a.userId().equals(userId))
                    .forEach(a -> marks.add(new AttendanceData(session.startsAt(), a.present())));
        }
        if (membership.isEmpty() && groupNumber == null && led.isEmpty() && authored.isEmpty() && votedFor.isEmpty()
                && own.isEmpty() && marks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RoundData(round.number(), round.state(), membership.map(Membership::status).orElse(null),
                membership.map(Membership::joinedAt).orElse(null), membership.map(Membership::roleKind).orElse(null),
                membership.map(Membership::pausedUntil).orElse(null), groupNumber, led, authored, votedFor, own, marks));
    }

    private static Integer number(Map<Long, MentoringGroup> groups, long groupId) {
        MentoringGroup group = groups.get(groupId);
        return group == null ? null : group.number();
    }
}
