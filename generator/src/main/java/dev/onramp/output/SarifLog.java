package dev.onramp.output;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the SARIF 2.1.0 logs share, the validation report's and the policy review's: the schema, how
 * a file becomes an {@code artifactLocation} and how a constant becomes a rule name.
 */
public final class SarifLog {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** The base a relative path is resolved against: the checkout root on GitHub. */
  public static final String SOURCE_ROOT = "%SRCROOT%";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SarifLog() {}

  /**
   * The {@code artifactLocation} of {@code file}: an absolute path as a {@code file://} URI, a
   * relative one as a URI relative to {@value #SOURCE_ROOT}.
   */
  public static ObjectNode artifactLocation(String file) {
    ObjectNode artifact = NODES.objectNode();
    String path = ReportText.forwardSlashes(file);
    if (isAbsolute(path)) {
      artifact.put("uri", "file://" + (path.startsWith("/") ? "" : "/") + encode(path));
    } else {
      artifact.put("uri", encode(path));
      artifact.put("uriBaseId", SOURCE_ROOT);
    }
    return artifact;
  }

  private static boolean isAbsolute(String file) {
    return file.startsWith("/") || file.matches("[A-Za-z]:/.*");
  }

  /**
   * Percent-encodes what may not stand in a URI path. A colon is encoded too, so that a relative
   * path such as {@code a:b.yaml} cannot be read as a scheme; a drive letter's is kept.
   */
  public static String encode(String path) {
    StringBuilder uri = new StringBuilder();
    byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      boolean driveColon = b == ':' && i == 1 && isAbsolute(path);
      if (isUnreserved(b) || "/!$&'()*+,;=@".indexOf(b) >= 0 || driveColon) {
        uri.append((char) b);
      } else {
        uri.append('%').append(String.format(Locale.ROOT, "%02X", b));
      }
    }
    return uri.toString();
  }

  private static boolean isUnreserved(int b) {
    return (b >= 'a' && b <= 'z')
        || (b >= 'A' && b <= 'Z')
        || (b >= '0' && b <= '9')
        || b == '-'
        || b == '.'
        || b == '_'
        || b == '~';
  }

  /** {@code UNKNOWN_KEY} -> {@code UnknownKey}, the identifier SARIF expects in a rule's name. */
  public static String pascalCase(String constant) {
    StringBuilder name = new StringBuilder();
    for (String word : constant.split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }
}
