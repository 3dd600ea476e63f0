package io.github.fiksclients.innsyn;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A fake Innsyn index that answers each index request from its body: every message in it counts as
 * {@code opprettet}, unless the test told it to fail that request, to refuse requests holding a message, or to refuse
 * bodies above a size. A refused request indexes nothing, as Innsyn's 4xx.
 */
public final class FakeIndex implements Function<RecordedRequest, MockResponse> {

    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong received = new AtomicLong();
    private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
    private final List<String> indexed = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, MockResponse> failures = new ConcurrentHashMap<>();
    private final Map<String, Function<List<String>, MockResponse>> refusals = new ConcurrentHashMap<>();
    private volatile long maxBodyBytes = Long.MAX_VALUE;
    private final AtomicLong largestBody = new AtomicLong();

    /**
     * Answers one request with a failure instead.
     *
     * @param number the request's number, from 1, retries included
     * @param response the failure to answer with
     * @return this fake
     */
    public FakeIndex fail(int number, MockResponse response) {
        failures.put(number, response);
        return this;
    }

    /**
     * Refuses every request that holds a melding, as a server that checks more than the client does: nothing of such a
     * request is indexed.
     *
     * @param meldingId the melding's id
     * @param response the refusal, made from the ids of the refused request
     * @return this fake
     */
    public FakeIndex refuse(String meldingId, Function<List<String>, MockResponse> response) {
        refusals.put(meldingId, response);
        return this;
    }

    /**
     * Answers 413, indexing nothing, to a request whose body is larger than a limit.
     *
     * @param maxBodyBytes the most bytes a body may have
     * @return this fake
     */
    public FakeIndex maxBodyBytes(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
        return this;
    }

    @Override
    public MockResponse apply(RecordedRequest request) {
        int number = requests.incrementAndGet();
        long size = request.getBody() == null ? 0 : request.getBody().size();
        largestBody.accumulateAndGet(size, Math::max);
        JsonArray meldinger = RecordedRequests.jsonBody(request).getAsJsonObject().getAsJsonArray("meldinger");
        List<String> ids = new ArrayList<>();
        for (JsonElement melding : meldinger) {
            ids.add(melding.getAsJsonObject().get("meldingId").getAsString());
        }
        batches.add(ids);
        received.addAndGet(ids.size());
        MockResponse failure = failures.get(number);
        if (failure != null) {
            return failure;
        }
        if (size > maxBodyBytes) {
            return InnsynServer.json(413, "{\"status\": 413, \"error\": \"Payload Too Large\"}");
        }
        for (String id : ids) {
            Function<List<String>, MockResponse> refusal = refusals.get(id);
            if (refusal != null) {
                return refusal.apply(ids);
            }
        }
        indexed.addAll(ids);
        return InnsynServer.json(200, "{\"opprettet\": " + ids.size() + ", \"oppdatert\": 0, \"manglerSamtykke\": 0}");
    }

    /**
     * Returns how many messages have arrived, in all requests.
     *
     * @return the count
     */
    public long received() {
        return received.get();
    }

    /**
     * Returns the ids of the messages indexed, in the order they were.
     *
     * @return the ids
     */
    public List<String> indexed() {
        return List.copyOf(indexed);
    }

    /**
     * Returns the size of the largest request body that arrived.
     *
     * @return bytes
     */
    public long largestBody() {
        return largestBody.get();
    }

    /**
     * Returns the message ids of each request, in the order the requests arrived.
     *
     * @return one list of ids per request
     */
    public List<List<String>> batches() {
        return List.copyOf(batches);
    }
}
