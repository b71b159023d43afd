package dev.onramp.blueprint.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.SourceLocation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into a tree of {@link YamlNode}s that keep their file, line, column and
 * path. Streams tokens from Jackson's YAML parser rather than binding, because binding forgets
 * where things were written. Refuses what a declarative blueprint has no use for and what makes
 * reviews unreliable: duplicate keys, aliases and anchors, explicit tags, several documents.
 */
public final class YamlReader {
  /** Deeper than any real blueprint; protects the reader's stack from hostile input. */
  static final int MAX_DEPTH = 64;

  /**
   * The largest blueprint read, in bytes: real ones are a few kilobytes, and a template (which a
   * blueprint only describes) may not exceed 1 MB in S3 either. Checked before any parsing, so a
   * hostile file costs no more than its length.
   */
  static final int MAX_BYTES = 1 << 20;

  /**
   * The longest key or value, in characters: longer than any description, pattern or condition
   * value CloudFormation and IAM accept (their longest text fields hold 4,096), yet small enough
   * that a hostile value is refused at once.
   */
  static final int MAX_SCALAR_CHARS = 16_384;

  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

  private final String file;
  private final List<Diagnostic> problems = new ArrayList<>();

  private YamlReader(String file) {
    this.file = file;
  }

  /** The outcome: a root node when the text could be read, and every problem found. */
  public record Result(Optional<YamlNode> root, List<Diagnostic> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads {@code bytes} (UTF-8, an optional byte-order mark) named {@code file} in messages. Never
   * throws for bad input: problems come back as diagnostics.
   */
  public static Result read(String file, byte[] bytes) {
    return new YamlReader(file).readDocument(bytes);
  }

  private Result readDocument(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      problems.add(
          Diagnostic.error(
              DiagnosticCode.UNSUPPORTED_YAML,
              new SourceLocation(file, 1, 1, ""),
              String.format(
                  Locale.ROOT,
                  "the file is %,d bytes, more than the %,d a blueprint may have",
                  bytes.length,
                  MAX_BYTES),
              "check that this is a blueprint; real ones are a few kilobytes, so split it into"
                  + " several blueprints if it really is one"));
      return new Result(Optional.empty(), problems);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      problems.add(
          Diagnostic.error(
              DiagnosticCode.UNREADABLE_FILE,
              locationOfFirstBadByte(bytes),
              "the file is not valid UTF-8",
              "save the blueprint as UTF-8"));
      return new Result(Optional.empty(), problems);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try (YAMLParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add(
            Diagnostic.error(
                DiagnosticCode.MISSING_KEY,
                // Where the header belongs: editors and CI annotations need a line to point at.
                new SourceLocation(file, 1, 1, ""),
                "the blueprint is empty",
                "start with 'apiVersion: onramp.dev/v1' and 'kind: Blueprint'"));
        return new Result(Optional.empty(), problems);
      }
      YamlNode root = readNode(parser, "", 0);
      if (parser.nextToken() != null) {
        problems.add(
            Diagnostic.error(
                DiagnosticCode.UNSUPPORTED_YAML,
                here(parser, ""),
                "the file holds more than one YAML document",
                "put each blueprint in a file of its own"));
      }
      return new Result(Optional.of(root), problems);
    } catch (JsonProcessingException e) {
      problems.add(syntaxError(e));
    } catch (IOException e) {
      problems.add(
          Diagnostic.error(
              DiagnosticCode.UNREADABLE_FILE,
              SourceLocation.ofFile(file),
              "cannot read the blueprint: " + e.getMessage(),
              "check that the file is readable"));
    } catch (TooDeep e) {
      problems.add(
          Diagnostic.error(
              DiagnosticCode.UNSUPPORTED_YAML,
              e.location,
              "the document nests deeper than " + MAX_DEPTH + " levels",
              "flatten the blueprint; no valid blueprint nests this deep"));
    }
    return new Result(Optional.empty(), problems);
  }

