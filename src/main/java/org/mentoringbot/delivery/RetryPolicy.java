package org.mentoringbot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed send again, and when to stop: the platform's Retry-After when it gave one,
 * otherwise exponential backoff (1 s doubling, at most 5 minutes) with jitter so that many
 * messages failing together do not come back together; no more tries once the message is an
 * hour overdue.
 */
final class RetryPolicy {
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(5);
    static final Duration GIVE_UP_AFTER = Duration.ofHours(1);

    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration giveUpAfter;
    private final DoubleSupplier random;

    RetryPolicy(Duration firstDelay, Duration maxDelay, Duration giveUpAfter, DoubleSupplier random) {
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.giveUpAfter = giveUpAfter;
        this.random = random;
    }

    static RetryPolicy standard() {
        return new RetryPolicy(FIRST_DELAY, MAX_DELAY, GIVE_UP_AFTER, () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * After a retryable failure: when to try again, or empty to give up.
     *
     * @param attempts sends tried so far, this one included (1 after the first failure)
     * @param retryAfterMillis what the platform asked for, 0 when it did not say
     * @param dueAt when the message was first meant to go out
     */
    Optional<Instant> nextAttempt(int attempts, long retryAfterMillis, Instant dueAt, Instant now) {
        if (!now.isBefore(dueAt.plus(giveUpAfter))) {
            return Optional.empty();
        }
        if (retryAfterMillis > 0) {
            return Optional.of(now.plusMillis(retryAfterMillis));
        }
        return Optional.of(now.plus(backoff(attempts)));
    }

    /** Between half and all of min(first * 2^(attempts-1), max): "equal jitter". */
    Duration backoff(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        long ceiling = Math.min(maxDelay.toMillis(), firstDelay.toMillis() << doublings);
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling - half)));
    }
}
