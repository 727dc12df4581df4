package org.mentoringbot.chat;

import java.time.LocalDate;
import java.util.List;
import org.mentoringbot.chat.command.MentoringCommand;
import org.mentoringbot.chat.command.PersonRef;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.usecase.AddLeaders;
import org.mentoringbot.usecase.ChangeRoundSettings;
import org.mentoringbot.usecase.ExcludePair;
import org.mentoringbot.usecase.OpenRound;
import org.mentoringbot.usecase.RemoveLeader;
import org.mentoringbot.usecase.ShowLeaders;

/** The owner's commands: leaders, the round's life cycle and settings, never-together pairs. */
final class ProgramCommands {
    private final UseCases useCases;
    private final Mentions mentions;
    private final Notifications notifications;

    ProgramCommands(UseCases useCases, Mentions mentions, Notifications notifications) {
        this.useCases = useCases;
        this.mentions = mentions;
        this.notifications = notifications;
    }

    Reply listLeaders(Requester requester) {
        var result = useCases.showLeaders().list(requester.person().workspace());
        if (result instanceof ShowLeaders.LeaderList list) {
            return list.names().isEmpty() ? Notice.of(Tone.INFO, "leaders.none")
                    : Notice.of(Tone.INFO, "leaders.list", list.names().size(), String.join(", ", list.names()));
        }
        return Notice.of(Tone.INFO, "no.program");
    }

    Reply addLeaders(Requester requester, List<PersonRef> refs) {
        var resolved = mentions.resolve(requester.person().workspace(), refs);
        if (!resolved.unknown().isEmpty()) {
            return Notice.of(Tone.PROBLEM, "people.unknown", String.join(", ", resolved.unknown()));
        }
        var result = useCases.addLeaders().add(requester.actor(), resolved.people());
        if (result instanceof AddLeaders.Added added) {
            if (!added.added().isEmpty()) {
                notifications.leadersAdded(added.program(), useCases.showLeaders().leaders(requester.person().workspace()),
                        added.added());
            }
            return added.added().isEmpty()
                    ? Notice.of(Tone.INFO, "leaders.already", names(added.alreadyLeaders()))
                    : Notice.of(Tone.SUCCESS, "leaders.added", added.added().size(), names(added.added()));
        } else if (result instanceof AddLeaders.NotOwner notOwner) {
            return Notice.of(Tone.PROBLEM, "role.owner.only", notOwner.ownerName());
        }
        return Notice.of(Tone.INFO, "no.program");
    }

    Reply removeLeader(Requester requester, PersonRef ref) {
        var resolved = mentions.resolve(requester.person().workspace(), List.of(ref));
        if (!resolved.unknown().isEmpty()) {
            return Notice.of(Tone.PROBLEM, "people.unknown", String.join(", ", resolved.unknown()));
        }
        var result = useCases.removeLeader().remove(requester.actor(), resolved.people().get(0));
        if (result instanceof RemoveLeader.Removed removed) {
            notifications.leaderRemoved(removed.program(), removed.person());
            return Notice.of(Tone.SUCCESS, "leaders.removed", removed.person().displayName());
        } else if (result instanceof RemoveLeader.NotALeader notALeader) {
            return Notice.of(Tone.INFO, "leaders.not.a.leader", notALeader.person().displayName());
        } else if (result instanceof RemoveLeader.StillLeadsGroups leads) {
            return Notice.of(Tone.PROBLEM, "leaders.still.leads", leads.person().displayName(), numbers(leads.groupNumbers()));
        } else if (result instanceof RemoveLeader.NotOwner notOwner) {
            return Notice.of(Tone.PROBLEM, "role.owner.only", notOwner.ownerName());
        }
        return Notice.of(Tone.INFO, "no.program");
    }

    Reply openRound(Requester requester, String name, LocalDate endsOn) {
        var result = useCases.openRound().open(requester.actor(), name, endsOn, requester.zone());
        if (result instanceof OpenRound.Opened opened) {
            notifications.changed(requester.person());
            return Notice.of(Tone.SUCCESS, "round.opened", opened.round().number());
        } else if (result instanceof OpenRound.PreviousStillOpen open) {
            return Notice.of(Tone.PROBLEM, "round.previous.open", open.round().number());
        } else if (result instanceof OpenRound.EndNotInFuture past) {
            return Notice.of(Tone.PROBLEM, "date.not.future", past.endsOn());
        } else if (result instanceof OpenRound.NameTooLong tooLong) {
            return Notice.of(Tone.PROBLEM, "setup.name.too.long", tooLong.maxLength());
        } else if (result instanceof OpenRound.NotOwner notOwner) {
            return Notice.of(Tone.PROBLEM, "role.owner.only", notOwner.ownerName());
        }
        return Notice.of(Tone.INFO, "no.program");
    }

    Reply roundSettings(Requester requester, MentoringCommand.RoundSettings settings) {
        var result = useCases.changeRoundSettings().change(requester.actor(),
                new ChangeRoundSettings.Change(settings.groupSize(), settings.capacity(), settings.removeCapacity()));
        if (result instanceof ChangeRoundSettings.Settings now) {
            now.admitted().forEach(m -> notifications.admitted(m.person(requester.person().workspace()), now.round().number()));
            Integer capacity = now.round().capacity();
            return Notice.of(Tone.INFO, now.overLimit() ? "round.settings.over.limit" : "round.settings", now.round().number(),
                    now.round().groupSize(), capacity == null ? -1 : capacity, now.enrolled(), now.waiting());
        } else if (result instanceof ChangeRoundSettings.BadGroupSize bad) {
            return Notice.of(Tone.PROBLEM, "round.settings.bad.size", bad.min(), bad.max());
        } else if (result instanceof ChangeRoundSettings.BadCapacity bad) {
            return Notice.of(Tone.PROBLEM, "round.settings.bad.capacity", bad.min(), bad.max());
        } else if (result instanceof ChangeRoundSettings.NoOpenRound) {
            return Notice.of(Tone.INFO, "join.no.open.round");
        } else if (result instanceof ChangeRoundSettings.NotOwner notOwner) {
            return Notice.of(Tone.PROBLEM, "role.owner.only", notOwner.ownerName());
        }
        return Notice.of(Tone.INFO, "no.program");
    }

    Reply exclude(Requester requester, PersonRef one, PersonRef other) {
        var resolved = mentions.resolve(requester.person().workspace(), List.of(one, other));
        if (!resolved.unknown().isEmpty()) {
            return Notice.of(Tone.PROBLEM, "people.unknown", String.join(", ", resolved.unknown()));
        }
        var result = useCases.excludePair().exclude(requester.actor(), resolved.people().get(0), resolved.people().get(1));
        if (result instanceof ExcludePair.Excluded excluded) {
            return Notice.of(Tone.SUCCESS, "exclude.done", excluded.one().displayName(), excluded.other().displayName());
        } else if (result instanceof ExcludePair.AlreadyExcluded already) {
            return Notice.of(Tone.INFO, "exclude.already", already.one().displayName(), already.other().displayName());
        } else if (result instanceof ExcludePair.SamePerson) {
            return Notice.of(Tone.PROBLEM, "exclude.same.person");
        } else if (result instanceof ExcludePair.NotOwner notOwner) {
            return Notice.of(Tone.PROBLEM, "role.owner.only", notOwner.ownerName());
        }
        return Notice.of(Tone.INFO, "no.program");
    }

    private static String names(List<Person> people) {
        return String.join(", ", people.stream().map(Person::displayName).toList());
    }

    private static String numbers(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }
}
