package dev.onramp.iam;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy document as JSON text and back, in the template model's plain values: maps in document
 * order, lists, strings, {@code Integer} or {@code Long} for whole numbers, {@code Double} for
 * others, booleans and {@code null}, all unmodifiable, as the template reader gives them. Streamed,
 * because documents are parsed on the review's path.
 */
final class PolicyJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Deeper than any policy document; stops hostile nesting before the stack does. */
  private static final int MAX_DEPTH = 100;

  private PolicyJson() {}

  /** The document in {@code json}, which must be a JSON object. */
  static Map<String, Object> readDocument(String json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("a policy document is a JSON object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> document = (Map<String, Object>) value(parser, 0);
      if (parser.nextToken() != null) {
        throw new IOException("text after the policy document's closing brace");
      }
      return document;
    }
  }

  /** {@code document} as compact JSON. */
  static String write(Map<String, Object> document) {
    try {
      return new ObjectMapper().writeValueAsString(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object value(JsonParser parser, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new IOException("a policy document nested more than " + MAX_DEPTH + " levels");
    }
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          parser.nextToken();
          if (map.put(key, value(parser, depth + 1)) != null) {
            throw new IOException("key '" + key + "' appears twice in one object");
          }
        }
        yield Collections.unmodifiableMap(map);
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(parser, depth + 1));
        }
        yield Collections.unmodifiableList(list);
      }
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT -> {
        long number = parser.getLongValue();
        yield number == (int) number ? (Object) (int) number : (Object) number;
      }
      case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw new IOException("unexpected " + token + " in a policy document");
    };
  }
}
