package io.github.fiksclients.testkit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.UUID;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/**
 * The demo credentials every simulator accepts from the start: fixed, published values for a local demo, plus
 * RSA keys and self-signed certificates generated in memory.
 *
 * <p><strong>These are demo values, not secrets.</strong> Never use them against a real Fiks environment.
 * <ul>
 *   <li>Fiks integrasjon: IntegrasjonId {@code f1c5de30-0000-4000-8000-000000000001},
 *       IntegrasjonPassord {@code demo-integrasjon-passord}.</li>
 *   <li>Maskinporten client (the JWT grant's {@code iss}): {@code fiks-simulator-demo-client}, organisation
 *       number {@code 999888777}; sign grants with {@link #maskinportenPrivateKey()} and send
 *       {@link #maskinportenCertificate()} in {@code x5c}.</li>
 *   <li>SvarUt: konto {@code f1c5de30-0000-4000-8000-000000000003}, sent from with the integrasjon above;
 *       forsendelser to organisation {@code 999111222} are delivered to the SvarInn mottakersystem below.</li>
 *   <li>SvarInn mottakersystem: id (the HTTP Basic user name) {@code f1c5de30-0000-4000-8000-000000000002},
 *       password {@code demo-svarinn-passord}; forsendelser to it are encrypted to
 *       {@link #svarInnCertificate()}, decrypt them with {@link #svarInnPrivateKey()}.</li>
 * </ul>
 * The key pairs are 2048-bit RSA, generated once per JVM; every simulator in the same JVM has the same ones.
 * {@link #toString()} shows no password and no key.
 */
public final class SimulatorCredentials {

    /** File name of the Maskinporten client's private key written by {@link #writePemFiles(Path)}. */
    public static final String MASKINPORTEN_KEY_FILE = "maskinporten-client-key.pem";
    /** File name of the Maskinporten client's certificate written by {@link #writePemFiles(Path)}. */
    public static final String MASKINPORTEN_CERTIFICATE_FILE = "maskinporten-client-cert.pem";
    /** File name of the SvarInn mottakersystem's private key written by {@link #writePemFiles(Path)}. */
    public static final String SVARINN_KEY_FILE = "svarinn-mottaker-key.pem";
    /** File name of the SvarInn mottakersystem's certificate written by {@link #writePemFiles(Path)}. */
    public static final String SVARINN_CERTIFICATE_FILE = "svarinn-mottaker-cert.pem";

    static final String DEMO_ORGNR = "999888777";
    static final String DEMO_MOTTAKER_ORGNR = "999111222";

    private static final UUID INTEGRASJON_ID = UUID.fromString("f1c5de30-0000-4000-8000-000000000001");
    private static final String INTEGRASJON_PASSORD = "demo-integrasjon-passord";
    private static final String MASKINPORTEN_CLIENT_ID = "fiks-simulator-demo-client";
    private static final String SVARINN_MOTTAKER_ID = "f1c5de30-0000-4000-8000-000000000002";
    private static final String SVARINN_MOTTAKER_PASSORD = "demo-svarinn-passord";
    private static final UUID SVARUT_KONTO_ID = UUID.fromString("f1c5de30-0000-4000-8000-000000000003");

    SimulatorCredentials() {
    }

    /**
     * The demo Fiks integrasjon's id, sent in the {@code IntegrasjonId} header.
     *
     * @return {@code f1c5de30-0000-4000-8000-000000000001}
     */
    public UUID integrasjonId() {
        return INTEGRASJON_ID;
    }

    /**
     * The demo Fiks integrasjon's password, sent in the {@code IntegrasjonPassord} header.
     *
     * @return {@code demo-integrasjon-passord}
     */
    public String integrasjonPassord() {
        return INTEGRASJON_PASSORD;
    }

    /**
     * The demo SvarUt konto that forsendelser are sent from, with the demo integrasjon's credentials.
     *
     * @return {@code f1c5de30-0000-4000-8000-000000000003}
     */
    public UUID svarUtKontoId() {
        return SVARUT_KONTO_ID;
    }

