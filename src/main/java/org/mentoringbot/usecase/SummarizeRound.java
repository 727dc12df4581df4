package org.mentoringbot.usecase;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.reflection.Reflections;
import org.mentoringbot.core.round.Round;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.Sessions;
import org.mentoringbot.core.summary.PrivacyThreshold;
import org.mentoringbot.core.summary.SummaryLedgers;
import org.mentoringbot.core.topic.Topics;

/**
 * The summary of the program's latest round. The owner gets the whole round; a leader gets their own groups;
 * anyone may preview exactly what the owner would get. Every request seals and stores the round's ledger first
 * (a preview too: it shows the owner's figures, so it must not show blocks the owner's next summary could cut
 * differently).
 */
public final class SummarizeRound {
    /** Whose summary it is. */
    public enum Audience { OWNER, LEADER, PREVIEW }

    /** What happened. */
    public sealed interface Result {}

    public record Summary(Program program, Round round, Audience audience, RoundFigures figures) implements Result {}

    /** Neither the owner nor a leader: they may preview, not ask. */
    public record NotAllowed(String ownerName) implements Result {}

    /** A leader who leads no group in this round has no summary of their own. */
    public record LeadsNoGroup(int roundNumber) implements Result {}

    public record NoProgram() implements Result {}

    private final Programs programs;
    private final Rounds rounds;
    private final Leaders leaders;
    private final Groups groups;
    private final RoundTally tally;
    private final Transactions transactions;
    private final Clock clock;

    public SummarizeRound(Programs programs, Rounds rounds, Leaders leaders, Groups groups, Sessions sessions, Topics topics,
            Reflections reflections, SummaryLedgers ledgers, PrivacyThreshold threshold, Transactions transactions, Clock clock) {
        this.programs = programs;
        this.rounds = rounds;
        this.leaders = leaders;
        this.groups = groups;
        this.tally = new RoundTally(groups, sessions, topics, reflections, ledgers, threshold);
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param preview show the caller what the owner would see, whoever they are */
    public Result summarize(Actor actor, boolean preview) {
        return transactions.inTransaction(() -> {
            var current = Current.in(actor.person().workspace(), programs, rounds);
            if (current.isEmpty() || current.get().round().isEmpty()) {
                return new NoProgram();
            }
            Program program = current.get().program();
            Round round = current.get().round().get();
            if (preview) {
                return new Summary(program, round, Audience.PREVIEW, tally.forOwner(round, clock.instant()));
            }
            if (new Roles(leaders).isOwner(program, actor)) {
                return new Summary(program, round, Audience.OWNER, tally.forOwner(round, clock.instant()));
            }
            if (leaders.find(program.id(), actor.person().userId()).isEmpty()) {
                return new NotAllowed(program.ownerName());
            }
            Set<Long> led = groups.ofRound(round.id()).stream()
                    .filter(g -> g.leaderUserId().equals(actor.person().userId()))
                    .map(MentoringGroup::id).collect(Collectors.toSet());
            if (led.isEmpty()) {
                return new LeadsNoGroup(round.number());
            }
            return new Summary(program, round, Audience.LEADER, tally.forLeader(round, led, clock.instant()));
        });
    }
}
