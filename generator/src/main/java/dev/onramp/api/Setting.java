package dev.onramp.api;

/**
 * A setting of a request that a {@link ConfigurationException} can blame. Front ends name each in
 * their own words (the Maven plugin: {@code cfn.publish.partition}, {@code
 * <guideTemplateDirectory>}); {@link #label()} is the neutral name used in the exception's own
 * message.
 */
public enum Setting {
  VENDOR_PRINCIPAL("vendor principal"),
  PARTITION("partition"),
  BASELINE("baseline"),
  DIFF_FAIL_ON("diff failOn"),
  GUIDE_TEMPLATE_DIRECTORY("guide template directory"),
  LINK_BLUEPRINTS("link blueprints"),
  TENANT_FILE("tenant file"),
  VENDOR_SECRET("vendor secret"),
  DIFF_CURRENT("diff current"),
  REPORT_TEMPLATES("report templates"),
  IMPORT_TEMPLATE("import template"),
  IMPORT_NAME("import name"),
  IMPORT_FORCE("import force"),
  IAM_CATALOG("IAM catalog"),
  PUBLISH_APPROVE_ESCALATION("escalation approval"),
  INIT_NAME("init name"),
  INIT_FROM("init from"),
  INIT_ROLE_ARN("init vendor role"),
  INIT_POLICY_SETS("init policy sets"),
  INIT_REGIONS("init regions");

  private final String label;

  Setting(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
