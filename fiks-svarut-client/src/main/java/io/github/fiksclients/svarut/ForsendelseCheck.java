package io.github.fiksclients.svarut;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a forsendelse against SvarUt's documented rules before anything is sent, and collects every problem, so
 * that the caller fixes them all at once.
 */
final class ForsendelseCheck {

    /** Print takes less than this in all (SvarUt documents "under 350 MB"). */
    static final long PRINT_LIMIT_BYTES = 350L * 1000 * 1000;
    /** Norsk Helsenett takes one PDF of at most this. */
    static final long HELSENETT_LIMIT_BYTES = 18L * 1000 * 1000;

    private static final Pattern ORGANISASJONSNUMMER = Pattern.compile("\\d{9}");
    private static final Pattern FODSELSNUMMER = Pattern.compile("\\d{11}");
    private static final String FORBIDDEN_IN_FILNAVN = "*:\"\\/<>|?";
    private static final int MAX_FILNAVN = 226;

    private final List<String> problems = new ArrayList<>();

    private ForsendelseCheck() {
    }

    /**
     * Checks the forsendelse and the metadata that will be sent for it.
     *
     * @return the size of each document, in order; -1 where a streamed document declared none
     * @throws InvalidForsendelseException listing every problem found
     */
    static long[] check(Forsendelse forsendelse, io.github.fiksclients.svarut.send.v2.model.Forsendelse metadata) {
        ForsendelseCheck check = new ForsendelseCheck();
        long[] sizes = check.run(forsendelse, metadata);
        if (!check.problems.isEmpty()) {
            throw new InvalidForsendelseException(check.problems);
        }
        return sizes;
    }

    private long[] run(Forsendelse forsendelse, io.github.fiksclients.svarut.send.v2.model.Forsendelse metadata) {
        text("tittel", forsendelse.tittel(), 1000);
        mottaker("mottaker", forsendelse.mottaker());
        forsendelse.svarSendesTil().ifPresent(svar -> mottaker("svarSendesTil", svar));
        forsendelse.eksternReferanse().ifPresent(value -> text("eksternReferanse", value, 100));
        forsendelse.avgivendeSystem().ifPresent(value -> text("avgivendeSystem", value, 100));
        forsendelse.forsendelsestype().ifPresent(value -> text("forsendelsestype", value, 100));
        if (forsendelse.krevNiva4Innlogging() && !forsendelse.kryptert()) {
            problems.add("krevNiva4Innlogging needs kryptert: the documents must be encrypted");
        }
        List<Dokument> dokumenter = forsendelse.dokumenter();
        long[] sizes = new long[dokumenter.size()];
        Set<String> names = new HashSet<>();
        int signed = 0;
        for (int i = 0; i < dokumenter.size(); i++) {
            Dokument dokument = dokumenter.get(i);
            filnavn(dokument.filnavn(), names);
            sizes[i] = content(dokument);
            if (dokument.skalSigneres()) {
                signed++;
                if (!dokument.isPdf()) {
                    problems.add("Document " + dokument.filnavn() + " is to be signed but is not a PDF");
                }
            }
        }
        if (signed > 1) {
            problems.add(signed + " documents are to be signed; at most one may be");
        }
        matchesMetadata(dokumenter, metadata);
        if (!forsendelse.kunDigitalLevering()) {
            printLimits(dokumenter, sizes);
        }
        if (forsendelse.tilHelsenett()) {
            helsenettLimits(dokumenter, sizes);
        }
        return sizes;
    }

    private void text(String field, String value, int maxLength) {
        if (value.isBlank()) {
            problems.add(field + " is blank");
        } else if (value.length() > maxLength) {
            problems.add(field + " has " + value.length() + " characters; at most " + maxLength + " are allowed");
        }
    }

    private void mottaker(String field, Mottaker mottaker) {
        String id = mottaker.digitalId().strip();
        if (mottaker.type() == Mottaker.Type.ORGANISASJON) {
            if (!ORGANISASJONSNUMMER.matcher(id).matches()) {
                problems.add(field + ": an organisation needs an organisasjonsnummer of 9 digits (" + id.length()
                        + " characters given)");
            }
        } else if (!FODSELSNUMMER.matcher(id).matches()) {
            problems.add(field + ": a person needs a fødselsnummer of 11 digits (" + id.length() + " characters given)");
        }
        mottaker.navn().ifPresent(navn -> text(field + ".navn", navn, 1000));
    }

