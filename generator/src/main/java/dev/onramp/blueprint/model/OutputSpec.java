package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Labeled;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Required;

/** A stack output: an attribute of a role, or a parameter's value. */
public record OutputSpec(
    @Required
        @Pattern(
            value = "[A-Za-z][A-Za-z0-9]{0,254}",
            meaning = "letters and digits, starting with a letter")
        @Doc("Output name.")
        String name,
    @Doc("Output description.") String description,
    @Doc("Id of a role whose attribute is output.") String role,
    @Doc("Role attribute: Arn (default), RoleId or Name.") Attribute attribute,
    @Doc("Name of a parameter whose value is output.") String parameter) {

  public OutputSpec {
    description = description == null ? "" : description;
    attribute = attribute == null ? Attribute.ARN : attribute;
  }

  /** Role attributes a blueprint may output. */
  public enum Attribute implements Labeled {
    ARN("Arn"),
    ROLE_ID("RoleId"),
    NAME("Name");

    private final String label;

    Attribute(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }
}
