package io.github.fiksclients.innsyn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.auth.PersonToken;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Clients scoped to different citizens, used at the same time from one {@link InnsynClient}. */
class CitizenIsolationTest {

    private static final int SEARCHES_EACH = 20;

    @RegisterExtension
    final InnsynServer server = new InnsynServer();

    @Test
    void twoCitizensSearchingAtOnceNeverSendEachOthersToken() throws Exception {
        server.answerWith(request -> InnsynServer.json(200, "{\"antallTreff\": 0, \"treff\": []}"));
        InnsynClient innsyn = server.client();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> searches = new ArrayList<>();
            for (String citizen : List.of("kari", "ola")) {
                InnsynPersonClient client = innsyn.forPerson(PersonToken.of("token-" + citizen));
                searches.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < SEARCHES_EACH; i++) {
                        client.search(InnsynSearch.of(citizen));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> search : searches) {
                search.get();
            }
        } finally {
            threads.shutdown();
        }

        for (int i = 0; i < 2 * SEARCHES_EACH; i++) {
            RecordedRequest request = server.takeRequest();
            String citizen = request.getUrl().queryParameter("term");
            InnsynServer.assertPersonMode(request, "token-" + citizen);
        }
    }
}
