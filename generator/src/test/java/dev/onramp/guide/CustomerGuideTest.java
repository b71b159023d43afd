package dev.onramp.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.generate.Generator;
import dev.onramp.generate.Generator.Compilation;
import dev.onramp.generate.Scenarios;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Template;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every guide of every valid scenario (members' too) as a customer uses it: no Java text, a {@code
 * create-stack} command that works once its placeholders are filled in (every parameter without a
 * default, the capability), one region in every AWS command, no image from elsewhere, the
 * registration's prerequisites and failures, the update and troubleshooting sections, the
 * organization's ids, and a diagram whose edges all leave the vendor's box.
 */
class CustomerGuideTest {
  private static final Pattern EDGE =
      Pattern.compile("^\\s*(\\w+) (?:-->|-\\.->)\\|\"([^\"]*)\"\\| (\\w+)$");

  @TestFactory
  Stream<DynamicTest> everyGuideOfEveryScenario() {
    return Scenarios.all("valid").stream()
        .map(
            scenario ->
                DynamicTest.dynamicTest(scenario.getFileName().toString(), () -> check(scenario)));
  }

  private static void check(Path scenario) throws Exception {
    Compilation compilation =
        new Generator().compileAll(Scenarios.sources(scenario), Optional.empty());
    Map<String, String> guides = new OnboardingGuide().renderAll(compilation);
    for (CompiledTemplate compiled : compilation.templates()) {
      String name = scenario.getFileName() + "/" + compiled.name();
      String guide = guides.get(compiled.name());
      GuideAssertions.assertWellFormed(name, guide);
      GuideAssertions.assertNoJavaText(name, guide);
      GuideAssertions.assertCreateStackComplete(name, guide, compiled.template());
      GuideAssertions.assertOneRegion(name, guide);
      assertThat(guide)
          .as(name + ": no image from elsewhere")
          .doesNotContainPattern("!\\[[^\\]]*]\\(https?://")
          .doesNotContain("<img")
          .doesNotContain("cloudformation-launch-stack.png");
      checkRegistration(name, guide, compiled);
      checkUpdating(name, guide, compiled.template());
      checkOrganization(name, guide, compiled.template());
      checkDiagram(name, guide);
    }
  }

  private static void checkRegistration(String name, String guide, CompiledTemplate compiled) {
    if (compiled.facts().registrations().isEmpty()) {
      boolean membersRegister =
          compiled.facts().member().filter(member -> member.registers()).isPresent();
      assertThat(GuideAssertions.section(guide, "Before you start").contains("sns:Publish"))
          .as(name + ": sns:Publish only where something publishes")
          .isEqualTo(membersRegister);
      return;
    }
    String registration = compiled.facts().registrations().get(0);
    assertThat(GuideAssertions.section(guide, "Before you start"))
        .as(name)
        .contains("`sns:Publish`")
        .contains("credentials of whoever runs the stack operation")
        .contains(":sns:");
    assertThat(GuideAssertions.section(guide, "Check that it worked"))
        .as(name)
        .contains("the stack waits for");
    assertThat(GuideAssertions.section(guide, "Troubleshooting"))
        .as(name)
        .contains("`DELETE_FAILED`")
        .contains("`CREATE_FAILED`")
        .contains("--retain-resources " + registration)
        .contains("not authorized to perform: SNS:Publish");
  }

  private static void checkUpdating(String name, String guide, Template template) {
    String updating = GuideAssertions.section(guide, "Updating to a new version");
    assertThat(updating).as(name).contains("**Replace current template**");
    String update = GuideAssertions.command(updating, "update-stack");
    for (String parameter : template.parameters().keySet()) {
      assertThat(GuideAssertions.tokens(update))
          .as(name)
          .contains("ParameterKey=" + parameter + ",UsePreviousValue=true");
    }
    assertThat(updating).as(name).containsAnyOf("update-stack-set", "list-stack-set-operations");
    String troubleshooting = GuideAssertions.section(guide, "Troubleshooting");
    if (template.parameters().containsKey("ExternalId")) {
      assertThat(troubleshooting).as(name).contains("cannot assume the role");
    }
    if (template.resources().values().stream().anyMatch(r -> r.type().startsWith("AWS::IAM::"))) {
      assertThat(troubleshooting).as(name).contains("Requires capabilities");
    }
  }

  private static void checkOrganization(String name, String guide, Template template) {
    Optional<Template.Resource> stackSet =
        template.resources().values().stream()
            .filter(resource -> resource.type().equals("AWS::CloudFormation::StackSet"))
            .findFirst();
    if (stackSet.isEmpty()) {
      return;
    }
    String ids = GuideAssertions.section(guide, "Find your organization's ids");
    if ("SERVICE_MANAGED".equals(stackSet.get().properties().get("PermissionModel"))) {
      assertThat(ids)
          .as(name)
          .contains("aws organizations list-roots")
          .contains("aws organizations list-organizational-units-for-parent");
      assertThat(GuideAssertions.section(guide, "Troubleshooting"))
          .as(name)
          .contains("refuses the organizational units");
    } else {
      assertThat(ids).as(name).contains("aws organizations list-accounts");
    }
  }

  /**
   * Edges leave the vendor's box and never enter it, so the layout places the vendor first and its
   * AssumeRole edges reach the roles directly; a registration comes after the role it reports.
   */
  private static void checkDiagram(String name, String guide) {
    String diagram = GuideAssertions.mermaidOf(name, guide);
    List<String> lines = diagram.lines().toList();
    Set<String> vendorBox = new TreeSet<>();
    boolean inVendor = false;
    Set<String> registrations = new TreeSet<>();
    Set<String> roles = new TreeSet<>();
    for (String line : lines) {
      String trimmed = line.trim();
      if (trimmed.startsWith("subgraph vendorAccount")) {
        inVendor = true;
        continue;
      }
      if (trimmed.equals("end")) {
        inVendor = false;
        continue;
      }
      Matcher node = Pattern.compile("^(\\w+)\\[").matcher(trimmed);
      if (node.find()) {
        if (inVendor) {
          vendorBox.add(node.group(1));
        }
        if (trimmed.contains("<br/>registration")) {
          registrations.add(node.group(1));
        }
        if (trimmed.contains("<br/>IAM role")) {
          roles.add(node.group(1));
        }
      }
    }
    Set<String> targets = new TreeSet<>();
    for (String line : lines) {
      Matcher edge = EDGE.matcher(line);
      if (edge.find()) {
        targets.add(edge.group(3));
        assertThat(vendorBox)
            .as(name + ": an edge into the vendor's box: " + line)
            .doesNotContain(edge.group(3));
        if (edge.group(2).startsWith("sts:AssumeRole with")) {
          assertThat(edge.group(1)).as(name + ": " + line).isEqualTo("vendorPrincipal");
        }
      }
    }
    if (!roles.isEmpty()) {
      assertThat(targets).as(name + ": registrations come after a role").containsAll(registrations);
    }
  }
}
