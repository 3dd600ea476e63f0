package io.github.fiksclients.core;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/** The observation a {@link FiksClient} makes of each HTTP exchange, and its key names. */
public enum FiksHttpObservationDocumentation implements ObservationDocumentation {

    /**
     * One HTTP exchange: one attempt of a request, from sending it until its response headers have arrived or it
     * failed. Each retry and each redirect hop is an exchange of its own; the body of a streamed download is read
     * after the exchange.
     */
    HTTP_EXCHANGE {
        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultFiksHttpObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return LowCardinalityKeyNames.values();
        }

        @Override
        public KeyName[] getHighCardinalityKeyNames() {
            return HighCardinalityKeyNames.values();
        }
    };

    /** Key values with few distinct values, on metrics and spans. */
    public enum LowCardinalityKeyNames implements KeyName {

        /** The manifest's id of the service, such as {@code svarinn}. */
        SERVICE {
            @Override
            public String asString() {
                return "service";
            }
        },

        /** The operationId, such as {@code hentNyeForsendelser}, or {@code raw} for a request sent as is. */
        OPERATION {
            @Override
            public String asString() {
                return "operation";
            }
        },

        /** The HTTP method, such as {@code GET}. */
        METHOD {
            @Override
            public String asString() {
                return "method";
            }
        },

        /** The response status code, {@code IO_ERROR} when no response arrived, {@code UNKNOWN} before. */
        STATUS {
            @Override
            public String asString() {
                return "status";
            }
        },

        /** The class of the status: {@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR} and so on. */
        OUTCOME {
            @Override
            public String asString() {
                return "outcome";
            }
        },

        /** The simple class name of the failure, such as {@code SocketTimeoutException}, or {@code none}. */
        EXCEPTION {
            @Override
            public String asString() {
                return "exception";
            }
        }
    }

    /** Key values with many distinct values, on spans only. */
    public enum HighCardinalityKeyNames implements KeyName {

        /** The URL of the request without its query, which may hold personal data. */
        HTTP_URL {
            @Override
            public String asString() {
                return "http.url";
            }
        }
    }
}
