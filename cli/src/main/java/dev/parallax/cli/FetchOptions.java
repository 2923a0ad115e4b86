package dev.parallax.cli;

import dev.parallax.ingest.fetch.AddressPolicy;
import dev.parallax.ingest.fetch.FetchSettings;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How the commands that fetch pages behave on the network: identity, politeness, safety. */
final class FetchOptions {
    @Option(names = "--contact", paramLabel = "URL",
            description = "Where site owners can reach you; sent in the User-Agent (Parallax/VERSION (+URL)).")
    String contact;

    @Option(names = "--host-delay-ms", paramLabel = "MS", defaultValue = "1000",
            description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}; robots.txt Crawl-delay may raise it).")
    long hostDelayMs;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
            description = "Pages fetched at once, across hosts (default: ${DEFAULT-VALUE}; at most 2 per host).")
    int parallel;

    @Option(names = "--allow-private-addresses",
            description = "Allow fetching from private, loopback and link-local addresses (an intranet; never for feeds you do not control).")
    boolean allowPrivate;

    FetchSettings settings(long maxBytes) {
        FetchSettings s = FetchSettings.defaults(contact).withMaxBytes(maxBytes)
                .withHostLimits(Duration.ofMillis(Math.max(0, hostDelayMs)), 2);
        return allowPrivate ? s.withAddresses(new AddressPolicy(true, java.util.Set.of())) : s;
    }
}
