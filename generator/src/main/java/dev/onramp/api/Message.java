package dev.onramp.api;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.Severity;
import java.util.List;
import java.util.Objects;

/**
 * One diagnostic as a front end shows it: its level and its compiler-style text, such as {@code
 * src/main/blueprints/bad.yaml:10:5: error ONR101 at roles[0].nmae: unknown key 'nmae'} followed by
 * a {@code fix: …} line.
 */
public record Message(Level level, String text) {

  /** How a front end shows a message: as an error, a warning or plain information. */
  public enum Level {
    ERROR,
    WARNING,
    INFO
  }

  public Message {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(text, "text");
  }

  /** The text line by line, so that each line can carry the front end's level prefix. */
  public List<String> lines() {
    return List.of(text.split("\n", -1));
  }

  static Message of(Diagnostic diagnostic) {
    return new Message(level(diagnostic.severity()), diagnostic.render());
  }

  /** The level a front end shows a finding of {@code severity} at. */
  static Level level(Severity severity) {
    return switch (severity) {
      case ERROR -> Level.ERROR;
      case WARNING -> Level.WARNING;
      case INFO -> Level.INFO;
    };
  }

  static List<Message> of(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Message::of).toList();
  }
}
