package dev.onramp.link;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding of a query component: the unreserved characters ({@code A-Z a-z 0-9 - .
 * _ ~}) are kept, every other byte of the UTF-8 encoding becomes {@code %XX} in upper case. Unlike
 * {@link java.net.URLEncoder} a space is {@code %20}, never {@code +}, and {@code ~} is kept.
 */
public final class PercentEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  public static String encode(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    encodeTo(out, text);
    return out.toString();
  }

  public static void encodeTo(StringBuilder out, String text) {
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (c < 0x80) {
        // ASCII, nearly every character of a URL: no byte array, no allocation.
        if (unreserved(c)) {
          out.append(c);
        } else {
          appendByte(out, c);
        }
        i++;
      } else {
        int codePoint = text.codePointAt(i);
        int count = Character.charCount(codePoint);
        for (byte b : text.substring(i, i + count).getBytes(StandardCharsets.UTF_8)) {
          appendByte(out, b & 0xff);
        }
        i += count;
      }
    }
  }

  private static void appendByte(StringBuilder out, int b) {
    out.append('%').append(HEX[b >>> 4]).append(HEX[b & 0x0f]);
  }

  private static boolean unreserved(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
