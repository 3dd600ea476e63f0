package io.github.fiksclients.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import okio.Buffer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A SvarInn v2 that is not our simulator: a MockWebServer answering the published contract (list, download, status)
 * the way a stranger's test server would, with forsendelser made here, zipped with {@link ZipOutputStream} and
 * encrypted with BouncyCastle's streaming CMS generator, or any bytes as the download. It records what the client
 * did: downloads, {@code MOTTATT} and {@code FEILET} reports.
 */
final class ForeignSvarInn extends Dispatcher implements AutoCloseable {

    static final String MOTTAKERSYSTEM = "fremmed-mottakersystem";
    static final String PASSORD = "fremmed-passord-7Hq";
    private static final String PREFIX = "/tjenester/svarinn/v2/forsendelser";

    private final MockWebServer server = new MockWebServer();
    private final KeyPair keys;
    private final X509Certificate certificate;
    private final Map<String, Offered> offered = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    private record Offered(JsonObject metadata, byte[] download) {
    }

    ForeignSvarInn() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Fremmed arkiv,O=Testkommune");
        certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                BigInteger.valueOf(4711), Date.from(Instant.now().minusSeconds(86_400)),
                Date.from(Instant.now().plusSeconds(86_400)), name, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        server.setDispatcher(this);
        server.start();
    }

    /** The base URL for {@code FIKS_SVARINN_URL}. */
    String baseUrl() {
        return server.url("/tjenester/").toString();
    }

    /** Writes the receiving system's private key as PKCS#8 PEM, for {@code FIKS_SVARINN_PRIVATE_KEY}. */
    Path writePrivateKey(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file); JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(keys.getPrivate());
        }
        return file;
    }

    /** Writes the private key and then its certificate into one PEM file. */
    Path writePrivateKeyWithCertificate(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file); JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(keys.getPrivate());
            pem.writeObject(certificate);
        }
        return file;
    }

    /** The variables that point {@code fiks svarinn receive} here. */
    Map<String, String> variables(Path privateKey) {
        return variables(privateKey.toString());
    }

    /** The variables that point {@code fiks svarinn receive} here, with the private key files as given. */
    Map<String, String> variables(String privateKeys) {
        return Map.of(Variables.SVARINN_URL, baseUrl(), Variables.SVARINN_USER, MOTTAKERSYSTEM,
                Variables.SVARINN_PASSWORD, PASSORD, Variables.SVARINN_PRIVATE_KEY, privateKeys);
    }

    /** Offers files (name to content, in order), zipped and encrypted to the receiving system. */
    void offer(String id, Map<String, byte[]> files) {
        offer(id, files, encrypt(zip(files)));
    }

    /** Offers files in the metadata, with the given bytes as the download. */
    void offer(String id, Map<String, byte[]> files, byte[] download) {
        JsonObject forsendelse = new JsonObject();
        forsendelse.addProperty("id", id);
        forsendelse.addProperty("tittel", "Forsendelse " + id);
        JsonObject avsender = new JsonObject();
        avsender.addProperty("navn", "Fremmed kommune");
        forsendelse.add("avsender", avsender);
        forsendelse.addProperty("dato", "2025-03-01T10:15:00+01:00");
        forsendelse.addProperty("sikkerhetsniva", "BETYDELIG");
        forsendelse.addProperty("nedlastingslenke", server.url(PREFIX + "/" + id).toString());
        JsonArray filer = new JsonArray();
        files.forEach((name, content) -> {
            JsonObject fil = new JsonObject();
            fil.addProperty("filnavn", name);
            fil.addProperty("mimeType", "application/octet-stream");
            fil.addProperty("hash", sha256(content));
            fil.addProperty("storrelse", content.length);
            filer.add(fil);
        });
        forsendelse.add("filer", filer);
        offered.put(id, new Offered(forsendelse, download));
    }

    /** What the client did, in order: {@code download <id>}, {@code MOTTATT <id>}, {@code FEILET <id> permanent}. */
    List<String> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (!Credentials.basic(MOTTAKERSYSTEM, PASSORD).equals(request.getHeaders().get("Authorization"))) {
            return new MockResponse.Builder().code(401).build();
        }
        String path = request.getUrl().encodedPath();
        String method = request.getMethod();
        if (method.equals("GET") && path.equals(PREFIX)) {
            JsonArray list = new JsonArray();
            synchronized (offered) {
                offered.values().forEach(offer -> list.add(offer.metadata()));
            }
            return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(list.toString())
                    .build();
        }
        if (method.equals("GET") && path.startsWith(PREFIX + "/")) {
            String id = path.substring(PREFIX.length() + 1);
            events.add("download " + id);
            Offered offer = offered.get(id);
            return offer == null ? new MockResponse.Builder().code(404).build()
                    : new MockResponse.Builder().setHeader("Content-Type", "application/octet-stream")
                            .body(new Buffer().write(offer.download())).build();
        }
        if (method.equals("PATCH") && path.startsWith(PREFIX + "/") && path.endsWith("/status")) {
            String id = path.substring(PREFIX.length() + 1, path.length() - "/status".length());
            JsonObject body = JsonParser.parseString(request.getBody().utf8()).getAsJsonObject();
            String status = body.get("status").getAsString();
            if (status.equals("MOTTATT")) {
                events.add("MOTTATT " + id);
                offered.remove(id);
            } else {
                boolean permanent = body.getAsJsonObject("feil").get("permanent").getAsBoolean();
                events.add("FEILET " + id + (permanent ? " permanent" : ""));
                if (permanent) {
                    offered.remove(id);
                }
            }
            return new MockResponse.Builder().code(200).build();
        }
        return new MockResponse.Builder().code(404).build();
    }

    @Override
    public void close() {
        server.close();
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private byte[] encrypt(byte[] content) {
        ByteArrayOutputStream envelope = new ByteArrayOutputStream();
        try {
            CMSEnvelopedDataStreamGenerator generator = new CMSEnvelopedDataStreamGenerator();
            generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(certificate));
            try (OutputStream plaintext = generator.open(envelope,
                    new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).build())) {
                plaintext.write(content);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot encrypt the test forsendelse", e);
        }
        return envelope.toByteArray();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
