package dev.onramp.api;

import dev.onramp.publish.LinkedTemplate;
import dev.onramp.publish.TemplateSigner;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Write every tenant's quick-create link for the blueprints of a release: {@code
 * <linksDirectory>/<blueprint>/links.json} and {@code links.csv}.
 *
 * @param tenantFile CSV with a header row {@code tenant[,region][,stackName][,blueprint]} and a
 *     {@code param:<Name>} column per parameter to fill in ({@link dev.onramp.publish.TenantFile})
 * @param blueprints the blueprints to make links for; empty for every one the release publishes
 * @param signer presigns each link's template URL; empty for plain URLs
 * @param released the templates of an older release to link instead of this build's, one per
 *     blueprint to link ({@code cfn.links.release}, read back from S3); empty for the build's own
 */
public record LinksRequest(
    Release release,
    Path tenantFile,
    Path linksDirectory,
    List<String> blueprints,
    VendorSecret secret,
    Optional<TemplateSigner> signer,
    List<LinkedTemplate> released) {

  public LinksRequest {
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(tenantFile, "tenantFile");
    Objects.requireNonNull(linksDirectory, "linksDirectory");
    blueprints = ProjectBlueprints.normalize(blueprints);
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(signer, "signer");
    released = List.copyOf(released);
  }

  /** Links with plain template URLs. */
  public LinksRequest(
      Release release,
      Path tenantFile,
      Path linksDirectory,
      List<String> blueprints,
      VendorSecret secret) {
    this(release, tenantFile, linksDirectory, blueprints, secret, Optional.empty(), List.of());
  }

  /** The same request with every template URL presigned by {@code signer}. */
  public LinksRequest withSigner(TemplateSigner signer) {
    return new LinksRequest(
        release, tenantFile, linksDirectory, blueprints, secret, Optional.of(signer), released);
  }

  /** The same request, linking the templates of an older release instead of the build's. */
  public LinksRequest withReleased(List<LinkedTemplate> olderRelease) {
    return new LinksRequest(
        release, tenantFile, linksDirectory, blueprints, secret, signer, olderRelease);
  }
}
