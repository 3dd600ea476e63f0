package io.github.fiksclients.innsyn;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The hits of a search, fetched page by page with {@code fra} and {@code antall} only as they are consumed.
 *
 * <p>Paging ends at an empty page, once {@code fra} reaches the reported {@code antallTreff}, or, when Innsyn
 * reports no total, after a page shorter than asked for. Memory holds one page.
 *
 * @param <H> the hit type
 */
final class HitPages<H> implements Iterator<H> {

    /** Innsyn's default page size, used when the search does not set {@code antall}. */
    static final int DEFAULT_PAGE_SIZE = 50;

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
     * @param treff the page's hits, or {@code null}
     * @param <H> the hit type
     */
    record Page<H>(Long antallTreff, List<H> treff) {
    }

    private final PageFetcher<H> fetcher;
    private final int antall;
    private int fra;
    private Iterator<H> page = List.<H>of().iterator();
    private boolean last;

    private HitPages(PageFetcher<H> fetcher, int fra, int antall) {
        this.fetcher = fetcher;
        this.fra = fra;
        this.antall = antall;
    }

    /**
     * Streams every hit from a position on; nothing is fetched until the stream is consumed.
     *
     * @param fetcher runs the search for one page
     * @param search the search, whose {@code fra} is the first position and {@code antall} the page size
     * @param <H> the hit type
     * @return the hits, in Innsyn's order
     */
    static <H> Stream<H> stream(PageFetcher<H> fetcher, InnsynSearch search) {
        HitPages<H> pages = new HitPages<>(fetcher, search.fra().orElse(0), search.antall().orElse(DEFAULT_PAGE_SIZE));
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false);
    }

    @Override
    public boolean hasNext() {
        while (!page.hasNext() && !last) {
            Page<H> next = fetcher.fetch(fra, antall);
            List<H> treff = next.treff() == null ? List.of() : next.treff();
            fra += treff.size();
            last = treff.isEmpty()
                    || (next.antallTreff() != null ? fra >= next.antallTreff() : treff.size() < antall);
            page = treff.iterator();
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
}
