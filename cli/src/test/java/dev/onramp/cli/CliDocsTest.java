package dev.onramp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/cli.md names every command and every option with its property: it cannot fall behind. */
class CliDocsTest {

  @Test
  void theDocumentationNamesEveryOption() throws Exception {
    String doc = Files.readString(Path.of("../docs/cli.md"), StandardCharsets.UTF_8);
    for (Command command : Main.commands().values()) {
      assertThat(doc).contains("### `onramp " + command.name() + "`");
      for (Option option : command.options()) {
        if (option.unsupported().isPresent() || option.name().startsWith("skip-")) {
          continue;
        }
        assertThat(doc).as(command.name()).contains("`" + option.longName() + "`");
        option
            .property()
            .ifPresent(
                property -> assertThat(doc).as(option.name()).contains("`" + property + "`"));
      }
    }
  }
}
