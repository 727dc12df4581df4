package org.mentoringbot.usecase;

import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.reflection.Reflections;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.Sessions;
import org.mentoringbot.core.summary.SummaryLedgers;
import org.mentoringbot.core.topic.Topics;

/** Every repository the use cases need, and the transactions they run in: the database, or memory in tests. */
public interface Repositories {
    Transactions transactions();

    Programs programs();

    Rounds rounds();

    Memberships memberships();

    Leaders leaders();

    Groups groups();

    Sessions sessions();

    Topics topics();

    Reflections reflections();

    SummaryLedgers summaryLedgers();
}
