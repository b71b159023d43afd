package dev.onramp.review.access;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** An IPv4 or IPv6 range, {@code 10.0.0.0/8}, or one address: the addresses it holds. */
record Cidr(BigInteger first, BigInteger last, boolean v6) {
  static Optional<Cidr> parse(String text) {
    String value = text.strip();
    int slash = value.indexOf('/');
    Optional<BigInteger> address = address(slash < 0 ? value : value.substring(0, slash));
    if (address.isEmpty()) {
      return Optional.empty();
    }
    boolean v6 = value.contains(":");
    int bits = v6 ? 128 : 32;
    int prefix;
    try {
      prefix = slash < 0 ? bits : Integer.parseInt(value.substring(slash + 1));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (prefix < 0 || prefix > bits) {
      return Optional.empty();
    }
    BigInteger size = BigInteger.ONE.shiftLeft(bits - prefix);
    BigInteger first = address.get().subtract(address.get().mod(size));
    return Optional.of(new Cidr(first, first.add(size).subtract(BigInteger.ONE), v6));
  }

  /** A literal address (never a host name) as a number. */
  static Optional<BigInteger> address(String text) {
    String value = text.strip();
    // Literal addresses only: anything else would send InetAddress to resolve a host name.
    boolean v4 = value.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    boolean v6 = value.contains(":") && value.matches("[0-9a-fA-F:.]+");
    if (!v4 && !v6) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigInteger(1, InetAddress.getByName(value).getAddress()));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  boolean contains(BigInteger address) {
    return address.compareTo(first) >= 0 && address.compareTo(last) <= 0;
  }

  /** The text of address {@code value} in this range's family; empty when out of its space. */
  Optional<String> text(BigInteger value) {
    int bytes = v6 ? 16 : 4;
    if (value.signum() < 0 || value.bitLength() > bytes * 8) {
      return Optional.empty();
    }
    byte[] raw = value.toByteArray();
    byte[] fixed = new byte[bytes];
    int copy = Math.min(raw.length, bytes);
    System.arraycopy(raw, raw.length - copy, fixed, bytes - copy, copy);
    try {
      return Optional.of(InetAddress.getByAddress(fixed).getHostAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
