package dev.onramp.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.compile.organization.OrganizationFanOut;
import dev.onramp.generate.Generator;
import dev.onramp.generate.Scenarios;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.TemplateFacts;
import dev.onramp.template.TemplateFacts.CostReportParts;
import dev.onramp.template.TemplateFacts.PolicySetPolicy;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The typed facts a compiled template carries say what its {@code Metadata.Onramp} says, for every
 * template of every valid scenario, and name the resources each section made.
 */
class TemplateFactsTest {

  @TestFactory
  List<DynamicTest> factsAgreeWithTheMetadataTheTemplateCarries() {
    return Scenarios.all("valid").stream()
        .map(
            scenario ->
                DynamicTest.dynamicTest(
                    scenario.getFileName().toString(),
                    () -> compile(scenario).forEach(TemplateFactsTest::agree)))
        .toList();
  }

  @Test
  void aCostReportMadeByAFunctionNamesEveryPart() throws Exception {
    TemplateFacts facts = only("cur-lambda-eu-west-1").facts();

    assertThat(facts.costReports())
        .containsExactly(
            new CostReportParts(
                "CostReportBucket",
                "CostReportBucketPolicy",
                "CostReport",
                "CostReportFunction",
                "CostReportFunctionRole",
                "CostReportLogGroup"));
    assertThat(facts.costReportOf("CostReportLogGroup")).isEqualTo(facts.costReport());
    assertThat(facts.costReportOf("VendorRole")).isEmpty();
  }

  @Test
  void aNativeCostReportHasNoFunction() throws Exception {
    CostReportParts report = only("cur-native").facts().costReport().orElseThrow();

    assertThat(report.createdByFunction()).isFalse();
    assertThat(report.ids())
        .containsExactly("CostReportBucket", "CostReportBucketPolicy", "CostReport");
  }

  @Test
  void theCallbackIsARegistration() throws Exception {
    assertThat(only("notify-callback").facts().registrations())
        .containsExactly("VendorRegistration");
  }

  @Test
  void anOrganizationNamesItsMemberAndTheManagementCopyBringsTheMembersFacts() throws Exception {
    Map<String, CompiledTemplate> byName = byName(compile(scenario("org-self-managed")));
    TemplateFacts member = byName.get("org-self-managed-member").facts();
    TemplateFacts organization = byName.get("org-self-managed").facts();

    assertThat(organization.member())
        .hasValueSatisfying(
            stackSet -> {
              assertThat(stackSet.stackSet()).isEqualTo(OrganizationFanOut.STACK_SET);
              assertThat(stackSet.blueprint()).isEqualTo("org-self-managed-member");
              assertThat(stackSet.registers()).isEqualTo(!member.registrations().isEmpty());
              assertThat(stackSet.managementSwitch()).contains("IncludeManagementAccount");
            });
    member
        .policySets()
        .forEach(
            (id, set) ->
                assertThat(organization.policySetOf("Management" + id))
                    .contains(
                        new PolicySetPolicy(set.set(), set.readOnly(), "Management" + set.role())));
    member
        .registrations()
        .forEach(id -> assertThat(organization.registrations()).contains("Management" + id));
  }

  /** Each policy's {@code Metadata.Onramp} and the template's {@code MemberTemplate} agree. */
  private static void agree(CompiledTemplate compiled) {
    TemplateFacts facts = compiled.facts();
    Map<String, Object> onramp = map(compiled.template().metadata().get("Onramp"));
    assertThat(facts.blueprint()).isEqualTo(onramp.get("Blueprint"));
    assertThat(facts.version()).isEqualTo(onramp.get("BlueprintVersion"));
    Map<String, Object> setsInMetadata = new LinkedHashMap<>();
    compiled
        .template()
        .resources()
        .forEach(
            (id, resource) -> {
              Map<String, Object> own = map(resource.metadata().get("Onramp"));
              if (own.containsKey("PolicySet")) {
                setsInMetadata.put(id, own.get("PolicySet") + "/" + own.get("ReadOnly"));
              }
            });
    Map<String, Object> setsInFacts = new LinkedHashMap<>();
    facts.policySets().forEach((id, set) -> setsInFacts.put(id, set.set() + "/" + set.readOnly()));
    assertThat(setsInFacts).as(compiled.name()).isEqualTo(setsInMetadata);
    Map<String, Object> member = map(onramp.get("MemberTemplate"));
    assertThat(facts.member().isPresent()).isEqualTo(!member.isEmpty());
    facts
        .member()
        .ifPresent(
            stackSet -> {
              assertThat(stackSet.blueprint()).isEqualTo(member.get("Blueprint"));
              assertThat(stackSet.version()).isEqualTo(member.get("BlueprintVersion"));
              assertThat(stackSet.sha256()).isEqualTo(member.get("Sha256"));
              assertThat(stackSet.bytes()).isEqualTo(member.get("Bytes"));
              assertThat(stackSet.publishedKey())
                  .isEqualTo(Optional.ofNullable((String) member.get("PublishedKey")));
            });
    facts.costReports().stream()
        .flatMap(report -> report.ids().stream())
        .forEach(id -> assertThat(compiled.template().resources()).containsKey(id));
    facts
        .registrations()
        .forEach(id -> assertThat(compiled.template().resources()).containsKey(id));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  private static Path scenario(String name) {
    return Scenarios.all("valid").stream()
        .filter(path -> path.getFileName().toString().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static CompiledTemplate only(String scenario) throws Exception {
    return compile(scenario(scenario)).get(0);
  }

  private static List<CompiledTemplate> compile(Path scenario) throws Exception {
    return new Generator().compileAll(Scenarios.sources(scenario), Optional.empty()).templates();
  }

  private static Map<String, CompiledTemplate> byName(List<CompiledTemplate> templates) {
    Map<String, CompiledTemplate> byName = new LinkedHashMap<>();
    templates.forEach(template -> byName.put(template.name(), template));
    return byName;
  }
}
