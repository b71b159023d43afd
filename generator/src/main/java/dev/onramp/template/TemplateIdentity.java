package dev.onramp.template;

import java.nio.charset.StandardCharsets;

/**
 * The SHA-256 a template carries of itself, in its canonical form: a template cannot contain the
 * hash of its own bytes, so it carries the hash of its bytes with that one value written as 64
 * zeros ({@link #BLANK}). The compiler writes {@link #BLANK} where the value goes (the callback's
 * {@code TemplateSha256}); each rendering, YAML and JSON, is then stamped with the hash of itself.
 *
 * <p>Anyone holding the template's bytes and the value can check it: replace every occurrence of
 * the value with 64 zeros and hash; the result is the value ({@link #verifies}). A template
 * rendered from the model without stamping (a CDK construct synthesizes its own) still carries the
 * 64 zeros.
 */
public final class TemplateIdentity {
  /** Where the identity goes, before stamping: 64 zeros, a SHA-256's length in hex. */
  public static final String BLANK = "0".repeat(64);

  private TemplateIdentity() {}

  /**
   * {@code rendered} with every {@link #BLANK} replaced by the SHA-256 of {@code rendered} as it is
   * (UTF-8); unchanged when it holds none.
   */
  public static String stamp(String rendered) {
    if (!rendered.contains(BLANK)) {
      return rendered;
    }
    return rendered.replace(
        BLANK, ContentHash.sha256Hex(rendered.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Whether {@code template} (a published object's bytes) carries {@code sha256} as its identity:
   * it holds the value, and with every occurrence blanked it hashes to the value.
   */
  public static boolean verifies(byte[] template, String sha256) {
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}") || sha256.equals(BLANK)) {
      return false;
    }
    String text = new String(template, StandardCharsets.UTF_8);
    if (!text.contains(sha256)) {
      return false;
    }
    String canonical = text.replace(sha256, BLANK);
    return ContentHash.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)).equals(sha256);
  }
}
