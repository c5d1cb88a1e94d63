package org.custseg.engine.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Child-JVM probe: after {@link SideEffectGuard#apply()}, host names are resolved from a hosts file, never DNS. */
public final class HostLookupProbe {

    private HostLookupProbe() {
    }

    /** @param args unused */
    public static void main(final String[] args) {
        SideEffectGuard.apply();
        try {
            System.out.println("resolved " + InetAddress.getByName("segment-probe.example.com"));
        } catch (final UnknownHostException e) {
            System.out.println("unresolved: " + e.getMessage());
        }
        try {
            System.out.println("local " + InetAddress.getLocalHost());
        } catch (final UnknownHostException e) {
            System.out.println("local unresolved: " + e.getMessage());
        }
    }
}
