package io.github.fiksclients.innsyn;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who may see an indexed message: a person by fødselsnummer, an organisation by organisasjonsnummer, the owners of
 * a cadastral unit by matrikkelnummer, or everyone ({@link IdentifikatorType#OFFENTLIG}).
 *
 * <p>Use the factories, such as {@link #fodselsnummer(String)}; the constructor checks the value's form.
 * {@link #toString()} hides a fødselsnummer.
 *
 * @param identifikatorType what kind of identifier {@code verdi} is
 * @param verdi the identifier
 */
public record EksponertFor(IdentifikatorType identifikatorType, String verdi) {

    private static final Pattern FODSELSNUMMER = Pattern.compile("\\d{11}");
    private static final Pattern ORGANISASJONSNUMMER = Pattern.compile("\\d{9}");
    private static final Pattern MATRIKKELNUMMER = Pattern.compile("\\d{4}-\\d+/\\d+/\\d+/\\d+");

    /**
     * Checks that the value has the form its type requires.
     *
     * @param identifikatorType what kind of identifier {@code verdi} is
     * @param verdi 11 digits for a fødselsnummer, 9 for an organisasjonsnummer,
     *     {@code <kommunenr>-<gardsnr>/<bruksnr>/<festenr>/<seksjonsnr>} for a matrikkelnummer, not blank otherwise
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code verdi} does not have that form
     */
    public EksponertFor {
        Objects.requireNonNull(identifikatorType, "identifikatorType");
        Objects.requireNonNull(verdi, "verdi");
        Pattern form = switch (identifikatorType) {
            case FODSELSNUMMER -> FODSELSNUMMER;
            case ORGANISASJONSNUMMER -> ORGANISASJONSNUMMER;
            case MATRIKKELNUMMER -> MATRIKKELNUMMER;
            case OFFENTLIG -> null;
        };
        if (form == null ? verdi.isBlank() : !form.matcher(verdi).matches()) {
            throw new IllegalArgumentException("Not a valid " + identifikatorType + ": " + shown(identifikatorType, verdi)
                    + " (" + identifikatorType.form + ")");
        }
    }

    /**
     * Exposes a message to the person with this fødselsnummer (or D-nummer).
     *
     * @param fodselsnummer 11 digits
     * @return the exposure
     * @throws IllegalArgumentException if it is not 11 digits
     */
    public static EksponertFor fodselsnummer(String fodselsnummer) {
        return new EksponertFor(IdentifikatorType.FODSELSNUMMER, fodselsnummer);
    }

    /**
     * Exposes a message to the organisation with this organisasjonsnummer.
     *
     * @param organisasjonsnummer 9 digits
     * @return the exposure
     * @throws IllegalArgumentException if it is not 9 digits
     */
    public static EksponertFor organisasjonsnummer(String organisasjonsnummer) {
        return new EksponertFor(IdentifikatorType.ORGANISASJONSNUMMER, organisasjonsnummer);
    }

    /**
     * Exposes a message to the owners of the cadastral unit with this matrikkelnummer.
     *
     * @param matrikkelnummer {@code <kommunenr>-<gardsnr>/<bruksnr>/<festenr>/<seksjonsnr>}, such as
     *     {@code 4601-12/34/0/0}
     * @return the exposure
     * @throws IllegalArgumentException if it does not have that form
     */
    public static EksponertFor matrikkelnummer(String matrikkelnummer) {
        return new EksponertFor(IdentifikatorType.MATRIKKELNUMMER, matrikkelnummer);
    }

    /**
     * Shows the type and the value, with a fødselsnummer hidden but for its last two digits.
     *
     * @return a description free of fødselsnumre
     */
    @Override
    public String toString() {
        return "EksponertFor{" + identifikatorType + " " + shown(identifikatorType, verdi) + "}";
    }

    private static String shown(IdentifikatorType type, String verdi) {
        if (type != IdentifikatorType.FODSELSNUMMER) {
            return "'" + verdi + "'";
        }
        return verdi.length() <= 2 ? "'**'" : "'*********" + verdi.substring(verdi.length() - 2) + "'";
    }

    /** The kinds of identifier a message can be exposed to; the names are those on the wire. */
    public enum IdentifikatorType {

        /** A 9-digit organisation number. */
        ORGANISASJONSNUMMER("9 digits"),

        /** An 11-digit national identity number (fødselsnummer or D-nummer). */
        FODSELSNUMMER("11 digits"),

        /** A cadastral number. */
        MATRIKKELNUMMER("<kommunenr>-<gardsnr>/<bruksnr>/<festenr>/<seksjonsnr>"),

        /** Public: visible to everyone. */
        OFFENTLIG("not blank");

        private final String form;

        IdentifikatorType(String form) {
            this.form = form;
        }
    }
}
