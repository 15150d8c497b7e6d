package dev.keyway.engine.server.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Where a request came from, as the server's connection knows it: the client's address (the
 * {@code aws:SourceIp} of policies) and whether the connection is TLS ({@code aws:SecureTransport}).
 *
 * @param sourceIp the remote address of the connection
 * @param secureTransport whether the request came over TLS
 */
public record RequestOrigin(InetAddress sourceIp, boolean secureTransport) {
  public RequestOrigin {
    Objects.requireNonNull(sourceIp, "sourceIp");
  }

  /** The address as policies compare it: IPv4-mapped IPv6 as IPv4, and without an IPv6 scope. */
  String sourceIpText() {
    try {
      return InetAddress.getByAddress(IpRange.address(sourceIp)).getHostAddress();
    } catch (UnknownHostException impossible) {
      throw new IllegalStateException("4 or 16 bytes are always an address", impossible);
    }
  }
}
