package io.github.fiksclients.docs.context;

/** A logged-in citizen's web session, as the integrasjon-person snippets take the token from it. */
public interface Session {

    /**
     * The citizen's ID-porten access token.
     *
     * @return the token
     */
    String idportenAccessToken();
}
