package org.mentoringbot.usecase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves: each read is a minute after the last, so answers come in a known order. */
public final class TickingClock extends Clock {
    private Instant now;

    public TickingClock(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant instant() {
        now = now.plus(Duration.ofMinutes(1));
        return now;
    }

    /** Jumps ahead (days, weeks) without reading. */
    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }

    public synchronized Instant peek() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the use cases work in UTC");
    }
}
