package io.github.fiksclients.svarinn;

import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.svarinn.v1.JSON;
import io.github.fiksclients.svarinn.v1.api.SvarInnApi;
import io.github.fiksclients.svarinn.v1.model.Forsendelse;
import io.github.fiksclients.svarinn.v1.model.ImportFeil;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.ResponseBody;

/**
 * SvarInn v1: the generated API, except the download, which the spec declares without a body: that is a raw GET on
 * the runtime's OkHttp client, streamed.
 */
final class V1Receiving implements ReceivingApi {

    private final FiksClient fiks;
    private final SvarInnApi api;

    V1Receiving(FiksClient fiks) {
        this.fiks = fiks;
        this.api = fiks.create(SvarInnApi.class);
    }

    @Override
    public Class<?> apiInterface() {
        return SvarInnApi.class;
    }

    @Override
    public List<NyForsendelse> fetchNew() {
        return Polls.views(api.hentNyeForsendelser().execute(), Forsendelse::getId, NyForsendelse::fromV1);
    }

    @Override
    public ResponseBody openDownload(NyForsendelse forsendelse) {
        Request request = new Request.Builder().url(downloadUrl(forsendelse)).get().build();
        return fiks.execute(request).body();
    }

    /** The forsendelse's own link if it points at our host (credentials go nowhere else), otherwise by id. */
    private HttpUrl downloadUrl(NyForsendelse forsendelse) {
        HttpUrl base = fiks.baseUrl(SvarInnApi.class);
        HttpUrl link = forsendelse.downloadUrl().map(HttpUrl::parse).orElse(null);
        if (link != null && link.scheme().equals(base.scheme()) && link.host().equals(base.host())
                && link.port() == base.port()) {
            return link;
        }
        return base.newBuilder().addPathSegments("svarinn/forsendelse").addPathSegment(forsendelse.id()).build();
    }

    @Override
    public void acknowledge(String forsendelseId) {
        api.settForsendelseMottatt(forsendelseId).execute();
    }

    @Override
    public void reportFailure(String forsendelseId, String feilmelding, boolean permanent) {
        api.settImportFeilet(forsendelseId,
                new ImportFeil().feilmelding(feilmelding).permanent(permanent)).execute();
    }
}
