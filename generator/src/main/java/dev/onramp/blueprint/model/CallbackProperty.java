package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.ScalarForm;

/**
 * One property of the callback in the vendor's own schema: exactly one of a constant, a parameter's
 * value, a role's attribute or an output's value. A plain scalar is a constant.
 */
@ScalarForm("value")
public record CallbackProperty(
    @Doc("A constant value.") String value,
    @Pattern(value = "[A-Za-z][A-Za-z0-9]{0,254}", meaning = "a parameter name")
        @Doc("Name of a parameter whose value is sent.")
        String parameter,
    @Pattern(value = "[A-Z][A-Za-z0-9]{0,63}", meaning = "the id of a role of this blueprint")
        @Doc("Id of a role whose attribute is sent.")
        String role,
    @Doc("Role attribute sent with 'role': Arn (default), RoleId or Name.")
        OutputSpec.Attribute attribute,
    @Pattern(value = "[A-Za-z][A-Za-z0-9]{0,254}", meaning = "an output name")
        @Doc("Name of an output whose value is sent.")
        String output,
    @Doc(
            "Send a NoEcho parameter's value (a secret, such as an API token) to the vendor. Without"
                + " it a NoEcho parameter is refused; with it the guide and the permission"
                + " inventory say that a secret is sent.")
        Boolean sendSecret) {

  public CallbackProperty {
    sendSecret = sendSecret != null && sendSecret;
  }

  /** How many of value, parameter, role and output are given (exactly one is valid). */
  public int sources() {
    int count = 0;
    for (Object source : new Object[] {value, parameter, role, output}) {
      count += source == null ? 0 : 1;
    }
    return count;
  }
}
