package io.github.fiksclients.testkit;

import io.github.fiksclients.svarinn.v1.model.FilMetadata;
import io.github.fiksclients.svarinn.v1.model.ImportFeil;
import io.github.fiksclients.svarinn.v2.model.Avsender;
import io.github.fiksclients.svarinn.v2.model.Feil;
import io.github.fiksclients.svarinn.v2.model.Fil;
import io.github.fiksclients.svarinn.v2.model.Forsendelse;
import io.github.fiksclients.svarinn.v2.model.Mottaker;
import io.github.fiksclients.svarinn.v2.model.Statusoppdatering;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The SvarInn receiving API v1 and v2 under {@code /tjenester/}: polling for metadata, streamed encrypted
 * downloads, and the mottakersystem's reports (v2 status PATCH, v1 kvitterMottak and mottakFeilet).
 */
final class SvarInnEndpoints {

    private static final String ID = "([^/]+)";

    private final SvarInnSimulator svarInn;
    private final URI svarUtBaseUrl;

    SvarInnEndpoints(SvarInnSimulator svarInn, URI svarUtBaseUrl) {
        this.svarInn = svarInn;
        this.svarUtBaseUrl = svarUtBaseUrl;
    }

    void register(SimulatorRouter router) {
        String root = svarUtBaseUrl.getPath() + "svarinn/";
        router.route("GET", root + "v2/forsendelser", this::pollV2)
                .route("GET", root + "v2/forsendelser/" + ID, this::download)
                .route("PATCH", root + "v2/forsendelser/" + ID + "/status", this::statusV2)
                .route("GET", root + "mottaker/hentNyeForsendelser", this::pollV1)
                .route("GET", root + "forsendelse/" + ID, this::download)
                .route("POST", root + "kvitterMottak/forsendelse/" + ID, this::kvitterMottakV1)
                .route("POST", root + "mottakFeilet/forsendelse/" + ID, this::mottakFeiletV1);
    }

    private void pollV2(SimulatorExchange exchange) throws IOException {
        Mottakersystem mottaker = svarInn.authenticate(exchange);
        List<Forsendelse> metadata = svarInn.offeredTo(mottaker).stream()
                .map(this::metadataV2)
                .collect(Collectors.toList());
        exchange.respondJson(200, io.github.fiksclients.svarinn.v2.JSON.gson().toJson(metadata));
    }

    private void pollV1(SimulatorExchange exchange) throws IOException {
        Mottakersystem mottaker = svarInn.authenticate(exchange);
        List<io.github.fiksclients.svarinn.v1.model.Forsendelse> metadata = svarInn.offeredTo(mottaker).stream()
                .map(this::metadataV1)
                .collect(Collectors.toList());
        exchange.respondJson(200, io.github.fiksclients.svarinn.v1.JSON.gson().toJson(metadata));
    }

    private void download(SimulatorExchange exchange) throws IOException {
        Mottakersystem mottaker = svarInn.authenticate(exchange);
        StoredForsendelse stored = svarInn.owned(mottaker, exchange.uuidPathParam(1, "forsendelse"));
        SimulatedForsendelse forsendelse = stored.forsendelse();
        exchange.setHeader("Content-Disposition", "attachment; filename=\"" + stored.id() + ".zip\"");
        // Not closed here: the router closes the exchange, unless a ConnectionDrop must cut the body short.
        OutputStream target = exchange.respondStream(200, "application/zip");
        if (forsendelse.truncatedAfter() != null) {
            target = OutputStreams.truncatingAfter(target, forsendelse.truncatedAfter());
        }
        if (forsendelse.corruptEnvelope()) {
            target = OutputStreams.invertingFirst(target, 16);
        }
        byte[] download = forsendelse.download();
        if (download != null) {
            target.write(download);
        } else {
            EncryptedZip.write(forsendelse.archiveFiles(), mottaker.encryptionCertificate(), target);
        }
    }

