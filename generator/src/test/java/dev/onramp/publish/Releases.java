package dev.onramp.publish;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Blueprints written in the tests, compiled as cfn:publish and cfn:links compile them. */
final class Releases {
  private Releases() {}

  /** A portal-style blueprint with the given extra top-level YAML (publishing, regions). */
  static String portal(String name, String extra) {
    return """
        apiVersion: onramp.dev/v1
        kind: Blueprint
        metadata:
          name: %s
          version: 1.2.0
        vendor:
          accountId: "111122223333"
          principal: account-root
        parameters:
          - name: AccessLevel
            default: read
            allowedValues: [read, write]
        roles:
          - id: VendorRole
            policySets: [read-only]
        %s
        """
        .formatted(name, extra);
  }

  static Generator.Compilation compile(String... blueprints) throws BlueprintException {
    List<BlueprintSource> sources = new ArrayList<>();
    for (int i = 0; i < blueprints.length; i++) {
      sources.add(
          new BlueprintSource(
              "src/main/blueprints/b" + i + ".yaml",
              blueprints[i].getBytes(StandardCharsets.UTF_8)));
    }
    return new Generator().compileAll(sources, Optional.empty());
  }
}
