package org.mentoringbot.core.summary;

/** The share of invited members who came to held sessions, or the reason it is not shown. */
public sealed interface AttendanceRate
        permits AttendanceRate.Shown, AttendanceRate.TooFewMembers, AttendanceRate.NoSessionsHeld {

    AttendanceRate TOO_FEW_MEMBERS = new TooFewMembers();
    AttendanceRate NO_SESSIONS_HELD = new NoSessionsHeld();

    /** @param rate present over invited, summed over sessions, from 0 to 1 */
    record Shown(double rate) implements AttendanceRate {
    }

    /** The group has fewer members than the privacy threshold, so its attendance would be about individuals. */
    record TooFewMembers() implements AttendanceRate {
    }

    /** No session has been held yet, so there is nothing to show. */
    record NoSessionsHeld() implements AttendanceRate {
    }
}
