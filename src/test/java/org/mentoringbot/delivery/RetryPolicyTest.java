package org.mentoringbot.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant DUE = Instant.parse("2027-03-01T08:00:00Z");

    private static RetryPolicy withRandom(double value) {
        return new RetryPolicy(RetryPolicy.FIRST_DELAY, RetryPolicy.MAX_DELAY, RetryPolicy.GIVE_UP_AFTER, () -> value);
    }

    @Test
    void retryAfterFromThePlatformIsHonouredExactly() {
        Instant now = DUE.plusSeconds(10);
        assertEquals(Optional.of(now.plusMillis(30_000)), withRandom(0.0).nextAttempt(1, 30_000, DUE, now));
        assertEquals(Optional.of(now.plusMillis(30_000)), withRandom(0.99).nextAttempt(7, 30_000, DUE, now));
    }

    @Test
    void backoffDoublesFromOneSecondBetweenHalfAndAllOfTheStep() {
        long[] ceilings = {1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000};
        for (int attempts = 1; attempts <= ceilings.length; attempts++) {
            long ceiling = ceilings[attempts - 1];
            assertEquals(ceiling / 2, withRandom(0.0).backoff(attempts).toMillis(), "lowest after attempt " + attempts);
            long highest = withRandom(0.999999).backoff(attempts).toMillis();
            assertTrue(highest <= ceiling && highest >= ceiling - 1, "highest after attempt " + attempts + ": " + highest);
        }
    }

    @Test
    void backoffStopsGrowingAtFiveMinutes() {
        for (int attempts : new int[] {10, 11, 20, 31, 32, 1_000, Integer.MAX_VALUE}) {
            Duration lowest = withRandom(0.0).backoff(attempts);
            Duration highest = withRandom(0.999999).backoff(attempts);
            assertEquals(Duration.ofSeconds(150), lowest, "attempt " + attempts);
            assertTrue(highest.compareTo(Duration.ofMinutes(5)) <= 0 && highest.compareTo(Duration.ofSeconds(299)) >= 0,
                    "attempt " + attempts + ": " + highest);
        }
    }

    @Test
    void jitterSpreadsMessagesThatFailedTogether() {
        RetryPolicy real = RetryPolicy.standard();
        long distinct = java.util.stream.IntStream.range(0, 50).mapToLong(i -> real.backoff(6).toMillis()).distinct().count();
        assertTrue(distinct > 10, "50 retries after the same failure spread over " + distinct + " instants");
    }

    @Test
    void givesUpOnTheFirstFailureAnHourAfterTheMessageWasDue() {
        RetryPolicy policy = withRandom(0.5);
        Instant justBefore = DUE.plus(Duration.ofHours(1)).minusMillis(1);
        assertTrue(policy.nextAttempt(40, 0, DUE, justBefore).isPresent());
        assertTrue(policy.nextAttempt(40, 5_000, DUE, justBefore).isPresent());
        assertEquals(Optional.empty(), policy.nextAttempt(40, 0, DUE, DUE.plus(Duration.ofHours(1))));
        assertEquals(Optional.empty(), policy.nextAttempt(2, 1_000, DUE, DUE.plus(Duration.ofHours(3))));
    }

    @Test
    void theLastTryComesAtMostFiveMinutesAfterTheHour() {
        // Whatever happens, retrying ends within give-up + one maximal backoff after the message was due.
        RetryPolicy policy = withRandom(0.999999);
        Instant now = DUE;
        int attempts = 0;
        Optional<Instant> next = Optional.of(now);
        while (next.isPresent()) {
            now = next.get();
            next = policy.nextAttempt(++attempts, 0, DUE, now);
        }
        assertTrue(now.isBefore(DUE.plus(Duration.ofMinutes(65))), "last try at " + now);
        assertTrue(attempts < 30, attempts + " attempts");
    }
}
