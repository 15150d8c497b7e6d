package dev.keyway.engine.server.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * A CIDR block of the {@code IpAddress} and {@code NotIpAddress} condition operators, as IAM reads
 * them: {@code 203.0.113.0/24}, {@code 2001:db8::/32}, or a single address (a {@code /32} or
 * {@code /128} block). IPv4 and IPv6 blocks each hold addresses of their own family only; an
 * IPv4-mapped IPv6 address ({@code ::ffff:10.1.2.3}) is the IPv4 address it carries, on either side.
 * Only literal addresses are read: host names are never resolved.
 */
final class IpRange {
  private static final int MAPPED_PREFIX_BITS = 96;

  private final byte[] network;
  private final int prefixLength;

  private IpRange(byte[] network, int prefixLength) {
    this.network = network;
    this.prefixLength = prefixLength;
  }

  /** @throws IllegalArgumentException naming what is wrong, when the text is no address or block */
  static IpRange parse(String text) {
    int slash = text.indexOf('/');
    String literal = slash < 0 ? text : text.substring(0, slash);
    byte[] address = address(literal);
    int bits = address.length * Byte.SIZE;
    if (slash < 0) {
      return new IpRange(address, bits);
    }
    String prefix = text.substring(slash + 1);
    if (prefix.isEmpty() || prefix.length() > 3 || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("has no valid prefix length after '/'");
    }
    int length = Integer.parseInt(prefix);
    boolean mapped = literal.indexOf(':') >= 0 && address.length == 4;
    if (mapped) {
      // ::ffff:10.0.0.0/104 is 10.0.0.0/8: the 96 bits of the mapping are not part of the IPv4 block.
      length -= MAPPED_PREFIX_BITS;
    }
    if (length < 0 || length > bits) {
      throw new IllegalArgumentException("has a prefix length outside " + (mapped ? "96..128" : "0.." + bits));
    }
    return new IpRange(address, length);
  }

  /**
   * The bytes of a literal address (4 for IPv4, an IPv4-mapped IPv6 address included; 16 for IPv6).
   *
   * @throws IllegalArgumentException when the text is not a literal address
   */
  static byte[] address(String text) {
    if (text.indexOf(':') >= 0) {
      // Only hex digits, colons and dots (no scope, no brackets), starting with no dot: InetAddress
      // then reads the text as an IPv6 literal and never looks it up as a host name.
      if (text.startsWith(".") || !text.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0)) {
        throw new IllegalArgumentException("is not an IP address");
      }
      try {
        return InetAddress.getByName(text).getAddress();
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("is not an IP address");
      }
    }
    return ipv4(text);
  }

  /** The bytes of an address the server knows, IPv4-mapped IPv6 addresses as IPv4. */
  static byte[] address(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length == 16 && isMapped(bytes)) {
      return Arrays.copyOfRange(bytes, 12, 16);
    }
    return bytes;
  }

  /** The address as policies compare it: IPv4-mapped IPv6 as IPv4, and without an IPv6 scope. */
  static String text(InetAddress address) {
    try {
      return InetAddress.getByAddress(address(address)).getHostAddress();
    } catch (UnknownHostException impossible) {
      throw new IllegalStateException("4 or 16 bytes are always an address", impossible);
    }
  }

  /** Whether the address is in this block: same family, and the first {@code prefixLength} bits equal. */
  boolean contains(byte[] address) {
    if (address.length != network.length) {
      return false;
    }
    int full = prefixLength / Byte.SIZE;
    for (int i = 0; i < full; i++) {
      if (address[i] != network[i]) {
        return false;
      }
    }
    int rest = prefixLength % Byte.SIZE;
    if (rest == 0) {
      return true;
    }
    int mask = (0xff << (Byte.SIZE - rest)) & 0xff;
    return (address[full] & mask) == (network[full] & mask);
  }

  /** Dotted decimal, four parts of 0 to 255: stricter than InetAddress, which also reads "10.1" or octal. */
  private static byte[] ipv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException("is not an IP address");
    }
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      String part = parts[i];
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new IllegalArgumentException("is not an IP address");
      }
      int value = Integer.parseInt(part);
      if (value > 255) {
        throw new IllegalArgumentException("is not an IP address");
      }
      bytes[i] = (byte) value;
    }
    return bytes;
  }

  private static boolean isMapped(byte[] bytes) {
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
  }
}
