package io.github.fiksclients.cli;

import io.github.fiksclients.testkit.FiksSimulator;
import java.util.concurrent.CountDownLatch;

/** What {@code fiks simulator} does while its simulator runs: wait for Ctrl-C, or, in tests, use it and return. */
@FunctionalInterface
interface SimulatorWait {

    /** Waits until the process is stopped (Ctrl-C); a shutdown hook closes the simulator. */
    SimulatorWait UNTIL_STOPPED = simulator -> {
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "fiks-simulator-shutdown"));
        new CountDownLatch(1).await();
    };

    /**
     * Runs while the simulator serves; the simulator is closed when this returns.
     *
     * @param simulator the running simulator
     * @throws InterruptedException if the wait is interrupted
     */
    void await(FiksSimulator simulator) throws InterruptedException;
}
