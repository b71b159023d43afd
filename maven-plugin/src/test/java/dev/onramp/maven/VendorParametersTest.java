package dev.onramp.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.api.VendorSettings;
import org.junit.jupiter.api.Test;

class VendorParametersTest {

  @Test
  void nothingConfiguredMeansNoVendor() {
    assertThat(VendorParameters.resolve(null, null)).isEqualTo(VendorSettings.NONE);
    assertThat(VendorParameters.resolve(new VendorParameters(" ", null, ""), " "))
        .isEqualTo(VendorSettings.NONE);
  }

  @Test
  void theCommandLineAccountWinsOverTheConfiguredOne() {
    VendorParameters configured = new VendorParameters("111122223333", null, "role");

    assertThat(VendorParameters.resolve(configured, " 444455556666 "))
        .isEqualTo(new VendorSettings("444455556666", null, "role", null));
    assertThat(VendorParameters.resolve(configured, null))
        .isEqualTo(new VendorSettings("111122223333", null, "role", null));
  }
}
