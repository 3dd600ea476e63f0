package io.github.fiksclients.svarut;

import io.github.fiksclients.errors.FiksException;
import java.util.List;

/**
 * A forsendelse that cannot be sent as it is: a missing, unreadable or empty document, a duplicate file name, a bad
 * recipient number, a field too long, a limit of print or of Norsk Helsenett broken. Thrown before anything is sent.
 *
 * <p>The message lists every problem found, each naming the field or document; {@link #problems()} has them one by
 * one. Nothing in it is secret, but a person's fødselsnummer is never repeated.
 */
public final class InvalidForsendelseException extends FiksException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the forsendelse, one problem per entry. */
    private final List<String> problems;

    InvalidForsendelseException(List<String> problems) {
        super("The forsendelse was not sent: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems found, each a sentence naming the field or document.
     *
     * @return at least one problem
     */
    public List<String> problems() {
        return problems;
    }
}
