package org.mentoringbot.chat.command;

import java.util.List;

/** Every command a user can type, in the order help shows them. Manifests are tested against it. */
public final class CommandCatalog {
    /**
     * One command for help text.
     *
     * @param word the word the user types
     * @param usageKey message key for what follows the word, e.g. {@code <program name>}; null when nothing does
     * @param descriptionKey the message key that says what it does
     */
    public record Entry(String word, String usageKey, String descriptionKey) {}

    public static final List<Entry> ENTRIES = List.of(
            new Entry("help", null, "help.command.help"),
            new Entry("setup", "help.usage.setup", "help.command.setup"),
            new Entry("join", "help.usage.join", "help.command.join"),
            new Entry("leave", null, "help.command.leave"),
            new Entry("status", null, "help.command.status"),
            new Entry("home", null, "help.command.home"),
            new Entry("pause", "help.usage.pause", "help.command.pause"),
            new Entry("resume", null, "help.command.resume"),
            new Entry("mute", "help.usage.mute", "help.command.mute"),
            new Entry("unmute", "help.usage.mute", "help.command.unmute"),
            new Entry("leaders", "help.usage.leaders", "help.command.leaders"),
            new Entry("round", "help.usage.round", "help.command.round"),
            new Entry("groups", "help.usage.groups", "help.command.groups"),
            new Entry("exclude", "help.usage.exclude", "help.command.exclude"),
            new Entry("propose", "help.usage.propose", "help.command.propose"),
            new Entry("topics", "help.usage.topics", "help.command.topics"),
            new Entry("agenda", "help.usage.agenda", "help.command.agenda"),
            new Entry("schedule", "help.usage.schedule", "help.command.schedule"),
            new Entry("sessions", null, "help.command.sessions"),
            new Entry("reschedule", "help.usage.reschedule", "help.command.reschedule"),
            new Entry("cancel", "help.usage.cancel", "help.command.cancel"),
            new Entry("attendance", "help.usage.attendance", "help.command.attendance"),
            new Entry("reflect", "help.usage.reflect", "help.command.reflect"),
            new Entry("reflections", null, "help.command.reflections"),
            new Entry("summary", "help.usage.summary", "help.command.summary"),
            new Entry("my", "help.usage.my", "help.command.my"),
            new Entry("forget", "help.usage.forget", "help.command.forget"));

    private CommandCatalog() {}
}
