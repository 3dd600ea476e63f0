package io.github.fiksclients.testkit;

import java.util.Objects;

/**
 * Where a simulated forsendelse stands, as the mottakersystem last reported it.
 *
 * @param state NY until the mottakersystem reports, then MOTTATT or FEILET
 * @param feilmelding the reported error message for FEILET, or {@code null}
 * @param permanent for FEILET, whether the failure was reported as permanent; {@code false} otherwise
 */
public record ForsendelseStatus(State state, String feilmelding, boolean permanent) {

    /** The states of a simulated forsendelse. */
    public enum State {
        /** Not yet reported on: offered on every poll. */
        NY,
        /** Reported received (v2 status MOTTATT, v1 kvitterMottak): no longer offered. */
        MOTTATT,
        /** Reported failed (v2 status FEILET, v1 mottakFeilet): offered again unless the failure was permanent. */
        FEILET
    }

    /**
     * Checks the state is given.
     *
     * @param state the state
     * @param feilmelding the error message, or {@code null}
     * @param permanent whether a failure is permanent
     */
    public ForsendelseStatus {
        Objects.requireNonNull(state, "state");
    }

    static ForsendelseStatus ny() {
        return new ForsendelseStatus(State.NY, null, false);
    }

    static ForsendelseStatus mottatt() {
        return new ForsendelseStatus(State.MOTTATT, null, false);
    }

    /** A failure as reported; a missing {@code permanent} flag counts as temporary. */
    static ForsendelseStatus feilet(String feilmelding, Boolean permanent) {
        return new ForsendelseStatus(State.FEILET, feilmelding, Boolean.TRUE.equals(permanent));
    }

    /** Whether a poll offers a forsendelse in this state: NY, or FEILET but not permanently. */
    boolean offered() {
        return state == State.NY || (state == State.FEILET && !permanent);
    }
}
