package dev.parallax.ingest.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The only name resolver the HTTP client uses: it resolves a host and hands back only the
 * addresses the {@link AddressPolicy} allows, so the connection goes to an address that was
 * checked, never to one a second DNS answer (rebinding) substituted after the check. A host with
 * no allowed address fails with {@link RefusedAddressException}.
 */
final class CheckedResolver implements DnsResolver {
    private final AddressPolicy policy;

    CheckedResolver(AddressPolicy policy) {
        this.policy = policy;
    }

    /** Thrown when every address of a host is refused by the policy. */
    static final class RefusedAddressException extends UnknownHostException {
        RefusedAddressException(String message) {
            super(message);
        }
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] all = InetAddress.getAllByName(strip(host));
        InetAddress[] allowed = Arrays.stream(all).filter(policy::allowsSomePort).toArray(InetAddress[]::new);
        if (allowed.length == 0) {
            throw refused(host, all);
        }
        return allowed;
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        InetAddress[] all = InetAddress.getAllByName(strip(host));
        List<InetSocketAddress> allowed = new ArrayList<>();
        for (InetAddress a : all) {
            if (policy.allows(a, port)) {
                allowed.add(new InetSocketAddress(a, port));
            }
        }
        if (allowed.isEmpty()) {
            throw refused(host + ":" + port, all);
        }
        return allowed;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return host; // never used for routing; no reverse lookups of hostile names
    }

    static RefusedAddressException refused(String host, InetAddress[] addresses) {
        return new RefusedAddressException("refused to connect to " + host + " at "
                + Arrays.stream(addresses).map(InetAddress::getHostAddress).toList()
                + ": not a public address (private, loopback, link-local or reserved)");
    }

    private static String strip(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
