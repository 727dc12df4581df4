package org.mentoringbot.chat;

import java.util.List;
import java.util.function.Consumer;
import org.mentoringbot.chat.command.MentoringCommand;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.usecase.VoteOnTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a command for a requester and says what happened, for every platform alike.
 * Use cases decide who may do what; this layer translates their results into replies and
 * hands what must happen afterwards (messages to others, new channels) to the follow-up executor.
 */
public final class CommandDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(CommandDispatcher.class);

    private final MembershipCommands membership;
    private final ProgramCommands program;
    private final GroupCommands groups;
    private final TopicCommands topics;
    private final SessionCommands sessions;
    private final Notifications notifications;
    private final ReflectionCommands reflections;
    private final SummaryCommands summaries;
    private final EvaluationCommands evaluation;
    private final DataCommands data;

    public CommandDispatcher(UseCases useCases, ChatPorts ports) {
        this.notifications = new Notifications(ports.sender(), ports.spaces(), useCases.rememberChannel(), ports.followUps());
        this.membership = new MembershipCommands(useCases, notifications);
        this.program = new ProgramCommands(useCases, new Mentions(ports.people()), notifications);
        this.groups = new GroupCommands(useCases, notifications);
        this.reflections = new ReflectionCommands(useCases);
        SummaryPosting posting = new SummaryPosting(ports.sender(), ports.files(), ports.followUps());
        this.summaries = new SummaryCommands(useCases, posting);
        this.evaluation = new EvaluationCommands(useCases, notifications, posting);
        this.data = new DataCommands(useCases, notifications);
        this.topics = new TopicCommands(useCases, notifications);
        this.sessions = new SessionCommands(useCases, new SessionNews(ports.sender(), ports.files(), ports.followUps()),
                new Mentions(ports.people()));
    }

    /**
     * Ends every round evaluation whose window ({@code mentoring.evaluation.window}) has passed and posts each
     * round's summary in its leaders' circle. The hook a scheduler calls; returns how many ended.
     */
    public int finishDueEvaluations() {
        return evaluation.finishDue();
    }

    /** Adapters listen here to refresh what they show of a person (Slack's App Home). */
    public void onPersonChanged(Consumer<Person> listener) {
        notifications.onChange(listener);
    }

    public Reply handle(Requester requester, MentoringCommand command) {
        // Ids only: command arguments may be personal.
        LOG.debug("{} from {} in {}", command.getClass().getSimpleName(), requester.person().userId(),
                requester.person().workspace());
        if (command instanceof MentoringCommand.Help) {
            return new Reply.Help();
        } else if (command instanceof MentoringCommand.SetUp c) {
            return membership.setUp(requester, c.programName());
        } else if (command instanceof MentoringCommand.Join c) {
            return membership.join(requester, c.roleKind());
        } else if (command instanceof MentoringCommand.Leave) {
            return membership.leave(requester);
        } else if (command instanceof MentoringCommand.Status) {
            return membership.status(requester);
        } else if (command instanceof MentoringCommand.Home) {
            return membership.home(requester);
        } else if (command instanceof MentoringCommand.Pause c) {
            return membership.pause(requester, c.until());
        } else if (command instanceof MentoringCommand.Resume) {
            return membership.pause(requester, null);
        } else if (command instanceof MentoringCommand.MuteReminders c) {
            return membership.mute(requester, c.muted());
        } else if (command instanceof MentoringCommand.ListLeaders) {
            return program.listLeaders(requester);
        } else if (command instanceof MentoringCommand.AddLeaders c) {
            return program.addLeaders(requester, c.people());
        } else if (command instanceof MentoringCommand.RemoveLeader c) {
            return program.removeLeader(requester, c.person());
        } else if (command instanceof MentoringCommand.OpenRound c) {
            return program.openRound(requester, c.name(), c.endsOn());
        } else if (command instanceof MentoringCommand.CloseRound) {
            return evaluation.close(requester);
        } else if (command instanceof MentoringCommand.RoundSettings c) {
            return program.roundSettings(requester, c);
        } else if (command instanceof MentoringCommand.Exclude c) {
            return program.exclude(requester, c.one(), c.other());
        } else if (command instanceof MentoringCommand.EditGroups) {
            return groups.edit(requester);
        } else if (command instanceof MentoringCommand.ProposeGroups) {
            return groups.propose(requester);
        } else if (command instanceof MentoringCommand.AcceptGroups) {
            return groups.accept(requester);
        } else if (command instanceof MentoringCommand.FormGroups c) {
            return groups.form(requester, c.groups());
        } else if (command instanceof MentoringCommand.SeatMember c) {
            return groups.seat(requester, c.groupId(), c.userId());
        } else if (command instanceof MentoringCommand.OpenReflection c) {
            return reflections.open(requester, c.occasion());
        } else if (command instanceof MentoringCommand.Reflect c) {
            return reflections.reflect(requester, c);
        } else if (command instanceof MentoringCommand.ListReflections) {
            return reflections.list(requester);
        } else if (command instanceof MentoringCommand.Summary c) {
            return summaries.summary(requester, c.preview());
        } else if (command instanceof MentoringCommand.ExportMyData) {
            return data.myData(requester);
        } else if (command instanceof MentoringCommand.ForgetMe c) {
            return data.forgetMe(requester, c.confirmed());
        } else if (command instanceof MentoringCommand.ProposeTopic c) {
            return topics.propose(requester, c.text(), c.anonymous());
        } else if (command instanceof MentoringCommand.ShowTopics c) {
            return topics.show(requester, c.groupNumber());
        } else if (command instanceof MentoringCommand.VoteTopic c) {
            return topics.vote(requester, new VoteOnTopic.Choice.ById(c.topicId()));
        } else if (command instanceof MentoringCommand.VoteTopicNumber c) {
            return topics.vote(requester, new VoteOnTopic.Choice.ByNumber(c.number()));
        } else if (command instanceof MentoringCommand.WithdrawTopic c) {
            return topics.withdraw(requester, c.number());
        } else if (command instanceof MentoringCommand.ShowAgenda c) {
            return topics.agenda(requester, c.groupNumber());
        } else if (command instanceof MentoringCommand.SetAgenda c) {
            return topics.setAgenda(requester, c.numbers(), c.groupNumber());
        } else if (command instanceof MentoringCommand.ScheduleForm c) {
            return sessions.form(requester, c.groupNumber());
        } else if (command instanceof MentoringCommand.Schedule c) {
            return sessions.schedule(requester, c);
        } else if (command instanceof MentoringCommand.Reschedule c) {
            return sessions.reschedule(requester, c);
        } else if (command instanceof MentoringCommand.CancelSession c) {
            return sessions.cancel(requester, c.sessionId());
        } else if (command instanceof MentoringCommand.ListSessions) {
            return sessions.list(requester);
        } else if (command instanceof MentoringCommand.Attendance c) {
            return sessions.attendance(requester, c);
        } else if (command instanceof MentoringCommand.Invalid c) {
            return new Notice(Tone.PROBLEM, c.key(), c.args(), List.of());
        } else if (command instanceof MentoringCommand.Unknown c) {
            return Notice.of(Tone.PROBLEM, "unknown.command", c.text());
        }
        throw new IllegalStateException("unhandled command " + command);
    }
}
