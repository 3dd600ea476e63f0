package io.github.fiksclients.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes every request of the simulator's HTTP server: applies a queued fault, finds the endpoint by method
 * and path, and turns refusals into Fiks error bodies. Logs method, path and status only, never headers or bodies.
 */
final class SimulatorRouter implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FiksSimulator.class);

    private final List<Route> routes = new ArrayList<>();
    private final FaultInjector faults;

    SimulatorRouter(FaultInjector faults) {
        this.faults = faults;
    }

    /** Adds a route; {@code pathRegex} must match the whole decoded path, groups become path parameters. */
    SimulatorRouter route(String method, String pathRegex, Endpoint endpoint) {
        routes.add(new Route(method, Pattern.compile(pathRegex), endpoint));
        return this;
    }

    @Override
    public void handle(HttpExchange http) throws IOException {
        SimulatorExchange exchange = new SimulatorExchange(http);
        String method = exchange.method();
        String path = exchange.path();
        try {
            Optional<FaultRule> fault = faults.take(method, path);
            if (fault.isEmpty() || !applyFault(fault.get(), exchange)) {
                dispatch(exchange, method, path);
            }
        } catch (ConnectionDrop drop) {
            LOG.debug("{} {} -> connection dropped ({})", method, path, drop.getMessage());
            throw drop;
        } catch (ApiException refused) {
            respondOrDrop(exchange, refused);
        } catch (IOException failure) {
            LOG.debug("{} {} -> I/O failure ({})", method, path, failure.toString());
            respondOrDrop(exchange, internalError(failure));
        } catch (RuntimeException failure) {
            LOG.warn("{} {} failed in the simulator", method, path, failure);
            respondOrDrop(exchange, internalError(failure));
        }
        exchange.close();
    }

    private void dispatch(SimulatorExchange exchange, String method, String path) throws IOException {
        boolean pathKnown = false;
        for (Route route : routes) {
            Matcher match = route.path.matcher(path);
            if (!match.matches()) {
                continue;
            }
            pathKnown = true;
            if (route.method.equals(method)) {
                exchange.pathMatch(match);
                route.endpoint.handle(exchange);
                LOG.debug("{} {} -> answered", method, path);
                return;
            }
        }
        if (pathKnown) {
            throw new ApiException(405, SimulatorErrorCodes.METHOD_NOT_ALLOWED, method + " is not allowed on " + path);
        }
        throw ApiException.notFound("The Fiks simulator has no endpoint " + path);
    }

    /** Applies the fault; returns whether the request has been answered (otherwise it goes on normally). */
    private static boolean applyFault(FaultRule rule, SimulatorExchange exchange) throws IOException {
        LOG.debug("{} {} -> applying {}", exchange.method(), exchange.path(), rule);
        if (rule.delay() != null) {
            sleep(rule.delay());
        }
        if (rule.dropConnection()) {
            throw new ConnectionDrop("fault rule");
        }
        if (rule.status() == null) {
            return false;
        }
        if (rule.retryAfter() != null) {
            exchange.setHeader("Retry-After", Long.toString(rule.retryAfter().toSeconds()));
        }
        exchange.respondError(rule.status(), SimulatorErrorCodes.SIMULATED_FAULT,
                "Fault injected by the Fiks simulator: " + rule, null);
        return true;
    }

    private static void sleep(Duration delay) throws IOException {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionDrop("interrupted while delaying");
        }
    }

    private static ApiException internalError(Exception failure) {
        return new ApiException(500, SimulatorErrorCodes.INTERNAL_ERROR,
                "The Fiks simulator failed: " + failure.getClass().getSimpleName());
    }

    private static void respondOrDrop(SimulatorExchange exchange, ApiException error) throws IOException {
        LOG.debug("{} {} -> {} {}", exchange.method(), exchange.path(), error.status(), error.errorCode());
        if (exchange.responded()) {
            throw new ConnectionDrop("failed after the response had started");
        }
        exchange.respondError(error);
    }

    private static final class Route {
        private final String method;
        private final Pattern path;
        private final Endpoint endpoint;

        private Route(String method, Pattern path, Endpoint endpoint) {
            this.method = method;
            this.path = path;
            this.endpoint = endpoint;
        }
    }
}
