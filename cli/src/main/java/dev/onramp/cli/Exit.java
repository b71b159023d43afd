package dev.onramp.cli;

/**
 * The exit codes of {@code onramp}, documented in docs/cli.md. They split what the Maven plugin
 * reports as a build failure ({@code MojoFailureException}) into a failed input or check (1) and a
 * usage or configuration error (2), and keep its execution error ({@code MojoExecutionException}, a
 * failure of the machine) apart (3).
 */
final class Exit {
  /** Done; or skipped; or help printed. */
  static final int OK = 0;

  /**
   * The input or a check failed: located problems in a blueprint, a tenant file or a template;
   * validate's findings, a diff that fail-on does not accept, an import or a release refused.
   */
  static final int FAILED = 1;

  /**
   * The command line or the configuration is wrong: an unknown command or option, a missing or bad
   * value, no blueprints, a setting the API refuses (ConfigurationException), a missing secret.
   */
  static final int USAGE = 2;

  /**
   * The machine failed, not the input: a file could not be read or written, cfn-lint or Docker
   * could not run, S3 could not be reached (EnvironmentException and its kin).
   */
  static final int ENVIRONMENT = 3;

  /** A bug in Onramp: the stack trace is printed; please report it. */
  static final int INTERNAL = 4;

  private Exit() {}
}
