package io.github.fiksclients.testkit;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.fiksclients.svarinn.receive.EnvelopeDecryptor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.BufferedSource;
import okio.Okio;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * SvarUt's REST API v2 under {@code /api/}, and its public certificate at {@code /forsendelse/publickey/hent}: the
 * wire formats of the nine published SvarUt specifications, answered as plain JSON.
 */
final class SvarUtEndpoints {

    private static final String ID = "([^/]+)";
    private static final Gson GSON = new Gson();

    private final SvarUtSimulator svarUt;
    private final FiksAuthorization authorization;
    private final URI apiBaseUrl;

    SvarUtEndpoints(SvarUtSimulator svarUt, FiksAuthorization authorization, URI apiBaseUrl) {
        this.svarUt = svarUt;
        this.authorization = authorization;
        this.apiBaseUrl = apiBaseUrl;
    }

    void register(SimulatorRouter router) {
        String v2 = apiBaseUrl.getPath() + "v2/";
        router.route("GET", apiBaseUrl.resolve("../forsendelse/publickey/hent").getPath(), this::certificate)
                .route("POST", v2 + "kontoer/" + ID + "/forsendelser/?", this::send)
                .route("GET", v2 + "kontoer/" + ID + "/forsendelser/?", this::eksternRef)
                .route("GET", v2 + "kontoer/" + ID + "/forsendelser/metadata", this::eksternRefMetadata)
                .route("POST", v2 + "kontoer/" + ID + "/forsendelser/status-sok", this::statusSok)
                .route("GET", v2 + "forsendelser/" + ID + "/hendelser", this::hendelser)
                .route("GET", v2 + "forsendelser/" + ID + "/signeringshendelser", this::signeringshendelser)
                .route("GET", v2 + "forsendelser/" + ID + "/metadata", this::metadata)
                .route("POST", v2 + "forsendelser/" + ID + "/lest", this::lest)
                .route("DELETE", v2 + "forsendelser/" + ID + "/dokumenter", this::slett)
                .route("GET", v2 + "forsendelsestyper", this::forsendelsestyper)
                .route("GET", v2 + "mottakersystem", this::mottakersystem);
    }

