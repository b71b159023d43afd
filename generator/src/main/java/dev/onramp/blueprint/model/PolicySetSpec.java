package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Required;
import java.util.List;

/**
 * A named, reusable group of statements. Built-in sets ship with the generator; a blueprint may add
 * its own. A set that claims to be read-only may not grant wildcard actions.
 */
public record PolicySetSpec(
    @Required
        @Pattern(
            value = "[a-z][a-z0-9-]{0,62}",
            meaning = "lower-case letters, digits and hyphens, starting with a letter")
        @Doc("Set name, referenced from roles[].policySets.")
        String name,
    @Doc("What the set grants and why the vendor needs it.") String description,
    @Doc("Claims the set only reads; then '*' and 'service:*' actions are errors.")
        Boolean readOnly,
    @Required @Doc("The statements of the set.") List<StatementSpec> statements) {

  public PolicySetSpec {
    description = description == null ? "" : description;
    readOnly = readOnly != null && readOnly;
    statements = statements == null ? List.of() : List.copyOf(statements);
  }
}
