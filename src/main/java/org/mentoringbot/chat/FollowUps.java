package org.mentoringbot.chat;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work done after the user has their answer (messages to others, channels, files): run on the
 * platform's follow-up executor, never failing the answer, and skipped quietly at shutdown.
 */
final class FollowUps {
    private static final Logger LOG = LoggerFactory.getLogger(FollowUps.class);

    private final Executor executor;

    FollowUps(Executor executor) {
        this.executor = executor;
    }

    /** @param what a few words for the log, naming the work but nobody's words */
    void later(String what, Runnable work) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.warn("{} failed: {}", what, e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.info("shutting down: '{}' was not done", what);
        }
    }
}
