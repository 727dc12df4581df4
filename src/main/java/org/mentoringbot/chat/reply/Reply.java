package org.mentoringbot.chat.reply;

import java.util.List;

/**
 * What the bot answers, as a small view model that each platform renders its own way.
 * Every reply type is a method of {@link ReplyRenderer}, so a new type without a rendering for
 * every platform does not compile. Wording is never here: only message keys and values.
 */
public sealed interface Reply {
    <T> T accept(ReplyRenderer<T> renderer);

    /** How a notice should look. */
    enum Tone { INFO, SUCCESS, PROBLEM }

    /** A button the user can press instead of typing. */
    record Action(String id, String labelKey, boolean primary) {}

    /** A short answer: one message, optionally with buttons for the obvious next step. */
    record Notice(Tone tone, String key, List<Object> args, List<Action> actions) implements Reply {
        public Notice {
            args = List.copyOf(args);
            actions = List.copyOf(actions);
        }

        public static Notice of(Tone tone, String key, Object... args) {
            return new Notice(tone, key, List.of(args), List.of());
        }

        public Notice withActions(Action... more) {
            return new Notice(tone, key, args, List.of(more));
        }

        @Override
        public <T> T accept(ReplyRenderer<T> renderer) {
            return renderer.notice(this);
        }
    }

    /** What the bot does and every command, short. */
    record Help() implements Reply {
        @Override
        public <T> T accept(ReplyRenderer<T> renderer) {
            return renderer.help(this);
        }
    }

    /**
     * The program and round at a glance.
     *
     * @param ownStatusKey message key for the asker's own place ("you are in", "you are waiting", "not joined")
     */
    record Status(String programName, String ownerName, int roundNumber, String roundStateKey,
            String ownStatusKey, long enrolled, long waiting, List<Action> actions) implements Reply {
        public Status {
            actions = List.copyOf(actions);
        }

        @Override
        public <T> T accept(ReplyRenderer<T> renderer) {
            return renderer.status(this);
        }
    }
}
