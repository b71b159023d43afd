package dev.onramp.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as users write them on a command line: ISO-8601 ({@code PT12H}) or {@code 12h}, read as
 * the plugin reads them.
 */
final class Durations {
  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})([smhd])");

  private Durations() {}

  static Duration parse(String text, Option option) throws CommandException {
    String value = text.strip().toLowerCase(Locale.ROOT);
    Matcher shortForm = SHORT.matcher(value);
    if (shortForm.matches()) {
      long amount = Long.parseLong(shortForm.group(1));
      return switch (shortForm.group(2)) {
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      };
    }
    try {
      return Duration.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw CommandException.usage(
          option
              + " '"
              + text
              + "' is not a duration\n  fix: write it as 12h, 7d, 30m or in ISO-8601 such as PT12H");
    }
  }
}