    private void certificate(SimulatorExchange exchange) throws IOException {
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(svarUt.certificate());
        }
        byte[] bytes = pem.toString().getBytes(StandardCharsets.US_ASCII);
        exchange.setHeader("Content-Type", "application/x-pem-file");
        try (var out = exchange.respondStream(200, "application/x-pem-file")) {
            out.write(bytes);
        }
    }

    private void send(SimulatorExchange exchange) throws IOException {
        authorization.requireOrganisation(exchange);
        UUID konto = exchange.uuidPathParam(1, "konto");
        svarUt.requireKonto(konto);
        MediaType type = exchange.header("Content-Type") == null ? null : MediaType.parse(exchange.header("Content-Type"));
        String boundary = type == null ? null : type.parameter("boundary");
        if (type == null || !type.toString().toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                || boundary == null) {
            throw ApiException.badRequest("A send is multipart/form-data: a forsendelse part, then the documents");
        }
        JsonObject metadata = null;
        List<SvarUtSimulator.SentDocument> documents = new ArrayList<>();
        long total = 0;
        try (BufferedSource body = Okio.buffer(Okio.source(exchange.requestBody()));
                MultipartReader reader = new MultipartReader(body, boundary)) {
            for (MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
                String disposition = part.headers().get("Content-Disposition");
                if (metadata == null) {
                    if (!"forsendelse".equals(parameter(disposition, "name"))) {
                        throw ApiException.badRequest("The first part must be named forsendelse and hold the metadata");
                    }
                    metadata = parseMetadata(part.body().readUtf8());
                    continue;
                }
                JsonArray described = metadata.getAsJsonArray("dokumenter");
                int index = documents.size();
                if (described == null || index >= described.size()) {
                    throw ApiException.badRequest("There are more file parts than entries in dokumenter");
                }
                JsonObject dokument = described.get(index).getAsJsonObject();
                String filnavn = string(dokument, "filnavn");
                String filename = parameter(disposition, "filename");
                if (!filnavn.equals(filename)) {
                    throw ApiException.badRequest("File part " + (index + 1) + " is named '" + filename
                            + "', but dokumenter[" + index + "].filnavn is '" + filnavn + "'");
                }
                byte[] received = readBounded(part.body().inputStream(), maxLeft(total));
                total += received.length;
                boolean kryptert = bool(metadata, "kryptert");
                byte[] content = kryptert ? decrypt(filnavn, received) : received;
                documents.add(new SvarUtSimulator.SentDocument(filnavn, string(dokument, "mimeType"), content,
                        received.length));
            }
        }
        if (metadata == null) {
            throw ApiException.badRequest("The body has no forsendelse part");
        }
        int described = metadata.getAsJsonArray("dokumenter") == null ? 0 : metadata.getAsJsonArray("dokumenter").size();
        if (documents.size() != described || documents.isEmpty()) {
            throw ApiException.badRequest("dokumenter describes " + described + " documents, but " + documents.size()
                    + " file parts came");
        }
        JsonObject mottaker = metadata.getAsJsonObject("mottaker");
        SvarUtSimulator.Sent sent = svarUt.store(konto, string(metadata, "tittel"), string(mottaker, "digitalId"),
                optional(metadata, "avgivendeSystem"), optional(metadata, "eksternReferanse"),
                optional(metadata, "forsendelsestype"), bool(metadata, "kryptert"),
                bool(metadata, "krevNiva4Innlogging"), documents);
        var failure = svarUt.takeSendFailure();
        if (failure.isPresent()) {
            if (failure.get() == 0) {
                throw new ConnectionDrop("failNextSendAfterCreating(0)");
            }
            throw new ApiException(failure.get(), SimulatorErrorCodes.SIMULATED_FAULT,
                    "Simulated failure after the forsendelse was created");
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("id", sent.id().toString());
        exchange.respondJson(200, answer.toString());
    }

    private static long maxLeft(long total) {
        return SvarUtSimulator.MAX_SEND_BYTES - total;
    }

    private static JsonObject parseMetadata(String json) {
        JsonObject metadata;
        try {
            metadata = JsonParser.parseString(json).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw ApiException.badRequest("The forsendelse part is not a JSON object");
        }
        if (optional(metadata, "tittel") == null || !metadata.has("mottaker") || !metadata.get("mottaker").isJsonObject()
                || optional(metadata.getAsJsonObject("mottaker"), "navn") == null) {
            throw ApiException.badRequest("The forsendelse needs tittel and a mottaker with navn");
        }
        String digitalId = optional(metadata.getAsJsonObject("mottaker"), "digitalId");
        if (digitalId == null || !digitalId.matches("\\d{9}|\\d{11}")) {
            throw ApiException.badRequest("mottaker.digitalId must be an organisation number or a fødselsnummer");
        }
        if (bool(metadata, "krevNiva4Innlogging") && !bool(metadata, "kryptert")) {
            throw ApiException.badRequest("krevNiva4Innlogging requires kryptert");
        }
        return metadata;
    }

    private byte[] decrypt(String filnavn, byte[] envelope) {
        try (InputStream plain = new EnvelopeDecryptor(svarUt.privateKey())
                .decrypt(filnavn, new ByteArrayInputStream(envelope))) {
            return plain.readAllBytes();
        } catch (IOException | RuntimeException e) {
            throw ApiException.badRequest("Document " + filnavn + " is marked kryptert but cannot be decrypted with "
                    + "SvarUt's key");
        }
    }

    private static byte[] readBounded(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + (long) n > limit) {
                throw new ApiException(413, SimulatorErrorCodes.PAYLOAD_TOO_LARGE,
                        "The simulator takes at most " + SvarUtSimulator.MAX_SEND_BYTES + " bytes of documents");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private void eksternRef(SimulatorExchange exchange) throws IOException {
        authorization.requireOrganisation(exchange);
        UUID konto = exchange.uuidPathParam(1, "konto");
        svarUt.requireKonto(konto);
        JsonArray ids = new JsonArray();
        lookup(exchange, konto).forEach(id -> ids.add(id.toString()));
        JsonObject answer = new JsonObject();
        answer.add("forsendelseIds", ids);
        exchange.respondJson(200, answer.toString());
    }

    private void eksternRefMetadata(SimulatorExchange exchange) throws IOException {
        authorization.requireOrganisation(exchange);
        UUID konto = exchange.uuidPathParam(1, "konto");
        svarUt.requireKonto(konto);
        JsonArray forsendelser = new JsonArray();
        for (UUID id : lookup(exchange, konto)) {
            SvarUtSimulator.Sent sent = svarUt.sent(id).orElseThrow();
            JsonObject hit = new JsonObject();
            hit.addProperty("id", id.toString());
            hit.addProperty("dato", sent.mottatt().atOffset(ZoneOffset.UTC).toString());
            forsendelser.add(hit);
        }
        JsonObject answer = new JsonObject();
        answer.add("forsendelser", forsendelser);
        exchange.respondJson(200, answer.toString());
    }

    private List<UUID> lookup(SimulatorExchange exchange, UUID konto) {
        String eksternRef = exchange.queryParam("eksternRef");
        if (eksternRef == null) {
            throw ApiException.badRequest("Query parameter eksternRef is required");
        }
        return svarUt.byEksternReferanse(konto, eksternRef);
    }

    private void statusSok(SimulatorExchange exchange) throws IOException {
        authorization.requireOrganisation(exchange);
        UUID konto = exchange.uuidPathParam(1, "konto");
        svarUt.requireKonto(konto);
        JsonObject sok = exchange.jsonBody(GSON, JsonObject.class);
        JsonArray statuser = new JsonArray();
        if (sok.has("forsendelseIds") && sok.get("forsendelseIds").isJsonArray()) {
            for (JsonElement element : sok.getAsJsonArray("forsendelseIds")) {
                UUID id;
                try {
                    id = UUID.fromString(element.getAsString());
                } catch (IllegalArgumentException | UnsupportedOperationException | IllegalStateException e) {
                    throw ApiException.badRequest("forsendelseIds must hold UUIDs");
                }
                svarUt.stored(id).filter(s -> s.sent().kontoId().equals(konto)).ifPresent(stored -> {
                    JsonObject status = new JsonObject();
                    status.addProperty("id", id.toString());
                    status.addProperty("status", stored.status());
                    status.addProperty("sisteStatusEndring", java.time.OffsetDateTime.now(ZoneOffset.UTC).toString());
                    statuser.add(status);
                });
            }
        }
        JsonObject answer = new JsonObject();
        answer.add("statuser", statuser);
        exchange.respondJson(200, answer.toString());
    }

    private SvarUtSimulator.Stored forsendelse(SimulatorExchange exchange) {
        authorization.requireOrganisation(exchange);
        UUID id = exchange.uuidPathParam(1, "forsendelse");
        return svarUt.stored(id).orElseThrow(() -> ApiException.notFound("No forsendelse " + id));
    }

    private void hendelser(SimulatorExchange exchange) throws IOException {
        SvarUtSimulator.Stored stored = forsendelse(exchange);
        JsonArray hendelser = new JsonArray();
        for (String text : stored.hendelser()) {
            JsonObject hendelse = new JsonObject();
            hendelse.addProperty("tidspunkt", stored.sent().mottatt().atOffset(ZoneOffset.UTC).toString());
            hendelse.addProperty("hendelse", text);
            hendelser.add(hendelse);
        }
        JsonObject answer = new JsonObject();
        answer.add("hendelser", hendelser);
        exchange.respondJson(200, answer.toString());
    }

    private void signeringshendelser(SimulatorExchange exchange) throws IOException {
        forsendelse(exchange);
        JsonObject answer = new JsonObject();
        answer.add("hendelser", new JsonArray());
        exchange.respondJson(200, answer.toString());
    }

    private void metadata(SimulatorExchange exchange) throws IOException {
        SvarUtSimulator.Stored stored = forsendelse(exchange);
        JsonArray dokumenter = new JsonArray();
        for (SvarUtSimulator.SentDocument document : stored.sent().documents()) {
            JsonObject dokument = new JsonObject();
            dokument.addProperty("filnavn", document.filnavn());
            dokument.addProperty("mimeType", document.mimeType());
            dokument.addProperty("storrelse", document.content().length);
            dokument.addProperty("sha256Hash", sha256(document.content()));
            dokumenter.add(dokument);
        }
        JsonObject answer = new JsonObject();
        answer.add("dokumenter", dokumenter);
        exchange.respondJson(200, answer.toString());
    }

    private void lest(SimulatorExchange exchange) throws IOException {
        SvarUtSimulator.Stored stored = forsendelse(exchange);
        exchange.optionalJsonBody(GSON, JsonObject.class);
        svarUt.markLest(stored.sent().id());
        exchange.respondEmpty(204);
    }

    private void slett(SimulatorExchange exchange) throws IOException {
        SvarUtSimulator.Stored stored = forsendelse(exchange);
        String slettetype = exchange.queryParam("slettetype");
        if (slettetype != null && !slettetype.equals("ORIGINALDOKUMENTER") && !slettetype.equals("ALLE")) {
            throw ApiException.badRequest("slettetype must be ORIGINALDOKUMENTER or ALLE");
        }
        svarUt.deleteDocuments(stored.sent().id());
        exchange.respondEmpty(204);
    }

    private void forsendelsestyper(SimulatorExchange exchange) throws IOException {
        authorization.requireOrganisation(exchange);
        JsonObject answer = new JsonObject();
        answer.add("forsendelsestyper", GSON.toJsonTree(svarUt.forsendelsestyper()));
        exchange.respondJson(200, answer.toString());
    }

    private void mottakersystem(SimulatorExchange exchange) throws IOException {
        authorization.requireOrganisation(exchange);
        String organisasjonsnummer = exchange.queryParam("organisasjonsnummer");
        if (organisasjonsnummer == null) {
            throw ApiException.badRequest("Query parameter organisasjonsnummer is required");
        }
        String niva = exchange.queryParam("niva");
        Integer level;
        try {
            level = niva == null ? null : Integer.valueOf(niva);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("niva must be a number");
        }
        JsonArray systemer = new JsonArray();
        for (SvarUtSimulator.Receiver receiver : svarUt.receivers(organisasjonsnummer,
                exchange.queryParam("forsendelseType"), level)) {
            JsonObject system = new JsonObject();
            system.addProperty("id", receiver.svarInnMottakerId());
            system.addProperty("navn", receiver.navn());
            system.addProperty("organisasjonsnummer", receiver.organisasjonsnummer());
            if (receiver.forsendelseType() != null) {
                system.addProperty("forsendelseType", receiver.forsendelseType());
            }
            system.addProperty("niva", receiver.niva());
            systemer.add(system);
        }
        JsonObject answer = new JsonObject();
        answer.add("mottakersystemer", systemer);
        exchange.respondJson(200, answer.toString());
    }

    private static String parameter(String header, String name) {
        if (header == null) {
            return null;
        }
        java.util.regex.Matcher match = java.util.regex.Pattern
                .compile("(?:^|;)\\s*" + name + "=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]*))").matcher(header);
        return match.find() ? (match.group(1) != null ? match.group(1) : match.group(2)) : null;
    }

    private static String string(JsonObject object, String name) {
        String value = optional(object, name);
        if (value == null) {
            throw ApiException.badRequest(name + " is required");
        }
        return value;
    }

    private static String optional(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    private static boolean bool(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()
                && value.getAsBoolean();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
