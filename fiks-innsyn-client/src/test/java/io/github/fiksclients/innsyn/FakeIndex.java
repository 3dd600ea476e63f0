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
 * {@code opprettet}, unless the test told it to fail that request.
 */
public final class FakeIndex implements Function<RecordedRequest, MockResponse> {

    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong received = new AtomicLong();
    private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, MockResponse> failures = new ConcurrentHashMap<>();

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

    @Override
    public MockResponse apply(RecordedRequest request) {
        int number = requests.incrementAndGet();
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
     * Returns the message ids of each request, in the order the requests arrived.
     *
     * @return one list of ids per request
     */
    public List<List<String>> batches() {
        return List.copyOf(batches);
    }
}
