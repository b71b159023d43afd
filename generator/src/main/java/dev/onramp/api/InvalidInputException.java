package dev.onramp.api;

import dev.onramp.diagnostic.BlueprintException;
import java.util.List;

/**
 * Located problems in the user's files (blueprints, a tenant file, generated templates), all of
 * them at once, warnings included; at least one is an error, and nothing was written. The message
 * is one line, such as {@code 3 errors in 1 blueprint; nothing was written}: front ends show {@link
 * #messages()} once each and end with {@link #summary()}, never the list again.
 */
public final class InvalidInputException extends OnrampException {
  private static final long serialVersionUID = 1L;

  /** What the located problems are in, singular and plural, for the summary. */
  enum Input {
    BLUEPRINTS("blueprint", "blueprints"),
    TENANT_FILE("tenant file", "tenant files"),
    GENERATED_FILES("generated file", "generated files"),
    TEMPLATE("template", "templates");

    private final String one;
    private final String many;

    Input(String one, String many) {
      this.one = one;
      this.many = many;
    }
  }

  private final transient List<Message> messages;
  private final String summary;

  private InvalidInputException(List<Message> messages, String summary, Throwable cause) {
    super(summary + "; nothing was written", cause);
    this.messages = List.copyOf(messages);
    this.summary = summary;
  }

  static InvalidInputException of(BlueprintException problems, Input input) {
    long errors = problems.errors().size();
    long files =
        problems.errors().stream().map(error -> error.location().file()).distinct().count();
    String summary =
        count(errors, "error", "errors") + " in " + count(files, input.one, input.many);
    return new InvalidInputException(Message.of(problems.diagnostics()), summary, problems);
  }

  /** Every problem found, errors and warnings, in file and line order. */
  public List<Message> messages() {
    return messages;
  }

  /** {@code 3 errors in 1 blueprint}: how many errors, in how many files. */
  public String summary() {
    return summary;
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
