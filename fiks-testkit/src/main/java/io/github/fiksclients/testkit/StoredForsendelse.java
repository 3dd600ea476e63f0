package io.github.fiksclients.testkit;

import java.time.Instant;
import java.util.UUID;

/** A forsendelse queued in the simulated SvarInn: what it is, for whom, when, and its current status. */
final class StoredForsendelse {

    private final UUID id;
    private final Mottakersystem mottaker;
    private final SimulatedForsendelse forsendelse;
    private final Instant dato;
    private volatile ForsendelseStatus status = ForsendelseStatus.ny();

    StoredForsendelse(UUID id, Mottakersystem mottaker, SimulatedForsendelse forsendelse, Instant dato) {
        this.id = id;
        this.mottaker = mottaker;
        this.forsendelse = forsendelse;
        this.dato = dato;
    }

    UUID id() {
        return id;
    }

    Mottakersystem mottaker() {
        return mottaker;
    }

    SimulatedForsendelse forsendelse() {
        return forsendelse;
    }

    Instant dato() {
        return dato;
    }

    ForsendelseStatus status() {
        return status;
    }

    void status(ForsendelseStatus status) {
        this.status = status;
    }
}
