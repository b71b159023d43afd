package dev.onramp.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.blueprint.model.Vendor;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class VendorParametersTest {

  @Test
  void nothingConfiguredMeansNoVendor() throws Exception {
    assertThat(VendorParameters.resolve(null, null)).isEmpty();
    assertThat(VendorParameters.resolve(new VendorParameters(" ", null, ""), " ")).isEmpty();
  }

  @Test
  void theCommandLineAccountWinsOverTheConfiguredOne() throws Exception {
    VendorParameters configured = new VendorParameters("111122223333", null, null);

    assertThat(VendorParameters.resolve(configured, " 444455556666 "))
        .contains(new Vendor("444455556666", null, Vendor.Principal.ACCOUNT_ROOT));
    assertThat(VendorParameters.resolve(configured, null))
        .contains(new Vendor("111122223333", null, Vendor.Principal.ACCOUNT_ROOT));
  }

  @Test
  void principalsAreSpelledAsInBlueprints() throws Exception {
    String role = "arn:aws:iam::111122223333:role/Reader";
    VendorParameters configured = new VendorParameters(null, role, "account-root-narrowed");

    assertThat(VendorParameters.resolve(configured, null))
        .contains(new Vendor(null, role, Vendor.Principal.ACCOUNT_ROOT_NARROWED));
  }

  @Test
  void anUnknownPrincipalNamesTheElementAndTheChoices() {
    VendorParameters configured = new VendorParameters("111122223333", null, "root");

    assertThatThrownBy(() -> VendorParameters.resolve(configured, null))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "<vendor><principal> is 'root', perhaps you should use one of account-root, role,"
                + " account-root-narrowed");
  }
}
