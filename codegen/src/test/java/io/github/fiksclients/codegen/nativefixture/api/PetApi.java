package io.github.fiksclients.codegen.nativefixture.api;

import retrofit2.http.GET;

/** A Retrofit interface shaped like a generated one, for the native-image metadata tests. */
public interface PetApi {

    /**
     * Lists pets.
     *
     * @return the call
     */
    @GET("pets")
    Object pets();
}
