package io.github.fiksclients.svarinn;

import static io.github.fiksclients.svarinn.TestForsendelse.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.svarinn.receive.TestRecipient;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What a receive does to its target directory: sweeps crash leftovers, sets permissions, keeps others out. */
class ReceiveTargetDirectoryTest {

    private static TestRecipient recipient;

    @RegisterExtension
    final FakeSvarInn svarInn = new FakeSvarInn(SvarInnApiVersion.V2);

    @TempDir
    Path work;

    @BeforeAll
    static void makeKey() {
        recipient = TestRecipient.generate();
    }

    private ReceiveResult receive(Path target, SvarInnClient.Builder builder) {
        try (SvarInnClient client = builder.build()) {
            return client.receive(target, (forsendelse, files) -> { });
        }
    }

    private SvarInnClient.Builder client() {
        return svarInn.client(KeyMaterial.of(recipient.privateKey()));
    }

    @Test
    void deletesTheLeftoversOfACrashedReceiveAndNothingElse() throws IOException {
        Path target = Files.createDirectories(work.resolve("innkommende"));
        Path partial = Files.createDirectories(target.resolve("." + id(7) + ".partial-1234567890/vedlegg"));
        Files.writeString(partial.resolve("halv.pdf"), "halvferdig");
        Path replaced = Files.createDirectories(target.resolve("." + id(8) + ".replaced-"
                + "3f2c0a9e-1b2d-4c3e-8f40-5a6b7c8d9e0f"));
        Files.writeString(replaced.resolve("gammel.pdf"), "gammel");
        Path received = Files.createDirectories(target.resolve(id(9)));
        Path ownHidden = Files.createDirectories(target.resolve(".arkivets-egen"));
        Path fileNamedLikeALeftover = Files.writeString(target.resolve("." + id(6) + ".partial-1"), "en fil");

        ReceiveResult result = receive(target, client());

        assertThat(result.failures()).isEmpty();
        assertThat(target.resolve("." + id(7) + ".partial-1234567890")).doesNotExist();
        assertThat(replaced).doesNotExist();
        assertThat(received).isDirectory();
        assertThat(ownHidden).isDirectory();
        assertThat(fileNamedLikeALeftover).isRegularFile();
    }

    @Test
    void directoriesAndFilesAreTheOwnersOnlyByDefault() throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        svarInn.offer(TestForsendelse.of(id(1), recipient.certificate(), "vedtak.pdf", "%PDF", "vedlegg/kart.png",
                "PNG"));
        Path target = work.resolve("ny/innkommende");

        receive(target, client());

        for (Path directory : List.of(work.resolve("ny"), target, target.resolve(id(1)),
                target.resolve(id(1) + "/vedlegg"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)))
                    .as(directory.toString()).isEqualTo("rwx------");
        }
        for (Path file : List.of(target.resolve(id(1) + "/vedtak.pdf"), target.resolve(id(1) + "/vedlegg/kart.png"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .as(file.toString()).isEqualTo("rw-------");
        }
    }

    @Test
    void directoryPermissionsAreAnOptionSetExactly() throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        svarInn.offer(TestForsendelse.of(id(1), recipient.certificate(), "vedtak.pdf", "%PDF", "vedlegg/kart.png",
                "PNG"));
        Path target = work.resolve("innkommende");

        receive(target, client().directoryPermissions(PosixFilePermissions.fromString("rwxr-x---")));

        try (Stream<Path> tree = Files.walk(target.resolve(id(1)))) {
            assertThat(tree).allSatisfy(path -> assertThat(PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(path))).as(path.toString())
                    .isEqualTo(Files.isDirectory(path) ? "rwxr-x---" : "rw-r-----"));
        }
    }

    @Test
    void aSecondReceiveIntoTheSameDirectoryIsRefusedWhileTheFirstRuns() throws IOException {
        Path target = Files.createDirectories(work.resolve("innkommende"));
        svarInn.offer(TestForsendelse.of(id(1), recipient.certificate(), "vedtak.pdf", "%PDF"));

        try (FileChannel channel = FileChannel.open(target.resolve(".fiks-svarinn.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            assertThatThrownBy(() -> receive(target, client()))
                    .isInstanceOf(SvarInnException.class)
                    .hasMessageContaining("Another receive is running in " + target);
        }
        assertThat(svarInn.timeline()).isEmpty();

        assertThat(receive(target, client()).acknowledged()).containsExactly(id(1));
    }
}
