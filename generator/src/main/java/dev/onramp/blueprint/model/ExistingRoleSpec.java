package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Required;

/**
 * A role the customer already has, named by a parameter: the blueprint's policies for the role are
 * attached to it instead of creating a role.
 */
public record ExistingRoleSpec(
    @Required
        @Pattern(value = "[A-Za-z][A-Za-z0-9]{0,254}", meaning = "a parameter name")
        @Doc("Parameter holding the existing role's name (created when not declared).")
        String parameter) {}
