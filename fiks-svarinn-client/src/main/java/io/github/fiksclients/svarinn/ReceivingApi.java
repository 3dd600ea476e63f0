package io.github.fiksclients.svarinn;

import java.util.List;
import okhttp3.ResponseBody;

/** The receiving operations of one SvarInn API version, each throwing the typed Fiks exceptions. */
interface ReceivingApi {

    /** The generated interface this version calls, which determines its base URL. */
    Class<?> apiInterface();

    /** Lists up to 200 new forsendelser; entries without an id are left out. */
    List<NyForsendelse> fetchNew();

    /** Starts the download and returns the open body, which the caller reads as a stream and closes. */
    ResponseBody openDownload(NyForsendelse forsendelse);

    /** Marks the forsendelse as received. */
    void acknowledge(String forsendelseId);

    /** Tells SvarInn the forsendelse could not be received. */
    void reportFailure(String forsendelseId, String feilmelding, boolean permanent);
}
