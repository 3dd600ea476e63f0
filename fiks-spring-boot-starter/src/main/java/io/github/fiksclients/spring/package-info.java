/**
 * The Spring Boot starter of the Fiks clients: {@code fiks.*} properties ({@link io.github.fiksclients.spring.FiksProperties})
 * configure the Maskinporten token provider, a {@code FiksClient} per configured service on the classpath, the
 * SvarInn, Innsyn and SvarUt facades, {@link io.github.fiksclients.spring.FiksApis} for any generated API, Micrometer
 * observations and the hiding of secrets from actuator. See {@code docs/spring-boot.md}.
 */
package io.github.fiksclients.spring;
