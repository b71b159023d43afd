package dev.onramp.importer;

import java.util.Set;

/**
 * How an import treats the original where Onramp's secure defaults differ from it.
 *
 * @param harden whether Onramp's secure defaults replace weaker settings of the original
 *     (partition-aware ARNs, hardened cost-report bucket, TLS-only bucket policy, ExternalId
 *     pattern, narrowed principal), each then shown as a reviewed difference
 * @param roleArnParameters parameters known to hold the vendor's role ARN, such as those a StackSet
 *     passes the parent's role-ARN parameter into: a principal {@code !Ref} of one is a role, not
 *     an account
 */
public record ImportOptions(boolean harden, Set<String> roleArnParameters) {

  public ImportOptions {
    roleArnParameters = Set.copyOf(roleArnParameters);
  }

  public ImportOptions(boolean harden) {
    this(harden, Set.of());
  }

  /** The same options, for a template whose {@code parameters} hold the vendor's role ARN. */
  ImportOptions withRoleArnParameters(Set<String> parameters) {
    return new ImportOptions(harden, parameters);
  }
}
