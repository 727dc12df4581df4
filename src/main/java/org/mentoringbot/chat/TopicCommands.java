package org.mentoringbot.chat;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Action;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.core.topic.Topic;
import org.mentoringbot.usecase.BoardRefusal;
import org.mentoringbot.usecase.ProposeTopic;
import org.mentoringbot.usecase.SetAgenda;
import org.mentoringbot.usecase.ShowAgenda;
import org.mentoringbot.usecase.ShowTopics;
import org.mentoringbot.usecase.VoteOnTopic;
import org.mentoringbot.usecase.WithdrawTopic;

/** A group's topic board: members propose, vote and withdraw; the leader picks the next session's agenda. */
final class TopicCommands {
    /** The vote button on each topic; its value is the topic's id. */
    static final String VOTE = "topic.vote";
    /** Opens one group's board; its value is the group's number. */
    static final String BOARD = "topics.group";

    private final UseCases useCases;
    private final Notifications notifications;

    TopicCommands(UseCases useCases, Notifications notifications) {
        this.useCases = useCases;
        this.notifications = notifications;
    }

    Reply propose(Requester requester, String text, boolean anonymous) {
        var result = useCases.proposeTopic().propose(requester.actor(), text, anonymous);
        if (result instanceof ProposeTopic.Proposed proposed) {
            notifications.topicProposed(requester.person().workspace(), proposed.group(), proposed.openTopics());
            return Notice.of(Tone.SUCCESS, "topics.proposed", proposed.group().number(), proposed.number(), proposed.anonymous() ? 1 : 0)
                    .withActions(showBoard(proposed.group().number()));
        } else if (result instanceof ProposeTopic.Empty) {
            return Notice.of(Tone.PROBLEM, "topics.propose.empty");
        } else if (result instanceof ProposeTopic.TooLong tooLong) {
            return Notice.of(Tone.PROBLEM, "topics.propose.too.long", tooLong.length(), tooLong.maxLength());
        }
        return refusal(((ProposeTopic.Refused) result).why());
    }

    Reply show(Requester requester, Integer groupNumber) {
        return board(requester, groupNumber, null);
    }

    /** A vote or a take-back, answered with the board as it is now, so the counts on screen stay true. */
    Reply vote(Requester requester, VoteOnTopic.Choice choice) {
        var result = useCases.voteOnTopic().toggle(requester.actor(), choice);
        Notice notice;
        if (result instanceof VoteOnTopic.Voted voted) {
            notice = Notice.of(Tone.SUCCESS, "topics.voted", voted.number());
        } else if (result instanceof VoteOnTopic.TakenBack back) {
            notice = Notice.of(Tone.SUCCESS, "topics.taken.back", back.number());
        } else if (result instanceof VoteOnTopic.NoVotesLeft none) {
            notice = Notice.of(Tone.PROBLEM, "topics.no.votes.left", none.limit());
        } else if (result instanceof VoteOnTopic.NotOpen notOpen) {
            notice = Notice.of(Tone.PROBLEM, notOpenKey(notOpen.status()), notOpen.number());
        } else if (result instanceof VoteOnTopic.NoSuchNumber none) {
            notice = Notice.of(Tone.PROBLEM, "topics.no.such.number", none.number());
        } else if (result instanceof VoteOnTopic.NotOnYourBoard) {
            notice = Notice.of(Tone.PROBLEM, "topics.not.on.your.board");
        } else {
            return refusal(((VoteOnTopic.Refused) result).why());
        }
        return board(requester, null, notice);
    }

    Reply withdraw(Requester requester, int number) {
        var result = useCases.withdrawTopic().withdraw(requester.actor(), number);
        Notice notice;
        if (result instanceof WithdrawTopic.Withdrawn withdrawn) {
            notice = Notice.of(Tone.SUCCESS, "topics.withdrawn", withdrawn.number());
        } else if (result instanceof WithdrawTopic.NotYours notYours) {
            notice = Notice.of(Tone.PROBLEM, "topics.not.yours", notYours.number());
        } else if (result instanceof WithdrawTopic.NotOpen notOpen) {
            notice = Notice.of(Tone.INFO, notOpenKey(notOpen.status()), notOpen.number());
        } else if (result instanceof WithdrawTopic.NoSuchNumber none) {
            notice = Notice.of(Tone.PROBLEM, "topics.no.such.number", none.number());
        } else {
            return refusal(((WithdrawTopic.Refused) result).why());
        }
        return board(requester, null, notice);
    }

    Reply agenda(Requester requester, Integer groupNumber) {
        var result = useCases.showAgenda().show(requester.actor(), groupNumber);
        if (result instanceof ShowAgenda.Agenda agenda) {
            return new Reply.Agenda(agenda.group().number(), agenda.session().map(s -> when(s, requester)).orElse(null),
                    agenda.items().stream().map(i -> new Reply.AgendaEntry(i.number(), i.text())).toList(), agenda.leader(), null);
        }
        return refusal(((ShowAgenda.Refused) result).why());
    }

