package dev.onramp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The command line itself: help, usage errors and their exit codes, the progress line. */
class MainTest {

  @Test
  void helpListsTheCommandsAndExitCodes() {
    CliRun run = CliRun.run("--help");
    assertThat(run.code()).isEqualTo(Exit.OK);
    for (String command :
        new String[] {
          "generate", "validate", "report", "diff", "guide", "links", "publish", "import"
        }) {
      assertThat(run.out()).contains("  " + command + " ");
    }
    assertThat(run.out()).contains("Exit codes: 0 done, 1 the input or a check failed");
  }

  @Test
  void everyCommandHasHelpWithThePluginsProperties() {
    for (Command command : Main.commands().values()) {
      CliRun run = CliRun.run(command.name(), "--help");
      assertThat(run.code()).as(command.name()).isEqualTo(Exit.OK);
      assertThat(run.out())
          .as(command.name())
          .startsWith("Usage: onramp " + command.name() + " [options]")
          .contains("--blueprint-directory <dir>")
          .contains("(-Dcfn.blueprintDirectory)")
          .contains("--skip-" + command.name());
      assertThat(run.err()).isEmpty();
    }
    assertThat(CliRun.run("publish", "--help").out())
        .contains("--approve-escalation <reason>")
        .contains("(-Dcfn.publish.approveEscalation)")
        .contains("--dry-run")
        .contains("--s3-endpoint <url>")
        .doesNotContain("--s3-server-id");
  }

  @Test
  void noArgumentsIsAUsageError() {
    CliRun run = CliRun.run();
    assertThat(run.code()).isEqualTo(Exit.USAGE);
    assertThat(run.err()).startsWith("Usage: onramp <command> [options]");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    CliRun run = CliRun.run("genrate");
    assertThat(run.code()).isEqualTo(Exit.USAGE);
    assertThat(run.err()).contains("onramp: unknown command 'genrate'").contains("generate");
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithASuggestion() {
    CliRun run = CliRun.run("generate", "--output-dir", "x");
    assertThat(run.code()).isEqualTo(Exit.USAGE);
    assertThat(run.err())
        .contains("onramp generate: unknown option '--output-dir'")
        .contains("did you mean '--output-directory'?");
  }

  @Test
  void anOptionWithoutItsValueIsAUsageError() {
    CliRun run = CliRun.run("diff", "--baseline");
    assertThat(run.code()).isEqualTo(Exit.USAGE);
    assertThat(run.err()).contains("--baseline needs a value");
  }

  @Test
  void aMavenOnlySettingIsRefusedWithTheWayToDoIt() {
    CliRun run = CliRun.run("publish", "-Dcfn.s3.serverId=corp");
    assertThat(run.code()).isEqualTo(Exit.USAGE);
    assertThat(run.err())
        .contains("-Dcfn.s3.serverId is a setting of the Maven plugin only")
        .contains("AWS_ACCESS_KEY_ID");
  }

  @Test
  void skipSkips() {
    CliRun run = CliRun.run("validate", "-Dcfn.validate.skip=true");
    assertThat(run.code()).isEqualTo(Exit.OK);
    assertThat(run.err()).contains("Skipping template validation (cfn.validate.skip)");
    assertThat(CliRun.run("generate", "--skip").err())
        .contains("Skipping blueprint generation (cfn.skip)");
  }

  @Test
  void aBadSwitchValueIsAUsageError() {
    CliRun run = CliRun.run("generate", "--cdk-dump-view-model=yes");
    assertThat(run.code()).isEqualTo(Exit.USAGE);
    assertThat(run.err()).contains("'yes' is not true or false");
  }

  @Test
  void progressGoesToStderrAfterTheGraceTime() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      Progress progress =
          Progress.start(stream, "links", Duration.ofMillis(50), Duration.ofMillis(50));
      Thread.sleep(300);
      progress.close();
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("onramp links: working, ");
    ByteArrayOutputStream quiet = new ByteArrayOutputStream();
    try (PrintStream stream = new PrintStream(quiet, true, StandardCharsets.UTF_8);
        Progress progress = Progress.start(stream, "links")) {
      assertThat(progress).isNotNull();
    }
    assertThat(quiet.size()).as("a short run prints no progress").isZero();
  }
}
