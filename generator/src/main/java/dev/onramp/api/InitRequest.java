package dev.onramp.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Scaffold a blueprint ({@code cfn:init}): from a shipped blueprint, or from answers.
 *
 * @param blueprintDirectory where the blueprint file goes; it is never overwritten
 * @param baseDirectory paths in messages are relative to it
 * @param name the blueprint's {@code metadata.name}, and its file's name
 * @param from the name of the shipped blueprint to start from (its member comes too when it fans
 *     out to an organization); empty to write one from the answers
 * @param shippedBlueprints the class loader that sees the onramp-blueprints jar
 * @param vendorRoleArn the vendor's role that assumes the customer's roles
 * @param policySets the policy sets of the one role a blueprint from answers has
 * @param regions where its stacks run and its templates are published
 * @param pluginVersion the plugin version the printed pom snippet names
 */
public record InitRequest(
    Path blueprintDirectory,
    Path baseDirectory,
    String name,
    String from,
    ClassLoader shippedBlueprints,
    String vendorRoleArn,
    List<String> policySets,
    List<String> regions,
    String pluginVersion) {

  public InitRequest {
    Objects.requireNonNull(blueprintDirectory, "blueprintDirectory");
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    name = name == null ? "" : name.strip();
    from = from == null ? "" : from.strip();
    Objects.requireNonNull(shippedBlueprints, "shippedBlueprints");
    vendorRoleArn = vendorRoleArn == null ? "" : vendorRoleArn.strip();
    policySets = ProjectBlueprints.normalize(policySets);
    regions = ProjectBlueprints.normalize(regions);
    Objects.requireNonNull(pluginVersion, "pluginVersion");
  }
}
