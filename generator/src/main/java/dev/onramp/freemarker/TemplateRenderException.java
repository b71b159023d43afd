package dev.onramp.freemarker;

/**
 * A Freemarker template failed: a user's override names a value the view model does not have, or
 * has a syntax error. The message names the template and the line, as Freemarker reports them.
 */
public final class TemplateRenderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TemplateRenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
