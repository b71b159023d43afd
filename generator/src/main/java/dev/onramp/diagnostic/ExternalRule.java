package dev.onramp.diagnostic;

import java.util.Objects;

/** A rule of an outside tool, such as cfn-lint's {@code W3005}. */
public record ExternalRule(String tool, String id) implements Rule {
  public ExternalRule {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(id, "id");
  }
}
