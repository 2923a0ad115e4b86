package dev.parallax.cli;

import dev.parallax.ingest.fetch.AddressPolicy;
import dev.parallax.ingest.fetch.FetchSettings;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
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

    @Option(names = "--allow-address", paramLabel = "HOST:PORT", converter = SocketAddressConverter.class,
            description = "Allow this one non-public address and port (repeatable), e.g. a feed served on this machine.")
    List<InetSocketAddress> allowed = new ArrayList<>();

    FetchSettings settings(long maxBytes) {
        FetchSettings s = FetchSettings.defaults(contact).withMaxBytes(maxBytes)
                .withHostLimits(Duration.ofMillis(Math.max(0, hostDelayMs)), 2);
        return s.withAddresses(new AddressPolicy(allowPrivate, Set.copyOf(allowed)));
    }

    /** {@code HOST:PORT} or {@code [IPv6]:PORT}, resolved once when the command starts. */
    static final class SocketAddressConverter implements CommandLine.ITypeConverter<InetSocketAddress> {
        @Override
        public InetSocketAddress convert(String value) throws UnknownHostException {
            int colon = value.lastIndexOf(':');
            if (colon <= 0 || colon == value.length() - 1) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not HOST:PORT");
            }
            String host = value.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            int port;
            try {
                port = Integer.parseInt(value.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "': the port is not a number");
            }
            if (port < 1 || port > 65535) {
                throw new CommandLine.TypeConversionException("'" + value + "': the port must be 1 to 65535");
            }
            return new InetSocketAddress(InetAddress.getByName(host), port);
        }
    }
}
