package io.github.fiksclients.spring;

import io.github.fiksclients.auth.AuthenticationMode;
import java.util.Locale;
import java.util.Set;

/**
 * A Fiks service whose client module is on the classpath, as its API descriptors describe it.
 *
 * @param id the manifest's id, such as {@code tilgang} or {@code io-katalog}
 * @param name the service's name as KS names it
 * @param authentication every authentication mode one of its APIs accepts
 */
record FiksService(String id, String name, Set<AuthenticationMode> authentication) {

    /**
     * The name of the service's {@code FiksClient} bean.
     *
     * @return for example {@code tilgangFiksClient} or {@code ioKatalogFiksClient}
     */
    String beanName() {
        return beanName(id);
    }

    /**
     * The name of a service's {@code FiksClient} bean.
     *
     * @param id the manifest's id of the service
     * @return the id in camel case followed by {@code FiksClient}
     */
    static String beanName(String id) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : id.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.append("FiksClient").toString();
    }
}
