package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.iam.ActionCatalog;
import dev.onramp.template.GoldenTemplates;
import dev.onramp.template.TemplateReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The permission inventory says when a switched part exists: every grant of a switched role, and of
 * the policies switched with it, carries the role's switch as its guard.
 */
class SwitchedPartsInventoryTest {

  private static PolicyInventory golden(String scenario) {
    Path yaml =
        GoldenTemplates.yaml().stream()
            .filter(p -> GoldenTemplates.name(p).equals(scenario + "/expected/template.yaml"))
            .findFirst()
            .orElseThrow();
    return PolicyInventory.of(
        TemplateReader.read(GoldenTemplates.read(yaml)), ActionCatalog.bundled());
  }

  private static List<Guard> guardsOf(PolicyInventory inventory, String role) {
    return inventory.statementsOf(new Subject("", Subject.Type.ROLE, role)).stream()
        .map(PolicyStatement::guard)
        .distinct()
        .toList();
  }

  private static Guard guard(String condition) {
    return new Guard(List.of(new Guard.Literal(condition, true)));
  }

  @Test
  void everyGrantOfASwitchedRoleCarriesItsSwitch() {
    PolicyInventory inventory = golden("switch-roles-and-outputs");

    // The tag-write-back set is switched twice: its guard is the conjunction, by name.
    assertThat(guardsOf(inventory, "AcmeRemediationRole"))
        .containsExactlyInAnyOrder(
            guard("EnableRemediationIsTrue"),
            guard("EnableRemediationIsTrueAndRemediationLevelInTagsOrTagsAndSettings"));
    assertThat(guardsOf(inventory, "AcmeReadRole")).containsExactly(Guard.ALWAYS);
  }

  @Test
  void aStackWithWaitHandlesAndAGuardedCallbackIsReviewedWhole() {
    assertThat(golden("switch-notify-and-organization").unreviewed()).isEmpty();
    assertThat(golden("switch-everything-conditional").unreviewed()).isEmpty();
  }
}
