package dev.onramp.generate;

import java.util.Arrays;
import java.util.Objects;

/**
 * The bytes of one blueprint and the name diagnostics use for it: a path relative to the project
 * ({@code src/main/blueprints/acme.yaml}) or, for a shipped blueprint, {@code
 * onramp-blueprints:<name>}.
 */
public record BlueprintSource(String displayName, byte[] content) {

  public BlueprintSource {
    Objects.requireNonNull(displayName, "displayName");
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /** Whether this blueprint comes from the onramp-blueprints jar rather than the project. */
  public boolean isShipped() {
    return displayName.startsWith(BlueprintSources.BUILT_IN_PREFIX);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BlueprintSource that
        && displayName.equals(that.displayName)
        && Arrays.equals(content, that.content);
  }

  @Override
  public int hashCode() {
    return 31 * displayName.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "BlueprintSource[" + displayName + ", " + content.length + " bytes]";
  }
}
