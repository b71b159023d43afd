package dev.onramp.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code cfn:init} wrote, and what to put into the build to use it.
 *
 * @param blueprints the blueprint files written: the blueprint, then its member if it has one
 * @param pomSnippet the plugin element that generates and validates the blueprints on every build
 * @param settingsSnippet the {@code pluginGroup} that lets {@code mvn cfn:generate} find the plugin
 */
public record InitResult(List<Path> blueprints, String pomSnippet, String settingsSnippet) {
  public InitResult {
    blueprints = List.copyOf(blueprints);
  }
}
