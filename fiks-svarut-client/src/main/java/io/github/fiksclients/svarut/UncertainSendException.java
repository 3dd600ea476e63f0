package io.github.fiksclients.svarut;

import io.github.fiksclients.errors.FiksException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A send whose outcome is unknown: the body went out, and then the call failed (a timeout, a reset, a 5xx status, an
 * unreadable answer), and the client could not settle whether SvarUt created the forsendelse. It was not sent again,
 * so at most one copy exists.
 *
 * <p>Without an {@code eksternReferanse} there is nothing to look the forsendelse up by, so every such failure ends
 * here. With one, this is thrown only if the lookup itself failed, found several forsendelser with that reference
 * (their ids are in {@link #candidates()}), or found none and the retry policy allowed no further attempt. Check
 * SvarUt (its web pages, {@link SvarUtClient#findByEksternReferanse}) before sending the forsendelse again.
 */
public final class UncertainSendException extends FiksException {

    private static final long serialVersionUID = 1L;

    /** The forsendelse's own reference, or {@code null} if it had none. */
    private final String eksternReferanse;
    /** The forsendelser SvarUt holds with the same eksternReferanse, when there are several. */
    private final List<UUID> candidates;

    UncertainSendException(String message, String eksternReferanse, List<UUID> candidates, Throwable cause) {
        super(message, cause);
        this.eksternReferanse = eksternReferanse;
        this.candidates = List.copyOf(candidates);
    }

    /**
     * The forsendelse's own reference, if it had one.
     *
     * @return the eksternReferanse
     */
    public Optional<String> eksternReferanse() {
        return Optional.ofNullable(eksternReferanse);
    }

    /**
     * The forsendelser SvarUt holds with the same eksternReferanse, when there are several and the client could not
     * tell which one this send created.
     *
     * @return the ids; empty when the lookup found none, failed or was not possible
     */
    public List<UUID> candidates() {
        return candidates;
    }

    /**
     * An uncertain send is never retryable as it is: repeating it could make a duplicate.
     *
     * @return {@code false}
     */
    @Override
    public boolean isRetryable() {
        return false;
    }
}
