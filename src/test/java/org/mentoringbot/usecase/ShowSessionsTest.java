package org.mentoringbot.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.usecase.SchoolWithGroups.ANNA;
import static org.mentoringbot.usecase.SchoolWithGroups.DAG;
import static org.mentoringbot.usecase.SchoolWithGroups.HEDDA;
import static org.mentoringbot.usecase.SchoolWithGroups.LIV;
import static org.mentoringbot.usecase.SchoolWithGroups.actor;
import static org.mentoringbot.usecase.TestPeople.KARI;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.topic.Topic;

class ShowSessionsTest {
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final SchoolWithGroups school = new SchoolWithGroups();
    private final InMemoryStore store = school.store;
    private final Topic topic = school.topic(school.group1, ANNA, "Utfordrende foreldremøter");
    private final MentoringSession second = plan(KARI, 1, "2027-01-21", "15:00", List.of());
    private final MentoringSession first = plan(KARI, 1, "2027-01-14", "15:00", List.of(topic.id()));
    private final MentoringSession ofGroup2 = plan(LIV, 2, "2027-01-15", "12:00", List.of());

    private MentoringSession plan(Person leader, int group, String date, String time, List<Long> agenda) {
        return ((ScheduleSession.Scheduled) store.scheduleSession(store.clock).schedule(actor(leader), new ScheduleSession.Request(
                GroupChoice.number(group), LocalDate.parse(date), LocalTime.parse(time), null, OSLO, null, null, agenda))).session();
    }

    private ShowSessions.Result upcoming(Person who, String now) {
        return store.showSessions(Clock.fixed(Instant.parse(now), ZoneOffset.UTC)).upcoming(actor(who));
    }

    private static List<Long> ids(ShowSessions.GroupSessions group) {
        return group.sessions().stream().map(s -> s.session().id()).toList();
    }

    @Test
    void aMemberSeesTheirGroupsSessionsEarliestFirstWithTheAgenda() {
        var upcoming = assertInstanceOf(ShowSessions.Upcoming.class, upcoming(ANNA, "2026-09-01T00:00:00Z"));

        assertEquals(1, upcoming.groups().size());
        var group = upcoming.groups().get(0);
        assertEquals(1, group.group().number());
        assertTrue(group.agendaVisible());
        assertEquals(List.of(first.id(), second.id()), ids(group));
        assertEquals(List.of("Utfordrende foreldremøter"), group.sessions().get(0).agenda());
        assertEquals(List.of(), group.sessions().get(1).agenda());
    }

    @Test
    void aSessionUnderWayIsStillShownAndOneThatEndedIsNot() {
        var during = (ShowSessions.Upcoming) upcoming(ANNA, "2027-01-14T14:30:00Z");
        assertEquals(List.of(first.id(), second.id()), ids(during.groups().get(0)));

        var after = (ShowSessions.Upcoming) upcoming(ANNA, "2027-01-14T15:00:00Z");
        assertEquals(List.of(second.id()), ids(after.groups().get(0)));
    }

    @Test
    void cancelledSessionsAreNotShown() {
        store.cancelSession(store.clock).cancel(actor(KARI), second.id());

        var upcoming = (ShowSessions.Upcoming) upcoming(ANNA, "2026-09-01T00:00:00Z");

        assertEquals(List.of(first.id()), ids(upcoming.groups().get(0)));
    }

    @Test
    void aLeaderSeesEveryGroupTheyLead() {
        var upcoming = (ShowSessions.Upcoming) upcoming(LIV, "2026-09-01T00:00:00Z");

        assertEquals(List.of(2, 3), upcoming.groups().stream().map(g -> g.group().number()).toList());
        assertEquals(List.of(ofGroup2.id()), ids(upcoming.groups().get(0)));
        assertEquals(List.of(), ids(upcoming.groups().get(1)));
    }

    @Test
    void theOwnerSeesEveryGroupsSessionsButNoAgenda() {
        var upcoming = (ShowSessions.Upcoming) upcoming(PRINCIPAL, "2026-09-01T00:00:00Z");

        assertEquals(List.of(1, 2, 3), upcoming.groups().stream().map(g -> g.group().number()).toList());
        assertFalse(upcoming.groups().get(0).agendaVisible());
        assertEquals(List.of(first.id(), second.id()), ids(upcoming.groups().get(0)));
        assertTrue(upcoming.groups().stream().flatMap(g -> g.sessions().stream()).allMatch(s -> s.agenda().isEmpty()),
                "topics are the group's own");
    }

    @Test
    void aMemberDoesNotSeeOtherGroupsSessions() {
        var upcoming = (ShowSessions.Upcoming) upcoming(DAG, "2026-09-01T00:00:00Z");

        assertEquals(List.of(2), upcoming.groups().stream().map(g -> g.group().number()).toList());
    }

    @Test
    void someoneWithoutAGroupIsToldSo() {
        assertInstanceOf(SessionProblem.NotInAGroup.class, upcoming(HEDDA, "2026-09-01T00:00:00Z"));
    }
}
