package dev.onramp.cdk;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How constructs are generated.
 *
 * @param overrideDirectory a folder of templates ({@code construct.ftl}, {@code props.ftl}, {@code
 *     app.ftl}) that replace the built-in ones of the same name; the others stay built in
 * @param dumpViewModel also write {@code <Name>.view.json}, the view model the templates are bound
 *     to, next to the sources
 */
public record CdkOptions(Optional<Path> overrideDirectory, boolean dumpViewModel) {

  /** Built-in templates, no dump. */
  public static final CdkOptions DEFAULT = new CdkOptions(Optional.empty(), false);

  public CdkOptions {
    Objects.requireNonNull(overrideDirectory, "overrideDirectory");
  }
}
