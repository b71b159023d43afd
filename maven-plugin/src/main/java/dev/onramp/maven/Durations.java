package dev.onramp.maven;

import dev.onramp.publish.s3.PublishException;
import dev.onramp.publish.s3.PublishSettings;
import java.time.Duration;
import org.apache.maven.plugin.MojoFailureException;

/** Durations as users write them on a command line: ISO-8601 ({@code PT12H}) or {@code 12h}. */
final class Durations {
  private Durations() {}

  static Duration parse(String text, String property) throws MojoFailureException {
    try {
      return PublishSettings.duration(text, property);
    } catch (PublishException e) {
      throw new MojoFailureException(e.problem() + "\n  fix: " + e.hint());
    }
  }
}
