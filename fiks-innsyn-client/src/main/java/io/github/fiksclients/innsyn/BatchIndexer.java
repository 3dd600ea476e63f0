package io.github.fiksclients.innsyn;

import io.github.fiksclients.errors.FiksAuthenticationException;
import io.github.fiksclients.errors.FiksException;
import io.github.fiksclients.errors.FiksHttpException;
import io.github.fiksclients.innsyn.index.v2.api.IndexApi;
import io.github.fiksclients.innsyn.index.v2.model.EksponertFor.IdentifikatorTypeEnum;
import io.github.fiksclients.innsyn.index.v2.model.IndexMeldingV2;
import io.github.fiksclients.innsyn.index.v2.model.IndexRequestV2;
import io.github.fiksclients.innsyn.index.v2.model.MeldingIndexResponseV2;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One indexing run: reads messages lazily, sends them in batches one after the other, and sums up what Innsyn
 * answered. It holds at most one batch of messages at a time.
 */
final class BatchIndexer {

    private final IndexApi api;
    private final int batchSize;
    private final Consumer<IndexProgress> progress;

    private int batches;
    private long meldinger;
    private long opprettet;
    private long oppdatert;
    private long manglerSamtykke;
    private final List<UUID> utenSamtykke = new ArrayList<>();

    BatchIndexer(IndexApi api, int batchSize, Consumer<IndexProgress> progress) {
        this.api = api;
        this.batchSize = batchSize;
        this.progress = progress;
    }

    IndexSummary run(Iterator<InnsynMelding> input) {
        while (true) {
            List<InnsynMelding> batch = new ArrayList<>();
            try {
                while (batch.size() < batchSize && input.hasNext()) {
                    InnsynMelding melding = input.next();
                    if (melding == null) {
                        throw new IllegalArgumentException("the message is null");
                    }
                    batch.add(melding);
                }
            } catch (RuntimeException e) {
                long position = meldinger + batch.size();
                return summary(new IndexFailure(IndexFailure.Kind.INVALID_INPUT, batches + 1, ids(batch),
                        "The message at input position " + position + " (from 0) could not be read, so batch " + (batches + 1)
                                + " was not sent: " + e.getMessage(), e));
            }
            if (batch.isEmpty()) {
                return summary(null);
            }
            Optional<IndexFailure> failure = send(batch);
            if (failure.isPresent()) {
                return summary(failure.get());
            }
        }
    }

    private Optional<IndexFailure> send(List<InnsynMelding> batch) {
        IndexRequestV2 request = new IndexRequestV2().meldinger(new ArrayList<>(batch.size()));
        batch.forEach(melding -> request.addMeldingerItem(toWire(melding)));
        MeldingIndexResponseV2 response;
        try {
            response = api.index(request).execute();
        } catch (FiksException e) {
            return Optional.of(failure(batch, e));
        }
        batches++;
        meldinger += batch.size();
        if (response != null) {
            opprettet += count(response.getOpprettet());
            oppdatert += count(response.getOppdatert());
            manglerSamtykke += count(response.getManglerSamtykke());
            if (response.getMeldingerUtenSamtykke() != null) {
                utenSamtykke.addAll(response.getMeldingerUtenSamtykke());
            }
        }
        progress.accept(new IndexProgress(batches, meldinger, opprettet, oppdatert, manglerSamtykke));
        return Optional.empty();
    }

    private IndexFailure failure(List<InnsynMelding> batch, FiksException e) {
        boolean rejected = e instanceof FiksAuthenticationException
                || (e instanceof FiksHttpException http && http.status() < 500);
        int number = batches + 1;
        String what = "Batch " + number + " (input positions " + meldinger + " to " + (meldinger + batch.size() - 1)
                + ")" + (rejected ? " was not indexed: " : " may be partly indexed; send it again: ");
        return new IndexFailure(rejected ? IndexFailure.Kind.REJECTED : IndexFailure.Kind.UNCERTAIN, number,
                ids(batch), what + e.getMessage(), e);
    }

    private IndexSummary summary(IndexFailure failure) {
        return new IndexSummary(batches, meldinger, opprettet, oppdatert, manglerSamtykke, utenSamtykke,
                Optional.ofNullable(failure));
    }

    private static IndexMeldingV2 toWire(InnsynMelding melding) {
        EksponertFor eksponertFor = melding.eksponertFor();
        return new IndexMeldingV2()
                .meldingId(melding.meldingId())
                .fiksOrganisasjonId(melding.fiksOrganisasjonId())
                .sikkerhetsniva(melding.sikkerhetsniva())
                .eksponertFor(new io.github.fiksclients.innsyn.index.v2.model.EksponertFor()
                        .identifikatorType(IdentifikatorTypeEnum.fromValue(eksponertFor.identifikatorType().name()))
                        .verdi(eksponertFor.verdi()))
                .versjon(melding.versjon().value())
                .meldingMetadata(Base64.getEncoder()
                        .encodeToString(melding.metadataJson().getBytes(StandardCharsets.UTF_8)))
                .eksternRef(melding.eksternRef().orElse(null))
                .tilgjengeligTil(melding.tilgjengeligTil().orElse(null));
    }

    private static List<UUID> ids(List<InnsynMelding> batch) {
        return batch.stream().map(InnsynMelding::meldingId).toList();
    }

    private static long count(Integer value) {
        return value == null ? 0 : value;
    }
}
