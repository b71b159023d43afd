package dev.onramp.api;

import java.nio.file.Path;
import java.util.List;

/** The link files written, one entry per blueprint. */
public record LinksResult(List<Written> blueprints) {

  public LinksResult {
    blueprints = List.copyOf(blueprints);
  }

  /**
   * One blueprint's links.
   *
   * @param json the {@code links.json} written ({@code links.csv} is beside it)
   */
  public record Written(
      String blueprint, String version, int links, int tenants, List<String> regions, Path json) {
    public Written {
      regions = List.copyOf(regions);
    }

    /**
     * {@code acme 1.0.0: 3 links for 2 tenants in us-east-1, eu-west-1 -> target/cfn-links/...}.
     */
    public String summary(Path baseDirectory) {
      return blueprint
          + " "
          + version
          + ": "
          + links
          + " links for "
          + tenants
          + (tenants == 1 ? " tenant" : " tenants")
          + " in "
          + String.join(", ", regions)
          + " -> "
          + DisplayPath.of(json, baseDirectory);
    }
  }
}
