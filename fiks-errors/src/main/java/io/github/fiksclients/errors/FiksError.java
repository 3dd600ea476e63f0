package io.github.fiksclients.errors;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.reflect.TypeToken;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The error body that every Fiks service returns with a failed request.
 *
 * <p>All fields are optional: a service, a gateway or a proxy may leave any of them out. Instances are
 * immutable; create them with {@link #builder()}.
 */
@JsonAdapter(FiksErrorTypeAdapter.class)
public final class FiksError {

    private static final Gson GSON = new Gson();

    private final Instant timestamp;
    private final Integer status;
    private final String error;
    private final String errorId;
    private final String path;
    private final String originalPath;
    private final String message;
    private final String errorCode;
    private final JsonObject errorJson;

    private FiksError(Builder builder) {
        this.timestamp = builder.timestamp;
        this.status = builder.status;
        this.error = builder.error;
        this.errorId = builder.errorId;
        this.path = builder.path;
        this.originalPath = builder.originalPath;
        this.message = builder.message;
        this.errorCode = builder.errorCode;
        this.errorJson = builder.errorJson == null ? null : builder.errorJson.deepCopy();
    }

    /**
     * Starts a new, empty error body.
     *
     * @return a builder with no fields set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts from this error's values.
     *
     * @return a builder holding a copy of every field
     */
    public Builder toBuilder() {
        return new Builder()
                .timestamp(timestamp)
                .status(status)
                .error(error)
                .errorId(errorId)
                .path(path)
                .originalPath(originalPath)
                .message(message)
                .errorCode(errorCode)
                .errorJson(errorJson);
    }

    /**
     * When the service produced the error.
     *
     * @return the instant, or {@code null} if the body did not say
     */
    public Instant timestamp() {
        return timestamp;
    }

    /**
     * The HTTP status the service reported in the body.
     *
     * @return the status code, or {@code null} if the body did not say
     */
    public Integer status() {
        return status;
    }

    /**
     * The HTTP reason phrase, such as {@code "Forbidden"}.
     *
     * @return the reason phrase, or {@code null}
     */
    public String error() {
        return error;
    }

    /**
     * The identifier KS support can use to find this error in their logs.
     *
     * @return the error id, or {@code null}
     */
    public String errorId() {
        return errorId;
    }

    /**
     * The path of the request as the service saw it.
     *
     * @return the path, or {@code null}
     */
    public String path() {
        return path;
    }

    /**
     * The path of the request before the Fiks gateway rewrote it.
     *
     * @return the original path, or {@code null}
     */
    public String originalPath() {
        return originalPath;
    }

    /**
     * A human-readable explanation of what went wrong.
     *
     * @return the message, or {@code null}
     */
    public String message() {
        return message;
    }

    /**
     * A machine-readable code for the kind of error, such as
     * {@code "INNSYN.INTEGRASJON_IKKE_AUTORISERT_FOR_INDEX"}.
     *
     * @return the error code, or {@code null}
     */
    public String errorCode() {
        return errorCode;
    }

    /**
     * The structured details the service attached to the error, as a JSON tree.
     *
     * @return a copy of the details, or empty if there were none
     */
    public Optional<JsonObject> errorJson() {
        return Optional.ofNullable(errorJson).map(JsonObject::deepCopy);
    }

    /**
     * The structured details as a map of plain Java values (strings, doubles, booleans, lists and maps).
     *
     * @return the details, or an empty map if there were none
     */
    public Map<String, Object> errorJsonAsMap() {
        if (errorJson == null) {
            return Map.of();
        }
        return GSON.fromJson(errorJson, new TypeToken<Map<String, Object>>() { }.getType());
    }

    /**
     * Binds the structured details to a class of the caller's choosing.
     *
     * @param type a class whose fields are named like the properties of the details
     * @param <T> the type to bind to
     * @return the bound details, or empty if there were none or they do not fit {@code type}
     */
    public <T> Optional<T> errorJsonAs(Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (errorJson == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(GSON.fromJson(errorJson, type));
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Tells whether no field is set, as when a JSON object of another shape was read. */
    boolean isEmpty() {
        return timestamp == null && status == null && error == null && errorId == null && path == null
                && originalPath == null && message == null && errorCode == null && errorJson == null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof FiksError)) {
            return false;
        }
        FiksError that = (FiksError) other;
        return Objects.equals(timestamp, that.timestamp)
                && Objects.equals(status, that.status)
                && Objects.equals(error, that.error)
                && Objects.equals(errorId, that.errorId)
                && Objects.equals(path, that.path)
                && Objects.equals(originalPath, that.originalPath)
                && Objects.equals(message, that.message)
                && Objects.equals(errorCode, that.errorCode)
                && Objects.equals(errorJson, that.errorJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timestamp, status, error, errorId, path, originalPath, message, errorCode, errorJson);
    }

    @Override
    public String toString() {
        return "FiksError{status=" + status
                + ", error=" + error
                + ", errorId=" + errorId
                + ", errorCode=" + errorCode
                + ", path=" + path
                + ", message=" + message
                + "}";
    }

    /** Collects the fields of a {@link FiksError}; every field is optional. */
    public static final class Builder {
        private Instant timestamp;
        private Integer status;
        private String error;
        private String errorId;
        private String path;
        private String originalPath;
        private String message;
        private String errorCode;
        private JsonObject errorJson;

        private Builder() {
        }

        /**
         * Sets when the error happened.
         *
         * @param timestamp the instant, or {@code null}
         * @return this builder
         */
        public Builder timestamp(Instant timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        /**
         * Sets the HTTP status reported in the body.
         *
         * @param status the status code, or {@code null}
         * @return this builder
         */
        public Builder status(Integer status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the HTTP reason phrase.
         *
         * @param error the reason phrase, or {@code null}
         * @return this builder
         */
        public Builder error(String error) {
            this.error = error;
            return this;
        }

        /**
         * Sets the support identifier of the error.
         *
         * @param errorId the id, or {@code null}
         * @return this builder
         */
        public Builder errorId(String errorId) {
            this.errorId = errorId;
            return this;
        }

        /**
         * Sets the request path as the service saw it.
         *
         * @param path the path, or {@code null}
         * @return this builder
         */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /**
         * Sets the request path before the gateway rewrote it.
         *
         * @param originalPath the path, or {@code null}
         * @return this builder
         */
        public Builder originalPath(String originalPath) {
            this.originalPath = originalPath;
            return this;
        }

        /**
         * Sets the human-readable message.
         *
         * @param message the message, or {@code null}
         * @return this builder
         */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /**
         * Sets the machine-readable error code.
         *
         * @param errorCode the code, or {@code null}
         * @return this builder
         */
        public Builder errorCode(String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /**
         * Sets the structured details; the builder keeps its own copy.
         *
         * @param errorJson the details, or {@code null}
         * @return this builder
         */
        public Builder errorJson(JsonObject errorJson) {
            this.errorJson = errorJson == null ? null : errorJson.deepCopy();
            return this;
        }

        /**
         * Creates the immutable error body.
         *
         * @return the error
         */
        public FiksError build() {
            return new FiksError(this);
        }
    }
}
