package dev.onramp.compile.callback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.blueprint.model.CallbackProperty;
import dev.onramp.blueprint.model.OutputSpec;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each source of a property in the vendor's schema becomes its template value, in order. */
class VendorPropertiesTest {

  @Test
  void eachSourceBecomesItsTemplateValueInTheBlueprintsOrder() {
    Map<String, CallbackProperty> properties = new LinkedHashMap<>();
    properties.put("Product", new CallbackProperty("connector", null, null, null, null, null));
    properties.put("Tenant", new CallbackProperty(null, "TenantName", null, null, null, null));
    properties.put("RoleArn", new CallbackProperty(null, null, "Audit", null, null, null));
    properties.put(
        "RoleName",
        new CallbackProperty(null, null, "Audit", OutputSpec.Attribute.NAME, null, null));
    properties.put(
        "RoleId",
        new CallbackProperty(null, null, "Audit", OutputSpec.Attribute.ROLE_ID, null, null));
    properties.put("Team", new CallbackProperty(null, null, null, null, "TeamOutput", null));
    Map<String, Template.Output> outputs =
        Map.of("TeamOutput", new Template.Output("", Fn.ref("TeamName"), null, null));

    Map<String, Object> compiled = VendorProperties.compile(properties, outputs);

    assertThat(compiled)
        .containsExactly(
            Map.entry("Product", "connector"),
            Map.entry("Tenant", Fn.ref("TenantName")),
            Map.entry("RoleArn", Fn.getAtt("Audit", "Arn")),
            Map.entry("RoleName", Fn.ref("Audit")),
            Map.entry("RoleId", Fn.getAtt("Audit", "RoleId")),
            Map.entry("Team", Fn.ref("TeamName")));
  }

  @Test
  void aPropertyCountsItsSources() {
    assertThat(new CallbackProperty("x", null, null, null, null, null).sources()).isEqualTo(1);
    assertThat(new CallbackProperty("x", "P", null, null, "O", null).sources()).isEqualTo(3);
    assertThat(new CallbackProperty(null, null, null, null, null, true).sources()).isZero();
    assertThat(List.copyOf(VendorProperties.RESERVED)).contains("ServiceToken");
  }

  @Test
  void aSwitchedOutputIsSentOnlyWhereItExists() {
    Map<String, CallbackProperty> properties =
        Map.of("Product", new CallbackProperty(null, null, null, null, "ProductOutput", null));
    Map<String, Template.Output> outputs =
        Map.of("ProductOutput", new Template.Output("", "connector", "ConnectIsYes", null));

    assertThat(VendorProperties.compile(properties, outputs))
        .containsExactly(
            Map.entry("Product", Fn.ifThen("ConnectIsYes", "connector", Fn.noValue())));
  }
}
