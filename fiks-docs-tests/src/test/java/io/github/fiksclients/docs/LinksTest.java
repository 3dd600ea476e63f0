package io.github.fiksclients.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of the documentation leads somewhere: to a file or directory of the repository and, with a
 * {@code #fragment}, to a heading of that Markdown file (as GitHub makes its anchors).
 */
class LinksTest {

    private final Map<Path, Set<String>> anchors = new HashMap<>();

    @Test
    void everyRelativeLinkResolvesToAFileAndItsAnchor() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path file : Markdown.documentation()) {
            Markdown markdown = Markdown.read(file);
            for (Markdown.Link link : markdown.links()) {
                String target = link.target();
                if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue;   // https:, mailto: ...: not ours to check offline
                }
                checked++;
                int hash = target.indexOf('#');
                String path = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
                String fragment = hash < 0 ? null : target.substring(hash + 1);
                Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                String where = markdown.name() + ":" + link.line() + ": (" + target + ")";
                if (!resolved.startsWith(Markdown.ROOT) || !Files.exists(resolved)) {
                    problems.add(where + " leads to no file");
                } else if (fragment != null && !anchorsOf(resolved).contains(fragment)) {
                    problems.add(where + ": " + Markdown.ROOT.relativize(resolved) + " has no heading #" + fragment
                            + "; its anchors: " + anchorsOf(resolved));
                }
            }
        }
        assertThat(checked).as("relative links checked").isGreaterThan(20);
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void anchorsAreMadeAsGitHubMakesThem() {
        assertThat(Markdown.slug("The `fiks` command-line tool")).isEqualTo("the-fiks-command-line-tool");
        assertThat(Markdown.slug("Failures, and permanent failures")).isEqualTo("failures-and-permanent-failures");
        assertThat(Markdown.slug("Integrasjon-person (a citizen's ID-porten token)"))
                .isEqualTo("integrasjon-person-a-citizens-id-porten-token");
        assertThat(Markdown.slug("What `receive` does")).isEqualTo("what-receive-does");
        assertThat(Markdown.slug("Søknad og vedtak")).isEqualTo("søknad-og-vedtak");
    }

    private Set<String> anchorsOf(Path file) {
        return anchors.computeIfAbsent(file, f -> f.toString().endsWith(".md") ? Markdown.read(f).anchors() : Set.of());
    }
}
