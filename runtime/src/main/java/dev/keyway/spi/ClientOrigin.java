package dev.keyway.spi;

import java.net.InetAddress;
import java.util.Objects;

/**
 * Where a call came from over the network, as the server's connection knows it: the client's
 * address (a proxy in front of the server is the client) and whether the connection is TLS. The
 * server's policies read them as {@code aws:SourceIp} and {@code aws:SecureTransport}.
 *
 * @param address the remote address of the connection
 * @param secureTransport whether the call came over TLS (HTTPS)
 */
public record ClientOrigin(InetAddress address, boolean secureTransport) {
  public ClientOrigin {
    Objects.requireNonNull(address, "address");
  }
}
