package dev.onramp.check;

import dev.onramp.diagnostic.Rule;
import dev.onramp.diagnostic.Severity;

/**
 * The ids of Onramp's security checks on generated templates. Ids never change meaning once
 * released; retired ids are not reused.
 */
enum SecurityCheckCode implements Rule {
  /** A role an outside principal may assume requires {@code sts:ExternalId}. */
  EXTERNAL_ID_REQUIRED("ONR501", Severity.ERROR),
  /** A policy set that claims to be read-only grants only List and Read actions. */
  READ_ONLY_SET_WRITES("ONR502", Severity.ERROR),
  /** A bucket policy for CUR delivery names the source account and the source ARN. */
  CUR_DELIVERY_UNSCOPED("ONR503", Severity.ERROR),
  /** Every bucket blocks public access and denies requests without TLS. */
  BUCKET_NOT_HARDENED("ONR504", Severity.ERROR),
  /** No ARN names its partition; {@code ${AWS::Partition}} does. */
  PARTITION_LITERAL("ONR505", Severity.ERROR),
  /** A custom resource is answered in time: its Lambda sets Timeout, its topic ServiceTimeout. */
  CUSTOM_RESOURCE_TIMEOUT("ONR506", Severity.ERROR),
  /**
   * Against a newer IAM catalog than the bundled one (cfn:validate's {@code cfn.iamCatalog}), an
   * action pattern of a read-only policy would grant an action beyond List and Read.
   */
  READ_ONLY_WIDENS_BEYOND_READ("ONR508", Severity.ERROR),
  /** Against a newer IAM catalog, a wildcard of a read-only policy covers actions it did not. */
  READ_ONLY_WILDCARD_WIDENED("ONR509", Severity.INFO);

  // Retired: ONR507 (named IAM resources in a multi-region StackSet) is judged once, by the
  // organization section's ONR310, which also sees member templates published by URL.

  private final String id;
  private final Severity severity;

  SecurityCheckCode(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String tool() {
    return "onramp";
  }

  /** How bad a breach is. */
  public Severity severity() {
    return severity;
  }
}
