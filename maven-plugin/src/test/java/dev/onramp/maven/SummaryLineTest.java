package dev.onramp.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.generate.GeneratedBlueprint;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SummaryLineTest {

  private final Path base = Path.of("/work/vendor").toAbsolutePath();

  @Test
  void namesCountsSizesAndTheFolderRelativeToTheProject() {
    Path folder = base.resolve("target/cfn/acme-readonly");
    GeneratedBlueprint written = new GeneratedBlueprint("acme-readonly", folder, 3, 812, 1204);

    assertThat(SummaryLine.of(written, base))
        .isEqualTo(
            "acme-readonly: 3 resources, template.yaml 812 bytes, template.json 1204 bytes"
                + " -> target/cfn/acme-readonly");
  }

  @Test
  void showsAFolderOutsideTheProjectAsAnAbsolutePath() {
    Path elsewhere = Path.of("/tmp/out/acme").toAbsolutePath();

    assertThat(SummaryLine.display(elsewhere, base)).isEqualTo(elsewhere.toString());
  }

  @Test
  void normalizesDotsBeforeRelativizing() {
    assertThat(SummaryLine.display(base.resolve("target/../target/cfn"), base))
        .isEqualTo("target/cfn");
  }
}
