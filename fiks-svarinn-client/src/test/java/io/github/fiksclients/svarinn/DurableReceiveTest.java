package io.github.fiksclients.svarinn;

import static io.github.fiksclients.svarinn.TestForsendelse.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.svarinn.receive.TestRecipient;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and directories are forced to disk before the handler sees them, and so before the acknowledgement. What
 * was forced is read from the JDK's own flight recorder events ({@code jdk.FileForce}, written by
 * {@code FileChannel.force}), in one recording with an event the handler writes. The receive runs in a child JVM:
 * a recording shares its events with every other recording of its JVM, such as the secret scan's.
 */
class DurableReceiveTest {

    private static final Pattern STAGING = Pattern.compile("^\\." + Pattern.quote(id(1)) + "\\.partial-[^/]+");

    @RegisterExtension
    final FakeSvarInn svarInn = new FakeSvarInn(SvarInnApiVersion.V2);

    @TempDir
    Path work;

    /** Written by the handler, so its place among the forces is in the recording. */
    @Name("io.github.fiksclients.test.HandlerCalled")
    static final class HandlerCalled extends Event {
    }

    private record Forced(String path, Instant time) {
    }

    @Test
    void everyFileAndDirectoryIsForcedToDiskBeforeTheHandlerSeesIt() throws Exception {
        TestRecipient recipient = TestRecipient.generate();
        svarInn.offer(TestForsendelse.of(id(1), recipient.certificate(),
                "vedtak.pdf", "%PDF vedtak", "vedlegg/kart.png", "PNG kart", "vedlegg/skisse/a.txt", "A"));
        Path key = work.resolve("key.pem");
        try (Writer out = Files.newBufferedWriter(key); JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(recipient.privateKey());
        }
        Path target = work.resolve("innkommende");
        Path recordingFile = work.resolve("recording.jfr");

        runInChildJvm(svarInn.server().url("/tjenester/").toString(), key.toString(), target.toString(),
                recordingFile.toString());

        List<RecordedEvent> events = RecordingFile.readAllEvents(recordingFile);
        Instant handlerCalled = events.stream().filter(e -> e.getEventType().getName().endsWith("HandlerCalled"))
                .findFirst().orElseThrow().getStartTime();
        List<Forced> forced = events.stream().filter(e -> e.getEventType().getName().equals("jdk.FileForce"))
                .sorted(Comparator.comparing(RecordedEvent::getStartTime))
                .map(e -> new Forced(e.getString("path"), e.getStartTime())).toList();
        assertThat(forced).allSatisfy(force -> assertThat(force.time()).isBefore(handlerCalled));
        List<String> relative = forced.stream().map(force -> relativeToTarget(target, force.path())).toList();
        assertThat(relative).contains("<staging>/vedtak.pdf", "<staging>/vedlegg/kart.png",
                "<staging>/vedlegg/skisse/a.txt", "<staging>/vedlegg/skisse", "<staging>/vedlegg", "<staging>",
                "<target>");
        assertThat(relative.lastIndexOf("<target>"))
                .as("the target directory is forced after the rename, so after the staging directory")
                .isGreaterThan(relative.indexOf("<staging>"));
        assertThat(svarInn.timeline()).containsSubsequence("download " + id(1), "MOTTATT " + id(1));
    }

    /** A forced path as {@code <target>}, or {@code <staging>/...} for the staging directory and what is in it. */
    private static String relativeToTarget(Path target, String forced) {
        Path absoluteTarget = target.toAbsolutePath();
        Path path = Path.of(forced);
        if (path.equals(absoluteTarget)) {
            return "<target>";
        }
        if (!path.startsWith(absoluteTarget)) {
            return forced;
        }
        String relative = absoluteTarget.relativize(path).toString().replace(File.separatorChar, '/');
        return STAGING.matcher(relative).replaceFirst("<staging>");
    }

    private void runInChildJvm(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfiks.secretscan.logFile=" + work.resolve("child-log.txt"),
                "-cp", System.getProperty("java.class.path"), Child.class.getName()));
        command.addAll(List.of(args));
        Path output = work.resolve("child-output.txt");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(output, StandardCharsets.UTF_8)).isZero();
    }

    /** The child JVM: receives everything offered while recording forces and the handler's calls. */
    public static final class Child {

        private Child() {
        }

        /**
         * Receives into a directory and writes the recording.
         *
         * @param args the SvarInn base URL, the PEM private key, the target directory, the recording file
         * @throws Exception if anything fails
         */
        public static void main(String[] args) throws Exception {
            try (Recording recording = new Recording();
                    SvarInnClient client = SvarInnClient.builder().baseUrl(args[0])
                            .mottakersystem(FakeSvarInn.MOTTAKERSYSTEM, Secret.of(FakeSvarInn.PASSORD))
                            .privateKey(KeyMaterial.fromPem(Path.of(args[1])))
                            .build()) {
                recording.enable("jdk.FileForce").withThreshold(Duration.ZERO);
                recording.enable(HandlerCalled.class);
                recording.start();
                ReceiveResult result = client.receive(Path.of(args[2]),
                        (forsendelse, files) -> new HandlerCalled().commit());
                recording.stop();
                if (result.hasFailures() || result.acknowledged().isEmpty()) {
                    throw new AssertionError("not received: " + result);
                }
                recording.dump(Path.of(args[3]));
            }
        }
    }
}
