package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Required;

/** Identity of a blueprint; the name is also the output folder and the default stack name. */
public record Metadata(
    @Required
        @Pattern(
            value = "[a-z][a-z0-9-]{0,62}",
            meaning = "lower-case letters, digits and hyphens, starting with a letter, at most 63")
        @Doc("Blueprint name: lower-case letters, digits and hyphens. Names the output folder.")
        String name,
    @Doc("What the stack is for; becomes the template Description.") String description,
    @Pattern(value = "\\d+\\.\\d+\\.\\d+", meaning = "a semantic version such as 1.2.0")
        @Doc("Version of the blueprint (semantic version). Default 1.0.0.")
        String version,
    @Pattern(
            value = "[A-Za-z][A-Za-z0-9-]{0,127}",
            meaning =
                "a stack name: letters, digits and hyphens, starting with a letter, at most 128")
        @Doc(
            "Default stack name, filled in by quick-create links and shown in the guide. Default:"
                + " the blueprint name.")
        String stackName) {

  public Metadata {
    description = description == null ? "" : description;
    version = version == null ? "1.0.0" : version;
  }
}
