package dev.onramp.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.api.Message;
import dev.onramp.api.ValidateResult;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cfn:validate prints each finding once, at its level, so a build log shows an error as one. */
class ValidateMojoLogTest {
  @TempDir Path project;

  @Test
  void errorsAreLoggedAtErrorWarningsAtWarnAndTheCountsAtInfoEachOnce() throws Exception {
    ValidateMojo mojo = new ValidateMojo();
    Field base = AbstractBlueprintMojo.class.getDeclaredField("baseDirectory");
    base.setAccessible(true);
    base.set(mojo, project.toFile());
    List<String> logged = new ArrayList<>();
    mojo.setLog(
        new SystemStreamLog() {
          @Override
          public void info(CharSequence content) {
            logged.add("[INFO] " + content);
          }

          @Override
          public void warn(CharSequence content) {
            logged.add("[WARNING] " + content);
          }

          @Override
          public void error(CharSequence content) {
            logged.add("[ERROR] " + content);
          }
        });
    Path reports = project.resolve("target/cfn-reports");
    ValidateResult result =
        new ValidateResult(
            List.of(
                new Message(Message.Level.INFO, "acme: 1 error, 1 warning, 0 info"),
                new Message(
                    Message.Level.ERROR,
                    "target/cfn/acme/template.yaml:12:5: error E3012 at Parameters.A.Default: bad"),
                new Message(Message.Level.ERROR, "  fix: write a number"),
                new Message(
                    Message.Level.WARNING,
                    "target/cfn/acme/template.yaml:7:3: warning W2001: Parameter Unused not used"),
                new Message(Message.Level.INFO, "Validated 1 template: 1 error, 1 warning")),
            List.of(
                reports.resolve("cfn-validate.json"),
                reports.resolve("cfn-validate.sarif"),
                reports.resolve("cfn-validate-junit.xml")),
            true);

    mojo.print(result);

    assertThat(logged)
        .containsExactly(
            "[INFO] acme: 1 error, 1 warning, 0 info",
            "[ERROR] target/cfn/acme/template.yaml:12:5: error E3012 at Parameters.A.Default: bad",
            "[ERROR]   fix: write a number",
            "[WARNING] target/cfn/acme/template.yaml:7:3: warning W2001: Parameter Unused not used",
            "[INFO] Validated 1 template: 1 error, 1 warning",
            "[INFO] Reports: target" + File.separator + "cfn-reports");
  }
}
