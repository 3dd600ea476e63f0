package io.github.fiksclients.svarinn;

import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.svarinn.v2.JSON;
import io.github.fiksclients.svarinn.v2.api.SvarInnApi;
import io.github.fiksclients.svarinn.v2.model.Feil;
import io.github.fiksclients.svarinn.v2.model.Forsendelse;
import io.github.fiksclients.svarinn.v2.model.Statusoppdatering;
import java.util.List;
import okhttp3.ResponseBody;

/** SvarInn v2: the generated API, with the download streamed ({@code @Streaming}) and status updates by PATCH. */
final class V2Receiving implements ReceivingApi {

    private final SvarInnApi api;

    V2Receiving(FiksClient fiks) {
        this.api = fiks.create(SvarInnApi.class);
    }

    @Override
    public Class<?> apiInterface() {
        return SvarInnApi.class;
    }

    @Override
    public List<NyForsendelse> fetchNew() {
        return Polls.views(api.hentNyeForsendelser().execute(), Forsendelse::getId, NyForsendelse::fromV2);
    }

    @Override
    public ResponseBody openDownload(NyForsendelse forsendelse) {
        return api.lastNedFiler(forsendelse.id()).execute();
    }

    @Override
    public void acknowledge(String forsendelseId) {
        api.oppdaterStatus(forsendelseId,
                new Statusoppdatering().status(Statusoppdatering.StatusEnum.MOTTATT)).execute();
    }

    @Override
    public void reportFailure(String forsendelseId, String feilmelding, boolean permanent) {
        api.oppdaterStatus(forsendelseId, new Statusoppdatering()
                .status(Statusoppdatering.StatusEnum.FEILET)
                .feil(new Feil().feilmelding(feilmelding).permanent(permanent))).execute();
    }
}
