package dev.onramp.check;

import static dev.onramp.check.CheckFixtures.rendered;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.iam.AccessLevel;
import dev.onramp.iam.ActionCatalog;
import dev.onramp.template.CompiledTemplate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 23, finding 6: cfn:validate checks the read-only wildcards against a newer catalog. */
class ReadOnlyWildcardDriftTest {
  private static final String BLUEPRINT =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata: {name: acme}
      vendor: {roleArn: "arn:aws:iam::111122223333:role/AcmeOnboarding"}
      roles:
        - id: VendorRole
          policySets: [read-only]
      """;

  @Test
  void theBundledCatalogAgainstItselfFindsNothing() throws Exception {
    CompiledTemplate compiled = CheckFixtures.compile(BLUEPRINT);

    assertThat(ReadOnlyWildcardDrift.against(ActionCatalog.bundled()).check(compiled)).isEmpty();
  }

  @Test
  void aWriteActionFiledUnderAWildcardIsAnErrorAndNewReadsAreNoted() throws Exception {
    CompiledTemplate compiled = CheckFixtures.compile(BLUEPRINT);
    ActionCatalog newer =
        newer(
            Map.of(
                "ec2:DescribeAndReplaceRoutes", Set.of(AccessLevel.WRITE),
                "ec2:DescribeHostHealth", Set.of(AccessLevel.READ),
                "lambda:ListFunctionsV2", Set.of(AccessLevel.LIST)));

    assertThat(rendered(ReadOnlyWildcardDrift.against(newer).check(compiled)))
        .isEqualTo(
            "acme.yaml:7:18: error ONR508 at roles[0].policySets[0]: with iam-data 9.9.9 (Onramp"
                + " ships "
                + ActionCatalog.bundled().version()
                + "), ec2:DescribeA* of managed policy VendorRoleReadOnlyPolicyPart1 of read-only policy"
                + " set 'read-only' would grant ec2:DescribeAndReplaceRoutes (Write), beyond List"
                + " and Read\n"
                + "  fix: replace ec2:DescribeA* with narrower patterns or the read actions one by"
                + " one\n"
                + "acme.yaml:7:18: info ONR509 at roles[0].policySets[0]: with iam-data 9.9.9 (Onramp"
                + " ships "
                + ActionCatalog.bundled().version()
                + "), ec2:DescribeH* of managed policy VendorRoleReadOnlyPolicyPart1 of read-only policy"
                + " set 'read-only' also covers 1 read action the bundled catalog does not know:"
                + " ec2:DescribeHostHealth (Read)\n"
                + "  fix: check that they read no stored data or secrets; update Onramp for a"
                + " catalog that knows them");
  }

  /** The bundled catalog with {@code added} actions, as a later iam-data would be. */
  private static ActionCatalog newer(Map<String, Set<AccessLevel>> added) {
    ActionCatalog bundled = ActionCatalog.bundled();
    Map<String, Set<AccessLevel>> all = new LinkedHashMap<>();
    for (String action : bundled.expand("*")) {
      all.put(action, bundled.accessLevels(action));
    }
    all.putAll(added);
    return ActionCatalog.of(all, "9.9.9");
  }
}
