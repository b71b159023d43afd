package dev.onramp.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

  private static Diagnostic error(String file, int line) {
    return Diagnostic.error(
        DiagnosticCode.UNKNOWN_KEY,
        new SourceLocation(file, line, 5, "roles[0].nmae"),
        "unknown key 'nmae'",
        "did you mean 'name'?");
  }

  @Test
  void theMessageIsOneLineCountingErrorsAndFilesNeverTheList() {
    BlueprintException problems =
        new BlueprintException(
            List.of(
                error("a.yaml", 3),
                error("a.yaml", 9),
                error("b.yaml", 1),
                Diagnostic.warning(
                    DiagnosticCode.TEMPLATE_NEEDS_S3,
                    new SourceLocation("c.yaml", 1, 1, ""),
                    "big",
                    "publish it")));

    InvalidInputException e =
        InvalidInputException.of(problems, InvalidInputException.Input.BLUEPRINTS);

    assertThat(e.summary()).isEqualTo("3 errors in 2 blueprints");
    assertThat(e.getMessage()).isEqualTo("3 errors in 2 blueprints; nothing was written");
    assertThat(e.messages())
        .extracting(Message::level)
        .containsExactly(
            Message.Level.ERROR, Message.Level.ERROR, Message.Level.ERROR, Message.Level.WARNING);
    assertThat(e.messages().get(0).lines())
        .containsExactly(
            "a.yaml:3:5: error ONR101 at roles[0].nmae: unknown key 'nmae'",
            "  fix: did you mean 'name'?");
  }

  @Test
  void oneErrorInOneFileIsSingular() {
    InvalidInputException e =
        InvalidInputException.of(
            new BlueprintException(List.of(error("tenants.csv", 1))),
            InvalidInputException.Input.TENANT_FILE);

    assertThat(e.summary()).isEqualTo("1 error in 1 tenant file");
  }
}
