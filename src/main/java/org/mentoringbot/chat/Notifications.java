package org.mentoringbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Action;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.program.Program;
import org.mentoringbot.usecase.FormGroups;
import org.mentoringbot.usecase.RememberChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot does after answering: tells others what concerns them, makes group channels and the
 * leaders' circle, and lets adapters refresh views. Runs on the follow-up executor, so the user's
 * own answer (and Slack's 3-second ack) never waits for it.
 */
final class Notifications {
    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    private final ChatSender sender;
    private final GroupSpaces spaces;
    private final RememberChannel rememberChannel;
    private final FollowUps followUps;
    private final List<Consumer<Person>> changeListeners = new CopyOnWriteArrayList<>();

    Notifications(ChatSender sender, GroupSpaces spaces, RememberChannel rememberChannel, Executor followUps) {
        this.sender = sender;
        this.spaces = spaces;
        this.rememberChannel = rememberChannel;
        this.followUps = new FollowUps(followUps);
    }

    void onChange(Consumer<Person> listener) {
        changeListeners.add(listener);
    }

    /** Something about this person changed (their round, group, pause): views of them go stale. */
    void changed(Person person) {
        followUps.later("refresh " + person.userId(), () -> changeListeners.forEach(listener -> listener.accept(person)));
    }

    void admitted(Person person, int roundNumber) {
        send(ChatAddress.directTo(person), Notice.of(Tone.SUCCESS, "notify.admitted", roundNumber)
                .withActions(MembershipCommands.LEAVE));
        changed(person);
    }

    void offerToLeader(MentoringGroup group, Person newcomer) {
        Action seat = new Action("group.seat", "action.seat", true, group.id() + ":" + newcomer.userId(),
                List.of(newcomer.displayName(), group.number()));
        send(new ChatAddress(newcomer.workspace(), group.leaderUserId()),
                Notice.of(Tone.INFO, "notify.offer", newcomer.displayName(), group.number()).withActions(seat));
    }

    /** All groups are full and enough late joiners wait: the leaders' circle hears it can make a new group. */
    void enoughForANewGroup(String workspace, long waiting) {
        followUps.later("new group hint", () -> {
            String circle = rememberChannel.leadersCircleOf(workspace);
            if (circle != null) {
                sendNow(new ChatAddress(workspace, circle), Notice.of(Tone.INFO, "notify.new.group", waiting));
            }
        });
    }

    void seated(MentoringGroup group, Person member) {
        send(ChatAddress.directTo(member), Notice.of(Tone.SUCCESS, "notify.seated", group.number(), group.leaderName()));
        if (group.channelId() != null) {
            send(new ChatAddress(member.workspace(), group.channelId()), Notice.of(Tone.INFO, "notify.group.newcomer", member.displayName()));
        }
        changed(member);
    }

    /** Everyone in the round is invited alike to the end-of-round reflection, so not answering is never singled out. */
    void invitedToEndReflection(List<Person> members, int roundNumber) {
        for (Person member : members) {
            send(ChatAddress.directTo(member), Notice.of(Tone.INFO, "notify.reflect.end", roundNumber)
                    .withActions(ReflectionCommands.END));
        }
    }

    /** Messages for the person alone, in order (their own data). */
    void privately(Person person, List<Reply> replies) {
        followUps.later("send to " + person.userId(), () -> replies.forEach(reply -> sendNow(ChatAddress.directTo(person), reply)));
    }

    /** Each new group gets a private place with its members and leader, and a welcome there. */
    void groupsFormed(String workspace, int roundNumber, List<FormGroups.FormedGroup> groups) {
        followUps.later("open group spaces", () -> {
            for (FormGroups.FormedGroup formed : groups) {
                MentoringGroup group = formed.group();
                List<String> people = new ArrayList<>(formed.members().stream().map(Person::userId).toList());
                people.add(group.leaderUserId());
                try {
                    String channel = spaces.openForGroup(workspace, "mentoring-r" + roundNumber + "-g" + group.number(), people);
                    rememberChannel.forGroup(group.id(), channel);
                    sendNow(new ChatAddress(workspace, channel), Notice.of(Tone.INFO, "notify.group.welcome", group.number(),
                            group.leaderName(), formed.members().size() + 1));
                } catch (RuntimeException e) {
                    LOG.warn("could not open a space for group {}: {}", group.id(), e.getMessage());
                }
                formed.members().forEach(this::changed);
                changed(new Person(workspace, group.leaderUserId(), group.leaderName()));
            }
        });
    }

    /** Leaders share one private circle; new leaders are brought in and welcomed. */
    void leadersAdded(Program program, List<Person> allLeaders, List<Person> added) {
        followUps.later("gather leaders", () -> {
            try {
                String channel = spaces.gatherLeaders(program.workspace(), program.leadersChannelId(),
                        "mentoring-leaders", allLeaders.stream().map(Person::userId).toList());
                if (!channel.equals(program.leadersChannelId())) {
                    rememberChannel.forLeaders(program.workspace(), channel);
                }
                for (Person leader : added) {
                    sendNow(new ChatAddress(program.workspace(), channel), Notice.of(Tone.INFO, "notify.leader.welcome", leader.displayName()));
                }
            } catch (RuntimeException e) {
                LOG.warn("could not gather the leaders of program {}: {}", program.id(), e.getMessage());
            }
            added.forEach(this::changed);
        });
    }

    void leaderRemoved(Program program, Person person) {
        followUps.later("leader removed", () -> {
            if (program.leadersChannelId() != null) {
                try {
                    spaces.removeFromLeaders(program.workspace(), program.leadersChannelId(), person.userId());
                } catch (RuntimeException e) {
                    LOG.warn("could not take {} out of the leaders' circle: {}", person.userId(), e.getMessage());
                }
            }
            changed(person);
        });
    }

    /**
     * A topic was proposed: the group's channel hears that its board has something new, but neither what
     * nor by whom. The channel can hold people no longer in the group and cannot take a message back
     * when the author withdraws; the board checks who is asking every time.
     */
    void topicProposed(String workspace, MentoringGroup group, int openTopics) {
        if (group.channelId() != null) {
            send(new ChatAddress(workspace, group.channelId()), Notice.of(Tone.INFO, "notify.topic.proposed", group.number(), openTopics));
        }
    }

    /** The leader set the next session's agenda: the group hears how many topics, and where to see them. */
    void agendaSet(String workspace, MentoringGroup group, int topics) {
        if (group.channelId() != null) {
            send(new ChatAddress(workspace, group.channelId()), Notice.of(Tone.INFO, "notify.agenda.set", group.number(), topics));
        }
    }

    private void send(ChatAddress address, Reply reply) {
        followUps.later("send to " + address.conversation(), () -> sendNow(address, reply));
    }

    private void sendNow(ChatAddress address, Reply reply) {
        try {
            sender.send(address, reply);
        } catch (RuntimeException e) {
            LOG.warn("could not send to {} in {}: {}", address.conversation(), address.workspace(), e.getMessage());
        }
    }
}
