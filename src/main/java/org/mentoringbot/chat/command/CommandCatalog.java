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
            new Entry("join", null, "help.command.join"),
            new Entry("leave", null, "help.command.leave"),
            new Entry("status", null, "help.command.status"));

    private CommandCatalog() {}
}
