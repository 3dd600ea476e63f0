package io.github.fiksclients.innsyn;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hits of a search, fetched page by page with {@code fra} and {@code antall} only as they are consumed.
 *
 * <p>Paging ends at an empty page, once {@code fra} reaches the reported {@code antallTreff}, or, when Innsyn
 * reports no total, after a page shorter than asked for. It also always ends when Innsyn misbehaves: when a page says
 * it starts at a {@code fra} other than the one asked for ({@code fra} did not advance), when every hit of a page was
 * already seen, and after a page limit. A hit seen before, as when new meldinger shift the pages while they are read,
 * is not given again. Why paging ended is logged: at DEBUG for the normal ends, at WARN for the others. Memory holds
 * one page and the ids of the hits seen.
 *
 * @param <H> the hit type
 */
final class HitPages<H> implements Iterator<H> {

    /** Innsyn's default page size, used when the search does not set {@code antall}. */
    static final int DEFAULT_PAGE_SIZE = 50;

    private static final Logger LOG = LoggerFactory.getLogger(InnsynPersonClient.class);

    /** Fetches one page of a search. */
    @FunctionalInterface
    interface PageFetcher<H> {

        /**
         * Runs the search for one page.
         *
         * @param fra the position of the first hit
         * @param antall the most hits to return
         * @return the page
         */
        Page<H> fetch(int fra, int antall);
    }

    /**
     * One page of hits.
     *
     * @param antallTreff the total number of hits Innsyn reported, or {@code null}
     * @param forespurtFra the {@code fra} Innsyn says the page starts at, or {@code null}
     * @param treff the page's hits, or {@code null}
     * @param <H> the hit type
     */
    record Page<H>(Long antallTreff, Integer forespurtFra, List<H> treff) {
    }

    private final PageFetcher<H> fetcher;
    private final Function<H, Object> id;
    private final int antall;
    private final int maxPages;
    private final Set<Object> seen = new HashSet<>();
    private int fra;
    private int pages;
    private long given;
    private Iterator<H> page = List.<H>of().iterator();
    private boolean last;

    private HitPages(PageFetcher<H> fetcher, Function<H, Object> id, int fra, int antall, int maxPages) {
        this.fetcher = fetcher;
        this.id = id;
        this.fra = fra;
        this.antall = antall;
        this.maxPages = maxPages;
    }

    /**
     * Streams every hit from a position on; nothing is fetched until the stream is consumed.
     *
     * @param fetcher runs the search for one page
     * @param id a hit's identity, such as its {@code dokumentId}, or {@code null} for a hit without one
     * @param search the search, whose {@code fra} is the first position and {@code antall} the page size
     * @param maxPages the most pages to fetch
     * @param <H> the hit type
     * @return the hits, in Innsyn's order
     */
    static <H> Stream<H> stream(PageFetcher<H> fetcher, Function<H, Object> id, InnsynSearch search, int maxPages) {
        HitPages<H> pages = new HitPages<>(fetcher, id, search.fra().orElse(0),
                search.antall().orElse(DEFAULT_PAGE_SIZE), maxPages);
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false);
    }

    @Override
    public boolean hasNext() {
        while (!page.hasNext() && !last) {
            fetchPage();
        }
        return page.hasNext();
    }

    @Override
    public H next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.next();
    }

    private void fetchPage() {
        Page<H> next = fetcher.fetch(fra, antall);
        pages++;
        List<H> treff = next.treff() == null ? List.of() : next.treff();
        if (treff.isEmpty()) {
            end(false, "an empty page at fra " + fra);
            return;
        }
        if (next.forespurtFra() != null && next.forespurtFra() != fra) {
            end(true, "Innsyn answered fra " + next.forespurtFra() + " when asked for fra " + fra);
            return;
        }
        List<H> fresh = treff.stream().filter(hit -> {
            Object identity = id.apply(hit);
            return identity == null || seen.add(identity);
        }).toList();
        if (fresh.isEmpty()) {
            end(true, "every hit of the page at fra " + fra + " was seen before");
            return;
        }
        fra += treff.size();
        given += fresh.size();
        page = fresh.iterator();
        if (next.antallTreff() != null ? fra >= next.antallTreff() : treff.size() < antall) {
            end(false, next.antallTreff() != null ? "fra reached antallTreff " + next.antallTreff()
                    : "a page shorter than antall " + antall);
        } else if (pages >= maxPages) {
            end(true, "stopped at the page limit of " + maxPages + " pages; more hits may exist (raise "
                    + "InnsynClient.Builder.maxPages)");
        }
    }

    private void end(boolean early, String why) {
        last = true;
        String message = "Innsyn search paging ended after {} pages and {} hits: {}";
        if (early) {
            LOG.warn(message, pages, given, why);
        } else {
            LOG.debug(message, pages, given, why);
        }
    }
}
