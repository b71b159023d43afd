package dev.onramp.api;

import java.util.Objects;

/**
 * A request that cannot work as configured: which {@link Setting} is wrong, the problem (with the
 * value given) and the fix. Front ends show {@code <their name of the setting>: <problem>} and then
 * {@code fix: <fix>}; {@link #getMessage()} does the same with {@link Setting#label()}.
 */
public final class ConfigurationException extends OnrampException {
  private static final long serialVersionUID = 1L;

  private final Setting setting;
  private final String problem;
  private final String fix;

  ConfigurationException(Setting setting, String problem, String fix) {
    this(setting, problem, fix, null);
  }

  ConfigurationException(Setting setting, String problem, String fix, Throwable cause) {
    super(render(setting.label(), problem, fix), cause);
    this.setting = Objects.requireNonNull(setting, "setting");
    this.problem = Objects.requireNonNull(problem, "problem");
    this.fix = Objects.requireNonNull(fix, "fix");
  }

  public Setting setting() {
    return setting;
  }

  /** What is wrong, with the value given, such as {@code 'aws-eu' is not a partition}. */
  public String problem() {
    return problem;
  }

  /** What to do about it, such as {@code use one of aws, aws-us-gov, aws-cn}. */
  public String fix() {
    return fix;
  }

  /** The message with the setting called {@code settingName}, the front end's word for it. */
  public String render(String settingName) {
    return render(settingName, problem, fix);
  }

  private static String render(String name, String problem, String fix) {
    return name + ": " + problem + "\n  fix: " + fix;
  }
}