    Reply setAgenda(Requester requester, List<Integer> numbers, Integer groupNumber) {
        var result = useCases.setAgenda().set(requester.actor(), numbers, groupNumber);
        if (result instanceof SetAgenda.AgendaSet set) {
            notifications.agendaSet(requester.person().workspace(), set.group(), set.items().size());
            Notice notice = set.items().isEmpty() ? Notice.of(Tone.SUCCESS, "agenda.cleared")
                    : set.reopened().isEmpty() ? Notice.of(Tone.SUCCESS, "agenda.set", set.items().size())
                    : Notice.of(Tone.SUCCESS, "agenda.set.reopened", set.items().size(), numbers(set.reopened()), set.reopened().size());
            return new Reply.Agenda(set.group().number(), when(set.session(), requester),
                    set.items().stream().map(i -> new Reply.AgendaEntry(i.number(), i.text())).toList(), true, notice);
        } else if (result instanceof SetAgenda.NoSession none) {
            return Notice.of(Tone.INFO, "agenda.no.session", none.groupNumber(), 1);
        } else if (result instanceof SetAgenda.NotTheLeader) {
            return Notice.of(Tone.PROBLEM, "agenda.not.leader");
        } else if (result instanceof SetAgenda.NoSuchNumbers none) {
            return Notice.of(Tone.PROBLEM, "agenda.no.such.numbers", numbers(none.numbers()), none.numbers().size());
        } else if (result instanceof SetAgenda.WithdrawnTopics withdrawn) {
            return Notice.of(Tone.PROBLEM, "agenda.withdrawn", numbers(withdrawn.numbers()), withdrawn.numbers().size());
        }
        return refusal(((SetAgenda.Refused) result).why());
    }

    private Reply board(Requester requester, Integer groupNumber, Notice notice) {
        var result = useCases.showTopics().show(requester.actor(), groupNumber);
        if (!(result instanceof ShowTopics.Board board)) {
            Reply refused = refusal(((ShowTopics.Refused) result).why());
            return notice == null ? refused : notice;
        }
        boolean voting = board.member() && board.roundRunning();
        List<Reply.BoardTopic> topics = board.topics().stream()
                .map(t -> new Reply.BoardTopic(t.number(), t.text(), t.votes(), t.onAgenda(), t.anonymous(),
                        t.authorName().orElse(null), t.mine(), voting ? voteButton(t) : null))
                .toList();
        return new Reply.TopicBoard(board.group().number(), topics, board.member() ? board.votesLeft() : -1, board.leader(),
                board.nextSession().map(s -> when(s, requester)).orElse(null), !board.roundRunning(), notice);
    }

    private static Action voteButton(ShowTopics.BoardTopic topic) {
        return topic.votedByMe()
                ? new Action(VOTE, "action.topic.unvote", false, String.valueOf(topic.id()), List.of(topic.number()))
                : new Action(VOTE, "action.topic.vote", true, String.valueOf(topic.id()), List.of(topic.number()));
    }

    private static Action showBoard(int groupNumber) {
        return new Action(BOARD, "action.topics.show", false, String.valueOf(groupNumber), List.of(groupNumber));
    }

    private static String notOpenKey(Topic.Status status) {
        return status == Topic.Status.WITHDRAWN ? "topics.not.open.withdrawn" : "topics.not.open.discussed";
    }

    /** Why there is no board, said without anything about any group's topics. */
    private static Reply refusal(BoardRefusal why) {
        if (why instanceof BoardRefusal.NotInRound) {
            return Notice.of(Tone.INFO, "topics.not.in.round");
        } else if (why instanceof BoardRefusal.NoGroupYet) {
            return Notice.of(Tone.INFO, "topics.no.group.yet");
        } else if (why instanceof BoardRefusal.OnlyTheGroup) {
            return Notice.of(Tone.INFO, "topics.only.the.group");
        } else if (why instanceof BoardRefusal.NotYourGroup other) {
            return Notice.of(Tone.PROBLEM, "topics.not.your.group", other.groupNumber());
        } else if (why instanceof BoardRefusal.ChooseGroup choose) {
            return Notice.of(Tone.INFO, "topics.choose.group", numbers(choose.groupNumbers()), choose.groupNumbers().get(0))
                    .withActions(choose.groupNumbers().stream().map(n -> new Action(BOARD, "action.topics.group", false,
                            String.valueOf(n), List.of(n))).toArray(Action[]::new));
        } else if (why instanceof BoardRefusal.LeaderNotMember) {
            return Notice.of(Tone.INFO, "topics.leader.not.member");
        } else if (why instanceof BoardRefusal.RoundOver over) {
            return Notice.of(Tone.INFO, "topics.round.over", over.roundNumber());
        }
        return Notice.of(Tone.INFO, "no.program");
    }

    private static String numbers(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The session's start in the reader's own time zone and language, e.g. "Thursday, January 14, 2027, 3:00 PM". */
    private static String when(MentoringSession session, Requester requester) {
        var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(Messages.in(requester.locale()).locale());
        return session.startsAt().atZone(requester.zone()).format(formatter);
    }
}
