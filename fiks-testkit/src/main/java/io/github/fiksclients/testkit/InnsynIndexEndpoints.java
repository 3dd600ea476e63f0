package io.github.fiksclients.testkit;

import io.github.fiksclients.innsyn.delete.v1.model.SlettMeldingSpec;
import io.github.fiksclients.innsyn.delete.v1.model.SlettMeldingerSpec;
import io.github.fiksclients.innsyn.delete.v1.model.SlettRespons;
import io.github.fiksclients.innsyn.index.v2.model.IndexRequestV2;
import io.github.fiksclients.innsyn.index.v2.model.MeldingIndexResponseV2;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Innsyn index v2 ({@code PUT indexRequest}) and delete v1 ({@code slettByMeldingId}, {@code slett}). */
final class InnsynIndexEndpoints {

    private final InnsynSimulator innsyn;

    InnsynIndexEndpoints(InnsynSimulator innsyn) {
        this.innsyn = innsyn;
    }

    void register(SimulatorRouter router) {
        router.route("PUT", "/innsyn-index/api/v2/indexRequest", this::index)
                .route("POST", "/innsyn-index/api/v1/delete/slettByMeldingId", this::slettByMeldingId)
                .route("DELETE", "/innsyn-index/api/v1/delete/slett", this::slett);
    }

    private void index(SimulatorExchange exchange) throws IOException {
        innsyn.authorization().requireOrganisation(exchange);
        IndexRequestV2 request = exchange.jsonBody(io.github.fiksclients.innsyn.index.v2.JSON.gson(),
                IndexRequestV2.class);
        InnsynSimulator.IndexOutcome outcome = innsyn.index(
                IndexRequestValidator.validate(request.getMeldinger(), Instant.now()));
        MeldingIndexResponseV2 response = new MeldingIndexResponseV2()
                .opprettet(outcome.opprettet)
                .oppdatert(outcome.oppdatert)
                .manglerSamtykke(outcome.utenSamtykke.size())
                .meldingerUtenSamtykke(outcome.utenSamtykke);
        exchange.respondJson(200, io.github.fiksclients.innsyn.index.v2.JSON.gson().toJson(response));
    }

    private void slettByMeldingId(SimulatorExchange exchange) throws IOException {
        innsyn.authorization().requireOrganisation(exchange);
        SlettMeldingerSpec spec = exchange.jsonBody(io.github.fiksclients.innsyn.delete.v1.JSON.gson(),
                SlettMeldingerSpec.class);
        List<SlettMeldingSpec> which = spec.getMeldinger() == null ? List.of() : spec.getMeldinger();
        long deleted = innsyn.delete(melding -> which.stream().anyMatch(slett -> slett != null
                && melding.meldingId().equals(slett.getMeldingId())
                && melding.fiksOrganisasjonId().equals(slett.getFiksOrgId())));
        respond(exchange, 200, deleted);
    }

    private void slett(SimulatorExchange exchange) throws IOException {
        innsyn.authorization().requireOrganisation(exchange);
        String organisasjon = exchange.queryParam("fiksOrganisasjonId");
        if (organisasjon == null) {
            throw ApiException.badRequest("The query parameter fiksOrganisasjonId is required");
        }
        UUID fiksOrganisasjonId = uuid(organisasjon, "fiksOrganisasjonId");
        String eksternRef = exchange.queryParam("eksternRef");
        String meldingIdText = exchange.queryParam("meldingId");
        UUID meldingId = meldingIdText == null ? null : uuid(meldingIdText, "meldingId");
        long deleted = innsyn.delete(melding -> melding.fiksOrganisasjonId().equals(fiksOrganisasjonId)
                && (eksternRef == null || eksternRef.equals(melding.eksternRef().orElse(null)))
                && (meldingId == null || Objects.equals(meldingId, melding.meldingId())));
        respond(exchange, 202, deleted);
    }

    private static UUID uuid(String value, String name) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The query parameter " + name + " is not a UUID: " + value);
        }
    }

    private static void respond(SimulatorExchange exchange, int status, long deleted) throws IOException {
        exchange.respondJson(status, io.github.fiksclients.innsyn.delete.v1.JSON.gson()
                .toJson(new SlettRespons().antallSlettet(deleted)));
    }
}
