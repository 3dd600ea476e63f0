package io.github.fiksclients.innsyn;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/** Reads what crossed the wire in a request the server received: its method, path, query and JSON body. */
public final class RecordedRequests {

    private RecordedRequests() {
    }

    /**
     * Returns the method and the path of a request, as in {@code "PUT /innsyn-index/api/v2/indexRequest"}.
     *
     * @param request the request the server received
     * @return the method, a space and the encoded path without the query
     */
    public static String methodAndPath(RecordedRequest request) {
        return request.getMethod() + " " + request.getUrl().encodedPath();
    }

    /**
     * Returns every query parameter of a request with all its values, in the order they were sent.
     *
     * @param request the request the server received
     * @return each parameter name with its values
     */
    public static Map<String, List<String>> query(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String name : url.queryParameterNames()) {
            query.put(name, url.queryParameterValues(name));
        }
        return query;
    }

    /**
     * Parses the body of a request as JSON.
     *
     * @param request the request the server received
     * @return the parsed body
     */
    public static JsonElement jsonBody(RecordedRequest request) {
        return JsonParser.parseString(request.getBody().utf8());
    }
}
