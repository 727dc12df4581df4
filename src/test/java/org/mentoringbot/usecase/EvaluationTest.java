package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.round.RoundState;
import org.mentoringbot.core.summary.Change;

class EvaluationTest {
    private final ReflectingRound r = new ReflectingRound();

    @Test
    void closingInvitesEveryoneEnrolledAlikeButNotThoseWaitingOrOnABreak() {
        List<Person> people = r.join(1, 4);
        r.store.waiting(r.round, ReflectingRound.person("waiting"));
        r.store.inTransaction(() -> {
            r.store.memberships.find(r.round.id(), "p4").orElseThrow().pauseUntil(LocalDate.of(2027, 1, 1));
            return null;
        });

        var evaluating = assertInstanceOf(CloseRound.Evaluating.class, r.close());

        assertEquals(people.subList(0, 3), evaluating.invited());
        assertEquals(RoundState.EVALUATING, r.round.state());
        assertNotNull(r.round.evaluatingSince());
    }

    @Test
    void closingAgainArchivesTheRoundAndCountsItForTheLeaders() {
        List<Person> people = r.join(1, 3);
        r.group(1, ReflectingRound.person("leader"), people);
        people.forEach(p -> r.baseline(p, 2, 2));
        r.close();
        people.forEach(p -> r.end(p, 4, 4, "privat"));

        var archived = assertInstanceOf(CloseRound.Archived.class, r.close());

        assertEquals(RoundState.CLOSED, r.round.state());
        assertEquals("Lindeskolen", archived.finished().program().name());
        assertInstanceOf(Change.Shown.class, archived.finished().figures().mastery().joiningToEnd().overall());
        assertTrue(r.store.ledgers.stored(r.round.id()).joiningToEndBlocks().size() > 0, "what the leaders see is sealed and stored");
        assertInstanceOf(CloseRound.NothingToClose.class, r.close());
    }

    @Test
    void onlyTheOwnerCloses() {
        Person kari = r.join(1, 1).get(0);

        assertInstanceOf(CloseRound.NotOwner.class, r.store.closeRound(r.clock).close(new Actor(kari, false)));
        assertEquals(RoundState.ENROLLING, r.round.state());
    }

    @Test
    void theSchedulersHookEndsEvaluationsOnlyOnceTheirWindowHasPassed() {
        r.join(1, 3);
        r.close();
        FinishEvaluation finishing = r.store.finishEvaluation(r.clock);

        r.clock.advance(Duration.ofDays(13));
        assertTrue(finishing.finishDue().isEmpty());
        assertEquals(RoundState.EVALUATING, r.round.state());

        r.clock.advance(Duration.ofDays(1));
        List<FinishEvaluation.Finished> finished = finishing.finishDue();
        assertEquals(1, finished.size());
        assertEquals(r.round.id(), finished.get(0).round().id());
        assertEquals(RoundState.CLOSED, r.round.state());
        assertTrue(finishing.finishDue().isEmpty(), "an ended evaluation is not ended twice");
    }
}
