package org.mentoringbot.chat;

import java.time.Clock;
import java.time.Duration;
import org.mentoringbot.core.summary.PrivacyThreshold;
import org.mentoringbot.usecase.People;
import org.mentoringbot.usecase.Repositories;
import org.mentoringbot.usecase.AddLeaders;
import org.mentoringbot.usecase.CancelSession;
import org.mentoringbot.usecase.ChangeRoundSettings;
import org.mentoringbot.usecase.CloseRound;
import org.mentoringbot.usecase.ExcludePair;
import org.mentoringbot.usecase.ExportPersonalData;
import org.mentoringbot.usecase.FinishEvaluation;
import org.mentoringbot.usecase.ForgetMe;
import org.mentoringbot.usecase.FormGroups;
import org.mentoringbot.usecase.JoinRound;
import org.mentoringbot.usecase.LeaveRound;
import org.mentoringbot.usecase.MuteReminders;
import org.mentoringbot.usecase.OpenRound;
import org.mentoringbot.usecase.PauseMembership;
import org.mentoringbot.usecase.ProposeGroups;
import org.mentoringbot.usecase.RecordReflection;
import org.mentoringbot.usecase.RememberChannel;
import org.mentoringbot.usecase.RemoveLeader;
import org.mentoringbot.usecase.RescheduleSession;
import org.mentoringbot.usecase.ScheduleSession;
import org.mentoringbot.usecase.SeatMember;
import org.mentoringbot.usecase.SetUpProgram;
import org.mentoringbot.usecase.ShowHome;
import org.mentoringbot.usecase.ShowLeaders;
import org.mentoringbot.usecase.ShowReflections;
import org.mentoringbot.usecase.ShowScheduleForm;
import org.mentoringbot.usecase.ShowSessions;
import org.mentoringbot.usecase.ShowStatus;
import org.mentoringbot.usecase.SummarizeRound;
import org.mentoringbot.usecase.ProposeTopic;
import org.mentoringbot.usecase.ShowTopics;
import org.mentoringbot.usecase.VoteOnTopic;
import org.mentoringbot.usecase.WithdrawTopic;
import org.mentoringbot.usecase.SetAgenda;
import org.mentoringbot.usecase.ShowAgenda;
import org.mentoringbot.usecase.TakeAttendance;

/** Every use case the chat can reach, wired once in {@code MentoringBot}. */
public record UseCases(
        SetUpProgram setUpProgram,
        JoinRound joinRound,
        LeaveRound leaveRound,
        ShowStatus showStatus,
        ShowHome showHome,
        PauseMembership pauseMembership,
        ShowLeaders showLeaders,
        AddLeaders addLeaders,
        RemoveLeader removeLeader,
        OpenRound openRound,
        CloseRound closeRound,
        ChangeRoundSettings changeRoundSettings,
        ExcludePair excludePair,
        ProposeGroups proposeGroups,
        FormGroups formGroups,
        SeatMember seatMember,
        RememberChannel rememberChannel,
        MuteReminders muteReminders,
        ProposeTopic proposeTopic,
        ShowTopics showTopics,
        VoteOnTopic voteOnTopic,
        WithdrawTopic withdrawTopic,
        SetAgenda setAgenda,
        ShowAgenda showAgenda,
        ShowScheduleForm showScheduleForm,
        ScheduleSession scheduleSession,
        RescheduleSession rescheduleSession,
        CancelSession cancelSession,
        ShowSessions showSessions,
        TakeAttendance takeAttendance,
        RecordReflection recordReflection,
        ShowReflections showReflections,
        SummarizeRound summarizeRound,
        FinishEvaluation finishEvaluation,
        ExportPersonalData exportPersonalData,
        ForgetMe forgetMe) {

    /** Wires every use case on these repositories, as the running bot (and the tests) use them. */
    public static UseCases wire(Repositories repositories, People people, Clock clock, PrivacyThreshold threshold,
            Duration evaluationWindow) {
        var programs = repositories.programs();
        var rounds = repositories.rounds();
        var memberships = repositories.memberships();
        var leaders = repositories.leaders();
        var groups = repositories.groups();
        var transactions = repositories.transactions();
        var sessions = repositories.sessions();
        var topics = repositories.topics();
        var reflections = repositories.reflections();
        var ledgers = repositories.summaryLedgers();
        var finishEvaluation = new FinishEvaluation(programs, rounds, groups, sessions, topics, reflections, ledgers, threshold,
                transactions, clock, evaluationWindow);
        return new UseCases(
                new SetUpProgram(programs, rounds, transactions, clock),
                new JoinRound(programs, rounds, memberships, groups, transactions, clock),
                new LeaveRound(programs, rounds, memberships, groups, transactions),
                new ShowStatus(programs, rounds, memberships, transactions),
                new ShowHome(programs, rounds, memberships, leaders, groups, transactions),
                new PauseMembership(programs, rounds, memberships, transactions, clock),
                new ShowLeaders(programs, leaders, transactions),
                new AddLeaders(programs, rounds, leaders, transactions, clock),
                new RemoveLeader(programs, rounds, leaders, groups, transactions),
                new OpenRound(programs, rounds, leaders, transactions, clock),
                new CloseRound(programs, rounds, leaders, memberships, finishEvaluation, transactions, clock),
                new ChangeRoundSettings(programs, rounds, leaders, memberships, transactions),
                new ExcludePair(programs, rounds, leaders, groups, transactions),
                new ProposeGroups(programs, rounds, memberships, leaders, groups, transactions),
                new FormGroups(programs, rounds, memberships, leaders, groups, people, transactions, clock),
                new SeatMember(programs, rounds, memberships, leaders, groups, transactions),
                new RememberChannel(programs, groups, transactions),
                new MuteReminders(programs, rounds, memberships, transactions),
                new ProposeTopic(programs, rounds, memberships, leaders, groups, topics, sessions, transactions, clock),
                new ShowTopics(programs, rounds, memberships, leaders, groups, topics, sessions, transactions, clock),
                new VoteOnTopic(programs, rounds, memberships, leaders, groups, topics, sessions, transactions, clock),
                new WithdrawTopic(programs, rounds, memberships, leaders, groups, topics, sessions, transactions, clock),
                new SetAgenda(programs, rounds, memberships, leaders, groups, topics, sessions, transactions, clock),
                new ShowAgenda(programs, rounds, memberships, leaders, groups, topics, sessions, transactions, clock),
                new ShowScheduleForm(programs, rounds, leaders, groups, sessions, topics, transactions),
                new ScheduleSession(programs, rounds, leaders, groups, sessions, topics, transactions, clock),
                new RescheduleSession(programs, rounds, leaders, groups, sessions, transactions, clock),
                new CancelSession(programs, rounds, leaders, groups, sessions, topics, transactions, clock),
                new ShowSessions(programs, rounds, leaders, groups, sessions, topics, transactions, clock),
                new TakeAttendance(programs, rounds, leaders, groups, sessions, transactions, clock),
                new RecordReflection(programs, rounds, memberships, groups, sessions, reflections, transactions, clock),
                new ShowReflections(programs, rounds, memberships, groups, sessions, reflections, transactions, clock),
                new SummarizeRound(programs, rounds, leaders, groups, sessions, topics, reflections, ledgers, threshold, transactions, clock),
                finishEvaluation,
                new ExportPersonalData(programs, rounds, memberships, leaders, groups, sessions, topics, reflections, transactions),
                new ForgetMe(programs, rounds, memberships, leaders, groups, sessions, topics, reflections, ledgers, transactions));
    }
}
