package io.github.fiksclients.testkit;

/**
 * The {@code errorCode} values in the Fiks error bodies the simulator sends, for tests that assert on them.
 *
 * <p>They follow the shape of real Fiks codes; the real services use more specific codes of their own.
 */
public final class SimulatorErrorCodes {

    /** 401: credentials are missing, malformed, expired or unknown. */
    public static final String UNAUTHORIZED = "FIKS.UNAUTHORIZED";

    /** 403: the access token is valid, but the integrasjon is unknown or its IntegrasjonPassord is wrong. */
    public static final String FORBIDDEN = "FIKS.FORBIDDEN";

    /** 400: the request is malformed or a melding is invalid; the message names the melding and field. */
    public static final String BAD_REQUEST = "FIKS.BAD_REQUEST";

    /** 404: no such path, or no such forsendelse or melding for the caller. */
    public static final String NOT_FOUND = "FIKS.NOT_FOUND";

    /** 405: the path exists, but not with this method. */
    public static final String METHOD_NOT_ALLOWED = "FIKS.METHOD_NOT_ALLOWED";

    /** 413: the request body is larger than the simulator accepts (64 MiB). */
    public static final String PAYLOAD_TOO_LARGE = "FIKS.PAYLOAD_TOO_LARGE";

    /** 422: an Innsyn index request holds more than 5000 meldinger. */
    public static final String TOO_MANY_MELDINGER = "INNSYN.FOR_MANGE_MELDINGER";

    /** Any status: the response was produced by a {@link FaultRule}, not by the simulated service. */
    public static final String SIMULATED_FAULT = "FIKS.SIMULATED_FAULT";

    /** 500: the simulator itself failed; the message says why. */
    public static final String INTERNAL_ERROR = "FIKS.INTERNAL_ERROR";

    private SimulatorErrorCodes() {
    }
}
