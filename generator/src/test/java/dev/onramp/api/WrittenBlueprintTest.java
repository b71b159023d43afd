package dev.onramp.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WrittenBlueprintTest {

  private final Path base = Path.of("/work/vendor").toAbsolutePath();

  @Test
  void namesCountsSizesAndTheFolderRelativeToTheProject() {
    Path folder = base.resolve("target/cfn/acme-readonly");
    WrittenBlueprint written = new WrittenBlueprint("acme-readonly", folder, 3, 812, 1204, 0);

    assertThat(written.summary(base))
        .isEqualTo(
            "acme-readonly: 3 resources, template.yaml 812 bytes, template.json 1204 bytes"
                + " -> target/cfn/acme-readonly");
  }

  @Test
  void showsAFolderOutsideTheProjectAsAnAbsolutePath() {
    Path elsewhere = Path.of("/tmp/out/acme").toAbsolutePath();

    assertThat(DisplayPath.of(elsewhere, base)).isEqualTo(elsewhere.toString());
  }

  @Test
  void normalizesDotsBeforeRelativizing() {
    assertThat(DisplayPath.of(base.resolve("target/../target/cfn"), base)).isEqualTo("target/cfn");
  }
}
