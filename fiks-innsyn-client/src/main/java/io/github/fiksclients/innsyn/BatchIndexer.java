package io.github.fiksclients.innsyn;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.fiksclients.errors.FiksAuthenticationException;
import io.github.fiksclients.errors.FiksException;
import io.github.fiksclients.errors.FiksHttpException;
import io.github.fiksclients.innsyn.index.v2.api.IndexApi;
import io.github.fiksclients.innsyn.index.v2.model.IndexMeldingV2;
import io.github.fiksclients.innsyn.index.v2.model.IndexRequestV2;
import io.github.fiksclients.innsyn.index.v2.model.MeldingIndexResponseV2;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One indexing run: reads meldinger lazily, sends them in batches one after the other, and sums up what Innsyn
 * answered. It holds at most one batch of meldinger at a time (and one melding read ahead, when a batch is cut by its
 * size).
 *
 * <p>A melding that cannot be valid is refused without being sent. A batch Innsyn refuses for its content (400, 413,
 * 422: nothing of it was written) is sent again without the meldinger Innsyn named, or in halves, until every
 * melding Innsyn refuses stands alone: the others are indexed, and each refused one is reported with Innsyn's
 * answer. Splitting is bounded: a batch gets at most enough requests to isolate {@value #ISOLATED_PER_BATCH} refused
 * meldinger, after which the run stops, as it does for any other failure.
 */
final class BatchIndexer {

    /** How many refused meldinger splitting may isolate in one batch before the run stops. */
    static final int ISOLATED_PER_BATCH = 16;

    /** The bytes of {@code {"meldinger":[]}} around the meldinger of a request. */
    static final long ENVELOPE_BYTES = "{\"meldinger\":[]}".length();

    private static final Set<Integer> CONTENT_REFUSALS = Set.of(400, 413, 422);
    private static final Comparator<RefusedMelding> BY_POSITION = Comparator.comparingLong(RefusedMelding::position);

    private final IndexApi api;
    private final int batchSize;
    private final long maxRequestBytes;
    private final Consumer<IndexProgress> progress;

    private int batches;
    private long position;
    private long meldingerIndexed;
    private long opprettet;
    private long oppdatert;
    private long manglerSamtykke;
    private final List<UUID> utenSamtykke = new ArrayList<>();
    private final List<RefusedMelding> refused = new ArrayList<>();
    private SerializedMelding readAhead;
    private FiksHttpException lastRefusal;

    BatchIndexer(IndexApi api, int batchSize, long maxRequestBytes, Consumer<IndexProgress> progress) {
        this.api = api;
        this.batchSize = batchSize;
        this.maxRequestBytes = maxRequestBytes;
        this.progress = progress;
    }

    IndexSummary run(Iterator<InnsynMelding> input) {
        while (true) {
            List<SerializedMelding> batch = new ArrayList<>();
            long bytes = ENVELOPE_BYTES;
            if (readAhead != null) {
                batch.add(readAhead);
                bytes += readAhead.bytes();
                readAhead = null;
            }
            RuntimeException unreadable = null;
            try {
                while (batch.size() < batchSize && input.hasNext()) {
                    SerializedMelding next = read(input.next());
                    if (next == null) {
                        continue;
                    }
                    if (!batch.isEmpty() && bytes + 1 + next.bytes() > maxRequestBytes) {
                        readAhead = next;
                        break;
                    }
                    bytes += (batch.isEmpty() ? 0 : 1) + next.bytes();
                    batch.add(next);
                }
            } catch (RuntimeException e) {
                unreadable = e;
            }
            if (!batch.isEmpty()) {
                Optional<IndexFailure> failure = send(batch);
                if (failure.isPresent()) {
                    return summary(failure.get(), unresolved(batch));
                }
            }
            if (unreadable != null) {
                return summary(new IndexFailure(IndexFailure.Kind.INVALID_INPUT, batches + 1, List.of(),
                        "The melding at input position " + position + " (from 0) could not be read, so the input "
                                + "after it was not read: " + unreadable.getMessage(), unreadable), List.of());
            }
            if (batch.isEmpty() && readAhead == null) {
                return summary(null, List.of());
            }
        }
    }

    /** Takes the next melding of the input: written for sending, or refused here and {@code null}. */
    private SerializedMelding read(InnsynMelding melding) {
        long at = position++;
        if (melding == null) {
            refused.add(new RefusedMelding(null, at, RefusedMelding.Kind.INVALID, "The melding at input position " + at
                    + " is null", Optional.empty()));
            return null;
        }
        if (!melding.metadataProblems().isEmpty()) {
            refused.add(new RefusedMelding(melding.meldingId(), at, RefusedMelding.Kind.INVALID, "Not sent: the "
                    + "metadata does not match the " + melding.versjon() + " model: "
                    + String.join("; ", melding.metadataProblems()), Optional.empty()));
            return null;
        }
        return SerializedMelding.of(melding, at);
    }

    /**
     * Sends a batch, in parts while Innsyn refuses its content, until each of its meldinger is indexed or refused.
     *
     * @return the failure that ends the run, or empty when the batch is done
     */
    private Optional<IndexFailure> send(List<SerializedMelding> batch) {
        int number = batches + 1;
        int requestsLeft = maxRequests(batch.size());
        lastRefusal = null;
        Deque<List<SerializedMelding>> parts = new ArrayDeque<>();
        parts.push(batch);
        while (!parts.isEmpty()) {
            List<SerializedMelding> part = parts.pop();
            if (requestsLeft-- == 0) {
                return Optional.of(new IndexFailure(IndexFailure.Kind.REJECTED, number, ids(unresolved(batch)),
                        describe(number, unresolved(batch)) + " were not indexed: Innsyn refused more of the "
                                + "batch than splitting it may isolate (" + ISOLATED_PER_BATCH + " meldinger); those "
                                + "isolated so far are listed as refused. Innsyn last answered: "
                                + lastRefusal(part).getMessage(),
                        lastRefusal(part)));
            }
            try {
                accept(part, api.index(request(part)).execute());
            } catch (FiksHttpException e) {
                if (!CONTENT_REFUSALS.contains(e.status())) {
                    return Optional.of(failure(number, batch, e));
                }
                split(part, e, parts);
            } catch (FiksException e) {
                return Optional.of(failure(number, batch, e));
            }
        }
        batches++;
        progress.accept(new IndexProgress(batches, done(), opprettet, oppdatert, manglerSamtykke, refused.size()));
        return Optional.empty();
    }

    /**
     * Handles Innsyn's refusal of a part: refuses a melding that stood alone or that Innsyn named, and queues the
     * rest to be sent again, in halves if Innsyn named none of them.
     */
    private void split(List<SerializedMelding> part, FiksHttpException refusal, Deque<List<SerializedMelding>> parts) {
        lastRefusal = refusal;
        if (part.size() == 1) {
            refuse(part.get(0), refusal, null);
            return;
        }
        Map<UUID, String> named = namedIn(refusal, part);
        List<SerializedMelding> rest = new ArrayList<>(part.size());
        for (SerializedMelding melding : part) {
            if (named.containsKey(melding.getMeldingId())) {
                refuse(melding, refusal, named.get(melding.getMeldingId()));
            } else {
                rest.add(melding);
            }
        }
        if (rest.size() < part.size()) {
            if (!rest.isEmpty()) {
                parts.push(rest);
            }
        } else {
            parts.push(rest.subList(rest.size() / 2, rest.size()));
            parts.push(rest.subList(0, rest.size() / 2));
        }
    }

    private FiksException lastRefusal(List<SerializedMelding> part) {
        return lastRefusal != null ? lastRefusal : new FiksException("Innsyn refused " + part.size() + " meldinger");
    }

    private void refuse(SerializedMelding melding, FiksHttpException refusal, String detail) {
        melding.markDone();
        refused.add(new RefusedMelding(melding.getMeldingId(), melding.position(), RefusedMelding.Kind.REFUSED,
                "Innsyn refused it: " + refusal.getMessage() + (detail == null ? "" : " [" + detail + "]"),
                Optional.of(refusal)));
    }

    private void accept(List<SerializedMelding> part, MeldingIndexResponseV2 response) {
        part.forEach(SerializedMelding::markDone);
        meldingerIndexed += part.size();
        if (response != null) {
            opprettet += count(response.getOpprettet());
            oppdatert += count(response.getOppdatert());
            manglerSamtykke += count(response.getManglerSamtykke());
            if (response.getMeldingerUtenSamtykke() != null) {
                utenSamtykke.addAll(response.getMeldingerUtenSamtykke());
            }
        }
    }

    private IndexFailure failure(int number, List<SerializedMelding> batch, FiksException e) {
        boolean rejected = e instanceof FiksAuthenticationException
                || (e instanceof FiksHttpException http && http.status() < 500);
        List<SerializedMelding> open = unresolved(batch);
        return new IndexFailure(rejected ? IndexFailure.Kind.REJECTED : IndexFailure.Kind.UNCERTAIN, number, ids(open),
                describe(number, open) + (rejected ? " were not indexed: "
                        : " may be partly indexed; send them again: ") + e.getMessage(), e);
    }

    /** Names the meldinger of a batch that are neither indexed nor refused, by batch number and input positions. */
    private static String describe(int number, List<SerializedMelding> open) {
        if (open.isEmpty()) {
            return "Batch " + number;
        }
        long first = open.get(0).position();
        long last = open.get(open.size() - 1).position();
        return "Batch " + number + ": " + open.size() + (open.size() == 1 ? " melding" : " meldinger")
                + " (input positions " + first + " to " + last + ")";
    }

    /** The meldinger Innsyn's error body names, with what it says of each: objects with a meldingId in errorJson. */
    private static Map<UUID, String> namedIn(FiksHttpException refusal, List<SerializedMelding> part) {
        Map<UUID, String> named = new LinkedHashMap<>();
        Optional<JsonObject> errorJson = refusal.fiksError().flatMap(error -> error.errorJson());
        errorJson.ifPresent(json -> collectNamed(json, 0, named));
        named.keySet().retainAll(ids(part));
        return named;
    }

    private static void collectNamed(JsonElement element, int depth, Map<UUID, String> named) {
        if (depth > 4) {
            return;
        }
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(item -> collectNamed(item, depth + 1, named));
            return;
        }
        if (!element.isJsonObject()) {
            return;
        }
        JsonObject object = element.getAsJsonObject();
        UUID meldingId = uuid(object.get("meldingId"));
        if (meldingId != null) {
            named.putIfAbsent(meldingId, detail(object));
        }
        object.entrySet().forEach(entry -> collectNamed(entry.getValue(), depth + 1, named));
    }

    private static String detail(JsonObject named) {
        List<String> parts = new ArrayList<>();
        for (String field : List.of("felt", "feilmelding", "message", "melding")) {
            JsonElement value = named.get(field);
            if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
                parts.add(field + ": " + value.getAsString());
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static UUID uuid(JsonElement value) {
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            return null;
        }
        try {
            return UUID.fromString(value.getAsString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Enough requests to isolate {@link #ISOLATED_PER_BATCH} refused meldinger of a batch by halving it. */
    private static int maxRequests(int size) {
        int depth = 32 - Integer.numberOfLeadingZeros(Math.max(1, size - 1));
        return 1 + 2 * ISOLATED_PER_BATCH * depth;
    }

    private static IndexRequestV2 request(List<SerializedMelding> part) {
        return new IndexRequestV2().meldinger(new ArrayList<IndexMeldingV2>(part));
    }

    private long done() {
        return readAhead != null ? readAhead.position() : position;
    }

    private static List<SerializedMelding> unresolved(List<SerializedMelding> batch) {
        return batch.stream().filter(melding -> !melding.done()).toList();
    }

    private static List<UUID> ids(List<SerializedMelding> meldinger) {
        return meldinger.stream().map(SerializedMelding::getMeldingId).toList();
    }

    private IndexSummary summary(IndexFailure failure, List<SerializedMelding> open) {
        long done = open.isEmpty() ? done() : open.get(0).position();
        List<RefusedMelding> sorted = new ArrayList<>(refused);
        sorted.sort(BY_POSITION);
        return new IndexSummary(batches, meldingerIndexed, done, opprettet, oppdatert, manglerSamtykke, utenSamtykke,
                sorted, Optional.ofNullable(failure));
    }

    private static long count(Integer value) {
        return value == null ? 0 : value;
    }
}
