package org.mentoringbot.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.core.topic.TopicCount;
import org.mentoringbot.core.topic.Vote;

/** The topic queries the board and the summary rely on, on a real SQLite file. */
class JpaTopicsTest {
    private static final Instant T = Instant.parse("2026-09-01T10:00:00Z");

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:sqlite:" + dir.resolve("mentoring.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void countsPerGroupAndStatusAreCountedInTheDatabase() {
        long a = add(new Topic(11, 1, "U1", false, "a", T)).id();
        add(new Topic(11, 1, "U2", true, "b", T));
        add(new Topic(12, 1, "U3", false, "c", T));
        add(new Topic(13, 2, "U4", false, "another round", T));
        db.transactions().inTransaction(() -> {
            db.topics().byId(a).orElseThrow().withdraw();
            return null;
        });

        List<TopicCount> counts = db.transactions().inTransaction(() -> db.topics().countsOfRound(1));

        assertEquals(List.of(new TopicCount(11, Topic.Status.OPEN, 1), new TopicCount(11, Topic.Status.WITHDRAWN, 1),
                new TopicCount(12, Topic.Status.OPEN, 1)), counts);
    }

    @Test
    void aReopenedTopicIsOpenOnNoAgendaAndItsTextKeepsEveryCharacter() {
        String text = "Æøå 👩\u200D🏫 " + "🌻".repeat(490);
        long id = add(new Topic(11, 1, "U1", true, text, T)).id();
        db.transactions().inTransaction(() -> {
            Topic topic = db.topics().byId(id).orElseThrow();
            topic.putOnAgendaOf(5L);
            topic.discussed();
            return null;
        });
        db.transactions().inTransaction(() -> {
            db.topics().byId(id).orElseThrow().reopen();
            return null;
        });

        Topic read = db.transactions().inTransaction(() -> db.topics().byId(id).orElseThrow());

        assertEquals(Topic.Status.OPEN, read.status());
        assertNull(read.sessionId());
        assertEquals(text, read.text());
    }

    @Test
    void votesAreFoundByTopicAndByMemberAndRound() {
        long a = add(new Topic(11, 1, "U1", false, "a", T)).id();
        long b = add(new Topic(11, 1, "U1", false, "b", T)).id();
        db.transactions().inTransaction(() -> {
            db.topics().add(new Vote(a, 1, "U2"));
            db.topics().add(new Vote(b, 1, "U2"));
            db.topics().add(new Vote(a, 1, "U3"));
            return null;
        });
        db.transactions().inTransaction(() -> {
            db.topics().remove(db.topics().votesFor(b).get(0));
            return null;
        });

        assertEquals(2, db.transactions().inTransaction(() -> db.topics().votesFor(a)).size());
        assertEquals(List.of(a), db.transactions().inTransaction(() -> db.topics().votesBy(1, "U2")).stream().map(Vote::topicId).toList());
    }

    private Topic add(Topic topic) {
        return db.transactions().inTransaction(() -> db.topics().add(topic));
    }
}