  private YamlNode readNode(YAMLParser parser, String path, int depth) throws IOException {
    SourceLocation where = here(parser, path);
    if (depth > MAX_DEPTH) {
      throw new TooDeep(where);
    }
    rejectAnchorsAndTags(parser, where);
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        return readMapping(parser, path, depth, where);
      case START_ARRAY:
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(readNode(parser, path + "[" + items.size() + "]", depth + 1));
        }
        return new YamlNode.Sequence(where, items);
      case VALUE_NULL:
        return new YamlNode.Scalar(where, "", false, true);
      case VALUE_STRING:
        checkLength(parser.getText(), where, "value");
        if (parser.isCurrentAlias()) {
          problems.add(
              Diagnostic.error(
                  DiagnosticCode.UNSUPPORTED_YAML,
                  where,
                  "YAML aliases (*" + parser.getText() + ") are not supported",
                  "write the value out in full; blueprints are reviewed as written"));
        }
        return new YamlNode.Scalar(where, parser.getText(), true, false);
      default:
        // Plain numbers and booleans: keep the text as written so "012" stays "012".
        checkLength(parser.getText(), where, "value");
        return new YamlNode.Scalar(where, parser.getText(), false, false);
    }
  }

  private YamlNode readMapping(YAMLParser parser, String path, int depth, SourceLocation where)
      throws IOException {
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    Map<String, SourceLocation> keys = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      String childPath = path.isEmpty() ? key : path + "." + key;
      SourceLocation keyLocation = here(parser, childPath);
      checkLength(key, keyLocation, "key");
      parser.nextToken();
      YamlNode value = readNode(parser, childPath, depth + 1);
      if (keys.containsKey(key)) {
        SourceLocation first = keys.get(key);
        problems.add(
            Diagnostic.error(
                DiagnosticCode.DUPLICATE_KEY,
                keyLocation,
                "key '"
                    + key
                    + "' appears twice in this mapping (first at line "
                    + first.line()
                    + ")",
                "remove one of them; YAML keeps only the last, which hides mistakes"));
        continue;
      }
      keys.put(key, keyLocation);
      entries.put(key, value);
    }
    return new YamlNode.Mapping(where, entries, keys);
  }

  private void checkLength(String text, SourceLocation where, String what) {
    if (text.length() > MAX_SCALAR_CHARS) {
      problems.add(
          Diagnostic.error(
              DiagnosticCode.UNSUPPORTED_YAML,
              where,
              String.format(
                  Locale.ROOT,
                  "a %s of %,d characters, more than the %,d a blueprint %s may have",
                  what,
                  text.length(),
                  MAX_SCALAR_CHARS,
                  what),
              "shorten it; no CloudFormation or IAM field takes text this long"));
    }
  }

  private void rejectAnchorsAndTags(YAMLParser parser, SourceLocation where) throws IOException {
    String tag = parser.getTypeId();
    Optional<ShortFormIntrinsic> shortForm =
        tag == null ? Optional.empty() : ShortFormIntrinsic.inRawResource(tag, where.yamlPath());
    if (shortForm.isPresent()) {
      problems.add(
          Diagnostic.error(
              DiagnosticCode.INVALID_RAW_RESOURCE,
              where,
              "short-form intrinsic function '" + shortForm.get().tag() + "' in a raw resource",
              "write its long form, "
                  + shortForm.get().longForm()
                  + "; a blueprint is plain data, so YAML tags are not read"));
    } else if (tag != null) {
      problems.add(
          Diagnostic.error(
              DiagnosticCode.UNSUPPORTED_YAML,
              where,
              "YAML tag '"
                  + (tag.startsWith("!") || tag.contains(":") ? tag : "!" + tag)
                  + "' is not supported",
              "remove the tag; blueprints are plain data (CloudFormation functions such as !Ref"
                  + " are generated for you)"));
    }
    if (parser.getObjectId() != null) {
      problems.add(
          Diagnostic.error(
              DiagnosticCode.UNSUPPORTED_YAML,
              where,
              "YAML anchors (&" + parser.getObjectId() + ") are not supported",
              "write the value out in full; blueprints are reviewed as written"));
    }
  }

  private SourceLocation here(JsonParser parser, String path) {
    JsonLocation at = parser.currentTokenLocation();
    return new SourceLocation(
        file, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), path);
  }

  private Diagnostic syntaxError(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      var mark = marked.getProblemMark();
      String problem = marked.getProblem() == null ? marked.getContext() : marked.getProblem();
      boolean tab = problem.contains("\\t") || problem.contains("TAB");
      return Diagnostic.error(
          DiagnosticCode.YAML_SYNTAX,
          new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1, ""),
          "invalid YAML: " + (tab ? "a tab character is used for indentation" : problem),
          tab
              ? "indent with spaces; YAML does not allow tabs for indentation"
              : "check the indentation and quoting near this position");
    }
    JsonLocation at = e.getLocation();
    SourceLocation where =
        at == null
            ? SourceLocation.ofFile(file)
            : new SourceLocation(
                file, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), "");
    String message = e.getOriginalMessage();
    int newline = message.indexOf('\n');
    String firstLine = (newline < 0 ? message : message.substring(0, newline)).strip();
    return Diagnostic.error(
        DiagnosticCode.YAML_SYNTAX,
        where,
        "invalid YAML: " + firstLine,
        "check the indentation and quoting near this position");
  }

  private SourceLocation locationOfFirstBadByte(byte[] bytes) {
    int line = 1;
    int column = 1;
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    for (int i = 0; i < bytes.length; ) {
      int width = utf8Width(bytes[i]);
      if (width == 0 || i + width > bytes.length) {
        return new SourceLocation(file, line, column, "");
      }
      try {
        decoder.reset().decode(ByteBuffer.wrap(bytes, i, width));
      } catch (CharacterCodingException e) {
        return new SourceLocation(file, line, column, "");
      }
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += width;
    }
    return new SourceLocation(file, line, column, "");
  }

  private static int utf8Width(byte lead) {
    int b = lead & 0xFF;
    if (b < 0x80) {
      return 1;
    }
    if (b >= 0xC2 && b <= 0xDF) {
      return 2;
    }
    if (b >= 0xE0 && b <= 0xEF) {
      return 3;
    }
    if (b >= 0xF0 && b <= 0xF4) {
      return 4;
    }
    return 0;
  }

  /** Unwinds deep recursion at once; becomes a diagnostic, never escapes. */
  private static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SourceLocation location;

    TooDeep(SourceLocation location) {
      super(null, null, false, false);
      this.location = location;
    }
  }
}
