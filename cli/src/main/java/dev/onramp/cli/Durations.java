package dev.onramp.cli;

import dev.onramp.publish.s3.PublishException;
import dev.onramp.publish.s3.PublishSettings;
import java.time.Duration;

/**
 * Durations as users write them on a command line: ISO-8601 ({@code PT12H}) or {@code 12h}, read as
 * the plugin reads them.
 */
final class Durations {
  private Durations() {}

  static Duration parse(String text, Option option) throws CommandException {
    try {
      return PublishSettings.duration(text, option.toString());
    } catch (PublishException e) {
      throw CommandException.usage(e.problem() + "\n  fix: " + e.hint());
    }
  }
}
