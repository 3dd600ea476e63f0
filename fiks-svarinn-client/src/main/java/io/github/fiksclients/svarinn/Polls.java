package io.github.fiksclients.svarinn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns the generated models of one poll into {@link NyForsendelse} views. */
final class Polls {

    private static final Logger LOG = LoggerFactory.getLogger(SvarInnClient.class);

    private Polls() {
    }

    /**
     * Maps a poll's forsendelser, leaving out (and logging) any without an id: nothing can be done with those, not
     * even a report, and they must not stop the others.
     *
     * @param forsendelser the decoded list; {@code null} for an empty response
     * @param id the id of a generated model
     * @param view the mapping to the view
     * @param <T> the generated model type
     * @return the views, in the order of the poll
     */
    static <T> List<NyForsendelse> views(List<T> forsendelser, Function<T, ?> id, Function<T, NyForsendelse> view) {
        List<NyForsendelse> views = new ArrayList<>();
        for (T forsendelse : forsendelser == null ? List.<T>of() : forsendelser) {
            if (forsendelse == null || id.apply(forsendelse) == null) {
                LOG.warn("SvarInn listed a forsendelse without an id; it is left out");
            } else {
                views.add(view.apply(forsendelse));
            }
        }
        return List.copyOf(views);
    }
}
