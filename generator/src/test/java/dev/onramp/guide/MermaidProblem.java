package dev.onramp.guide;

/**
 * A diagram Mermaid's parser refused.
 *
 * @param name the diagram's name in the batch given to {@link MermaidParser#parse}
 * @param message Mermaid's own message, e.g. {@code Parse error on line 3: ... got 'PS'}
 */
public record MermaidProblem(String name, String message) {

  @Override
  public String toString() {
    return name + ": " + message;
  }
}
