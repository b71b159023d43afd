package dev.onramp.iam;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A policy document written as JSON text, as CloudFormation accepts it for most policy properties
 * (and requires for some, such as {@code AWS::Logs::ResourcePolicy}): a plain string, an {@code
 * Fn::Sub} or an {@code Fn::Join} that builds the text. The text is parsed with every {@code
 * ${Variable}} (a {@code Ref} or {@code GetAtt} of a join reads as one) kept as text inside the
 * JSON values, so that {@code "arn:aws:s3:::${Bucket}"} reads as the same resource as {@code !Sub
 * arn:aws:s3:::${Bucket}} in a document written as a map.
 */
public final class PolicyText {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private PolicyText() {}

  /** A policy document given as text: parsed into a map, or why it is not one. */
  public record Parsed(Optional<Map<String, Object>> document, String error) {
    public boolean valid() {
      return document.isPresent();
    }
  }

  /**
   * Whether {@code value} is a document written as text rather than as a map. An {@code Fn::Join}
   * must have no {@code Fn::If} left in it (resolve branches first).
   */
  public static boolean isText(Object value) {
    return value instanceof String || value instanceof Fn.Sub || value instanceof Fn.Join;
  }

  /** Parses a document {@link #isText written as text}. */
  @SuppressWarnings("unchecked")
  public static Parsed parse(Object value) {
    String text = CanonicalText.of(value);
    try {
      Object parsed = JSON.readValue(text, Object.class);
      if (parsed instanceof Map<?, ?> map) {
        return new Parsed(Optional.of((Map<String, Object>) map), "");
      }
      return new Parsed(Optional.empty(), "the JSON text is not an object");
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      return new Parsed(
          Optional.empty(),
          "not valid JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + firstLine(message).toLowerCase(Locale.ROOT).charAt(0)
              + firstLine(message).substring(1));
    }
  }

  /** {@code value} as a document map: parsed when it is valid text, else unchanged. */
  public static Object readable(Object value) {
    if (!isText(value)) {
      return value;
    }
    Parsed parsed = parse(value);
    return parsed.valid() ? parsed.document().get() : value;
  }

  private static String firstLine(String message) {
    String line = message == null || message.isBlank() ? "unreadable" : message.strip();
    int newline = line.indexOf('\n');
    // Jackson names the start of an unclosed object by its source, which here is only noise.
    return (newline < 0 ? line : line.substring(0, newline))
        .replaceAll(" ?\\(start marker at \\[Source: .*$", "");
  }
}
