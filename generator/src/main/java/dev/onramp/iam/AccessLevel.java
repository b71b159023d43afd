package dev.onramp.iam;

import java.util.Locale;
import java.util.Optional;

/**
 * The access level AWS's Service Authorization Reference gives an IAM action. An action may have
 * more than one: {@code iam:PutRolePolicy} is both {@link #PERMISSIONS_MANAGEMENT} and {@link
 * #WRITE}.
 */
public enum AccessLevel {
  LIST("List"),
  READ("Read"),
  WRITE("Write"),
  PERMISSIONS_MANAGEMENT("Permissions management"),
  TAGGING("Tagging");

  private final String label;

  AccessLevel(String label) {
    this.label = label;
  }

  /** The name AWS's documentation uses, such as {@code Permissions management}. */
  public String label() {
    return label;
  }

  /** Whether the level only reads: {@link #LIST} or {@link #READ}. */
  public boolean isReadOnly() {
    return this == LIST || this == READ;
  }

  /** The level with AWS's name {@code label}, ignoring case. */
  public static Optional<AccessLevel> ofLabel(String label) {
    String wanted = label.strip().toLowerCase(Locale.ROOT);
    for (AccessLevel level : values()) {
      if (level.label.toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
