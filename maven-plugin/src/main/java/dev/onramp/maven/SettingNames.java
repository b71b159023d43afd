package dev.onramp.maven;

import dev.onramp.api.Setting;

/** The plugin's names of the settings a configuration error can blame: its properties. */
final class SettingNames {
  private SettingNames() {}

  static String of(Setting setting) {
    return switch (setting) {
      case VENDOR_PRINCIPAL -> "<vendor><principal>";
      case PARTITION -> "cfn.publish.partition";
      case BASELINE -> "cfn.baseline";
      case DIFF_FAIL_ON -> "cfn.diff.failOn";
      case GUIDE_TEMPLATE_DIRECTORY -> "cfn.guide.templateDirectory";
      case LINK_BLUEPRINTS -> "cfn.links.blueprints";
      case TENANT_FILE -> "cfn.tenants";
      case VENDOR_SECRET -> "cfn.links.secretEnv";
      case DIFF_CURRENT -> "cfn.diff.current";
      case REPORT_TEMPLATES -> "cfn.report.templates";
      case IMPORT_TEMPLATE -> "cfn.import.template";
      case IMPORT_NAME -> "cfn.import.name";
      case IMPORT_FORCE -> "cfn.import.force";
      case IAM_CATALOG -> "cfn.iamCatalog";
      case PUBLISH_APPROVE_ESCALATION -> "cfn.publish.approveEscalation";
      case INIT_NAME -> "cfn.init.name";
      case INIT_FROM -> "cfn.init.from";
      case INIT_ROLE_ARN -> "cfn.init.roleArn";
      case INIT_POLICY_SETS -> "cfn.init.policySets";
      case INIT_REGIONS -> "cfn.init.regions";
    };
  }
}
