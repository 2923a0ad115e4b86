package dev.parallax.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Set;

/**
 * Which network addresses Parallax may connect to. A feed, a sitemap or a redirect is hostile
 * input: it may point at the machine itself, the local network or a cloud metadata service. By
 * default only public unicast addresses are allowed; refused are loopback, private (RFC 1918,
 * IPv6 unique-local), link-local (including 169.254.169.254), carrier-grade NAT (100.64/10),
 * multicast, unspecified, broadcast, "this network" (0/8), the IETF protocol block (192.0.0/24),
 * benchmarking (198.18/15), reserved (240/4) and documentation ranges, site-local IPv6, and the
 * IPv6 forms that embed an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64 64:ff9b::/96,
 * 6to4 2002::/16), which are judged by the IPv4 address they carry.
 *
 * @param allowNonPublic allow every address (a crawler inside an intranet; tests)
 * @param allowed exact socket addresses allowed although not public (a test server on loopback)
 */
public record AddressPolicy(boolean allowNonPublic, Set<InetSocketAddress> allowed) {
    public AddressPolicy {
        allowed = Set.copyOf(allowed);
    }

    /** Public addresses only. */
    public static AddressPolicy publicOnly() {
        return new AddressPolicy(false, Set.of());
    }

    /** Public addresses and exactly these others (address and port). */
    public static AddressPolicy publicAnd(InetSocketAddress... exceptions) {
        return new AddressPolicy(false, Set.of(exceptions));
    }

    /** Whether a connection to {@code address} on {@code port} is allowed. */
    public boolean allows(InetAddress address, int port) {
        return allowNonPublic || isPublic(address) || allowed.contains(new InetSocketAddress(address, port));
    }

    /** Whether {@code address} is allowed on some port (the check when the port is not known). */
    public boolean allowsSomePort(InetAddress address) {
        return allowNonPublic || isPublic(address) || allowed.stream().anyMatch(a -> a.getAddress().equals(address));
    }

    /** Whether {@code address} is a public unicast address. */
    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            return isPublicV6(b);
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        return !(a0 == 0 || a0 == 10 || a0 == 127 || a0 >= 224
                || (a0 == 100 && (a1 & 0xc0) == 64)
                || (a0 == 169 && a1 == 254)
                || (a0 == 172 && (a1 & 0xf0) == 16)
                || (a0 == 192 && a1 == 168)
                || (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2))
                || (a0 == 198 && (a1 & 0xfe) == 18)
                || (a0 == 198 && a1 == 51 && a2 == 100)
                || (a0 == 203 && a1 == 0 && a2 == 113));
    }

    private static boolean isPublicV6(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc || (b[0] & 0xff) == 0xff) {
            return false; // unique-local fc00::/7, multicast ff00::/8
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80 || (b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return false; // link-local fe80::/10, site-local fec0::/10
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return false; // documentation 2001:db8::/32
        }
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        if (firstTenZero && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
            return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]}) && !allZero(b); // mapped or compatible
        }
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // NAT64 64:ff9b::/96
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return isPublicV4(new byte[] {b[2], b[3], b[4], b[5]}); // 6to4 2002::/16
        }
        return true;
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