    private void statusV2(SimulatorExchange exchange) throws IOException {
        Mottakersystem mottaker = svarInn.authenticate(exchange);
        UUID id = exchange.uuidPathParam(1, "forsendelse");
        svarInn.owned(mottaker, id);
        Statusoppdatering oppdatering = exchange.jsonBody(io.github.fiksclients.svarinn.v2.JSON.gson(),
                Statusoppdatering.class);
        Statusoppdatering.StatusEnum status = oppdatering.getStatus();
        if (status == Statusoppdatering.StatusEnum.MOTTATT) {
            svarInn.report(mottaker, id, ForsendelseStatus.mottatt());
        } else if (status == Statusoppdatering.StatusEnum.FEILET) {
            Feil feil = oppdatering.getFeil();
            svarInn.report(mottaker, id, feil == null ? ForsendelseStatus.feilet(null, null)
                    : ForsendelseStatus.feilet(feil.getFeilmelding(), feil.getPermanent()));
        } else {
            throw ApiException.badRequest("status must be MOTTATT or FEILET");
        }
        exchange.respondEmpty(200);
    }

    private void kvitterMottakV1(SimulatorExchange exchange) throws IOException {
        Mottakersystem mottaker = svarInn.authenticate(exchange);
        svarInn.report(mottaker, exchange.uuidPathParam(1, "forsendelse"), ForsendelseStatus.mottatt());
        exchange.respondEmpty(200);
    }

    private void mottakFeiletV1(SimulatorExchange exchange) throws IOException {
        Mottakersystem mottaker = svarInn.authenticate(exchange);
        UUID id = exchange.uuidPathParam(1, "forsendelse");
        svarInn.owned(mottaker, id);
        ImportFeil feil = exchange.optionalJsonBody(io.github.fiksclients.svarinn.v1.JSON.gson(), ImportFeil.class);
        svarInn.report(mottaker, id, feil == null ? ForsendelseStatus.feilet(null, null)
                : ForsendelseStatus.feilet(feil.getFeilmelding(), feil.getPermanent()));
        exchange.respondEmpty(200);
    }

    private Forsendelse metadataV2(StoredForsendelse stored) {
        SimulatedForsendelse forsendelse = stored.forsendelse();
        return new Forsendelse()
                .id(stored.id())
                .tittel(forsendelse.tittel())
                .avsender(new Avsender().navn(forsendelse.avsender()))
                .mottaker(new Mottaker().navn(stored.mottaker().username()))
                .dato(stored.dato().atOffset(ZoneOffset.UTC))
                .sikkerhetsniva(forsendelse.sikkerhetsniva() == 4 ? Forsendelse.SikkerhetsnivaEnum.HOYESTE
                        : Forsendelse.SikkerhetsnivaEnum.BETYDELIG)
                .filer(forsendelse.files().stream()
                        .map(file -> new Fil()
                                .filnavn(file.filnavn())
                                .mimeType(file.mimeType())
                                .hash(forsendelse.metadataHash(file))
                                .storrelse(file.size()))
                        .collect(Collectors.toList()))
                .nedlastingslenke(svarUtBaseUrl.resolve("svarinn/v2/forsendelser/" + stored.id()).toString());
    }

    private io.github.fiksclients.svarinn.v1.model.Forsendelse metadataV1(StoredForsendelse stored) {
        SimulatedForsendelse forsendelse = stored.forsendelse();
        return new io.github.fiksclients.svarinn.v1.model.Forsendelse()
                .id(stored.id().toString())
                .tittel(forsendelse.tittel())
                .avsender(new io.github.fiksclients.svarinn.v1.model.Avsender().navn(forsendelse.avsender()))
                .mottaker(new io.github.fiksclients.svarinn.v1.model.Mottaker().navn(stored.mottaker().username()))
                .date(stored.dato().toEpochMilli())
                .status(stored.status().state().name())
                .niva(Integer.toString(forsendelse.sikkerhetsniva()))
                .filmetadata(forsendelse.files().stream()
                        .map(file -> new FilMetadata()
                                .filnavn(file.filnavn())
                                .mimetype(file.mimeType())
                                .sha256hash(forsendelse.metadataHash(file))
                                .size(file.size()))
                        .collect(Collectors.toList()))
                .downloadUrl(svarUtBaseUrl.resolve("svarinn/forsendelse/" + stored.id()).toString());
    }
}