    /**
     * The organisation number whose forsendelser SvarUt delivers to the demo SvarInn mottakersystem
     * ({@link #svarInnMottakerId()}).
     *
     * @return {@code 999111222}
     */
    public String svarUtMottakerOrgnr() {
        return DEMO_MOTTAKER_ORGNR;
    }

    /**
     * The demo Maskinporten client id, the {@code iss} of its JWT grants.
     *
     * @return {@code fiks-simulator-demo-client}
     */
    public String maskinportenClientId() {
        return MASKINPORTEN_CLIENT_ID;
    }

    /**
     * The organisation number of the demo Maskinporten client, as its tokens' {@code client_orgno} says.
     *
     * @return {@code 999888777}
     */
    public String maskinportenOrgnr() {
        return DEMO_ORGNR;
    }

    /**
     * The private key the demo Maskinporten client signs its JWT grants with.
     *
     * @return a 2048-bit RSA private key
     */
    public PrivateKey maskinportenPrivateKey() {
        return DemoKeys.MASKINPORTEN_CLIENT.privateKey();
    }

    /**
     * The self-signed certificate registered for the demo Maskinporten client (its "virksomhetssertifikat").
     *
     * @return the certificate of {@link #maskinportenPrivateKey()}'s public key
     */
    public X509Certificate maskinportenCertificate() {
        return DemoKeys.MASKINPORTEN_CLIENT.certificate();
    }

    /**
     * The demo SvarInn mottakersystem's id, the user name of its HTTP Basic credentials.
     *
     * @return {@code f1c5de30-0000-4000-8000-000000000002}
     */
    public String svarInnMottakerId() {
        return SVARINN_MOTTAKER_ID;
    }

    /**
     * The demo SvarInn mottakersystem's password for HTTP Basic.
     *
     * @return {@code demo-svarinn-passord}
     */
    public String svarInnMottakerPassord() {
        return SVARINN_MOTTAKER_PASSORD;
    }

    /**
     * The private key that decrypts forsendelser sent to the demo SvarInn mottakersystem.
     *
     * @return a 2048-bit RSA private key
     */
    public PrivateKey svarInnPrivateKey() {
        return DemoKeys.SVARINN_MOTTAKER.privateKey();
    }

    /**
     * The encryption certificate of the demo SvarInn mottakersystem; downloads are encrypted to it.
     *
     * @return the certificate of {@link #svarInnPrivateKey()}'s public key
     */
    public X509Certificate svarInnCertificate() {
        return DemoKeys.SVARINN_MOTTAKER.certificate();
    }

    /**
     * Writes the demo keys and certificates as PEM files, for applications configured with files.
     *
     * <p>Writes {@value #MASKINPORTEN_KEY_FILE}, {@value #MASKINPORTEN_CERTIFICATE_FILE}, {@value #SVARINN_KEY_FILE}
     * and {@value #SVARINN_CERTIFICATE_FILE}, replacing files of those names. Private keys are unencrypted PKCS#8
     * ({@code BEGIN PRIVATE KEY}), readable only by the owner where the file system supports POSIX permissions.
     *
     * @param directory where to write; created if it does not exist
     * @throws IOException if a file cannot be written
     */
    public void writePemFiles(Path directory) throws IOException {
        Files.createDirectories(directory);
        writePrivateKey(directory.resolve(MASKINPORTEN_KEY_FILE), maskinportenPrivateKey());
        write(directory.resolve(MASKINPORTEN_CERTIFICATE_FILE), pem(maskinportenCertificate()));
        writePrivateKey(directory.resolve(SVARINN_KEY_FILE), svarInnPrivateKey());
        write(directory.resolve(SVARINN_CERTIFICATE_FILE), pem(svarInnCertificate()));
    }

    private static void writePrivateKey(Path file, PrivateKey key) throws IOException {
        String text = pem(new JcaPKCS8Generator(key, null));
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        write(file, text);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    private static String pem(Object object) throws IOException {
        Writer text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "SimulatorCredentials{integrasjonId=" + INTEGRASJON_ID
                + ", maskinportenClientId=" + MASKINPORTEN_CLIENT_ID
                + ", svarInnMottakerId=" + SVARINN_MOTTAKER_ID + "}";
    }
}