    private void filnavn(String filnavn, Set<String> names) {
        if (filnavn.isBlank()) {
            problems.add("A document has a blank filnavn");
            return;
        }
        if (filnavn.length() > MAX_FILNAVN) {
            problems.add("Document " + filnavn + ": filnavn has " + filnavn.length() + " characters; at most "
                    + MAX_FILNAVN + " are allowed");
        }
        for (char c : filnavn.toCharArray()) {
            if (FORBIDDEN_IN_FILNAVN.indexOf(c) >= 0 || Character.isISOControl(c)) {
                problems.add("Document " + filnavn + ": filnavn must not contain " + (Character.isISOControl(c)
                        ? "control characters" : "'" + c + "'") + " (none of * : \" \\ / < > | ? is allowed)");
                break;
            }
        }
        if (!names.add(filnavn.toLowerCase(Locale.ROOT))) {
            problems.add("Two documents are named " + filnavn + " (file names must differ, also in case)");
        }
    }

    /** Checks that the content can be read and is not empty; returns its size, or -1 if unknown. */
    private long content(Dokument dokument) {
        if (dokument.file().isPresent()) {
            Path file = dokument.file().get();
            if (!Files.exists(file)) {
                problems.add("Document " + dokument.filnavn() + ": file " + file + " does not exist");
                return 0;
            }
            if (!Files.isRegularFile(file)) {
                problems.add("Document " + dokument.filnavn() + ": " + file + " is not a regular file");
                return 0;
            }
            if (!Files.isReadable(file)) {
                problems.add("Document " + dokument.filnavn() + ": file " + file + " cannot be read");
                return 0;
            }
            try {
                long size = Files.size(file);
                if (size == 0) {
                    problems.add("Document " + dokument.filnavn() + ": file " + file + " is empty");
                }
                return size;
            } catch (IOException e) {
                problems.add("Document " + dokument.filnavn() + ": file " + file + " cannot be read (" + e + ")");
                return 0;
            }
        }
        try (InputStream in = dokument.stream().orElseThrow().open()) {
            if (in == null || in.read() < 0) {
                problems.add("Document " + dokument.filnavn() + ": its stream is empty");
            } else if (dokument.declaredSize().orElse(1) == 0) {
                problems.add("Document " + dokument.filnavn() + ": its declared size is 0 but its stream is not empty");
            }
        } catch (IOException | RuntimeException e) {
            problems.add("Document " + dokument.filnavn() + ": its stream cannot be opened or read (" + e + ")");
        }
        return dokument.declaredSize().orElse(-1);
    }

    private void matchesMetadata(List<Dokument> dokumenter,
            io.github.fiksclients.svarut.send.v2.model.Forsendelse metadata) {
        List<String> parts = dokumenter.stream().map(Dokument::filnavn).toList();
        List<String> described = metadata.getDokumenter() == null ? List.of() : metadata.getDokumenter().stream()
                .map(d -> d.getFilnavn()).toList();
        if (!parts.equals(described)) {
            problems.add("The metadata's dokumenter " + described + " do not match the documents sent " + parts
                    + " (same names, same order)");
        }
    }

    private void printLimits(List<Dokument> dokumenter, long[] sizes) {
        long total = 0;
        for (int i = 0; i < dokumenter.size(); i++) {
            Dokument dokument = dokumenter.get(i);
            if (!dokument.isPdf() && !dokument.skalEkskluderesFraUtskrift()) {
                problems.add("Document " + dokument.filnavn() + " is " + dokument.mimeType() + ", and print takes "
                        + "PDFs only: set kunDigitalLevering, or skalEkskluderesFraUtskrift on the document");
            }
            total += Math.max(0, sizes[i]);
        }
        if (total >= PRINT_LIMIT_BYTES) {
            problems.add("The documents take " + total + " bytes; a forsendelse that may be printed must stay under "
                    + PRINT_LIMIT_BYTES + " bytes (350 MB): set kunDigitalLevering to send more");
        }
    }

    private void helsenettLimits(List<Dokument> dokumenter, long[] sizes) {
        if (dokumenter.size() != 1) {
            problems.add("A forsendelse to Norsk Helsenett takes exactly one document, not " + dokumenter.size());
        }
        for (int i = 0; i < dokumenter.size(); i++) {
            Dokument dokument = dokumenter.get(i);
            if (!dokument.isPdf()) {
                problems.add("Document " + dokument.filnavn() + " is not a PDF, and Norsk Helsenett takes PDFs only");
            }
            if (sizes[i] > HELSENETT_LIMIT_BYTES) {
                problems.add("Document " + dokument.filnavn() + " takes " + sizes[i] + " bytes; Norsk Helsenett "
                        + "takes at most " + HELSENETT_LIMIT_BYTES + " bytes (18 MB)");
            }
        }
    }
}
