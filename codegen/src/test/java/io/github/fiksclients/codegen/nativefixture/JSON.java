package io.github.fiksclients.codegen.nativefixture;

/** The Gson setup class shaped like a generated one, for the native-image metadata tests. */
public class JSON {

    private static final Runnable SELECTOR = new Runnable() {
        @Override
        public void run() {
        }
    };

    /**
     * The shared Gson, here a stand-in.
     *
     * @return a value
     */
    public static Object gson() {
        return SELECTOR;
    }

    /** A named nested class, as the generated JSON has its date adapters. */
    public static class DateTypeAdapter {
    }
}
