package io.github.fiksclients.codegen.nativefixture.handwritten;

import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.util.List;

/** A hand-written class with an anonymous TypeToken, as FiksError has. */
public final class Holder {

    private Holder() {
    }

    /**
     * The type of a list of strings.
     *
     * @return the type
     */
    public static Type listOfStrings() {
        return new TypeToken<List<String>>() { }.getType();
    }
}
