package dev.onramp.diagnostic;

/**
 * Every rule a blueprint or a generated template can break, with a stable id users can search for.
 * Ids never change meaning once released; retired ids are not reused.
 */
public enum DiagnosticCode implements Rule {
  // Reading the file
  YAML_SYNTAX("ONR001"),
  DUPLICATE_KEY("ONR002"),
  UNSUPPORTED_YAML("ONR003"),
  UNREADABLE_FILE("ONR004"),

  // Shape of the document
  UNKNOWN_KEY("ONR101"),
  MISSING_KEY("ONR102"),
  WRONG_TYPE("ONR103"),
  INVALID_VALUE("ONR104"),

  // Meaning of the document
  UNSUPPORTED_VERSION("ONR201"),
  INVALID_ACCOUNT_ID("ONR202"),
  INVALID_ARN("ONR203"),
  INVALID_NAME("ONR204"),
  DUPLICATE_NAME("ONR205"),
  UNDEFINED_PARAMETER("ONR206"),
  UNKNOWN_POLICY_SET("ONR207"),
  WILDCARD_IN_READ_ONLY("ONR208"),
  INVALID_TRUST("ONR209"),
  INVALID_STATEMENT("ONR210"),
  INVALID_SWITCH("ONR211"),
  INVALID_PARAMETER("ONR212"),
  UNDEFINED_REFERENCE("ONR213"),
  INVALID_CALLBACK("ONR214"),
  WRONG_PARTITION("ONR215"),
  INVALID_ORGANIZATION("ONR216"),
  INVALID_SUPPRESSION("ONR217"),
  /**
   * A trusted principal that could be any account: a parameter without a strict pattern, a
   * wildcard.
   */
  UNSAFE_TRUST_PRINCIPAL("ONR218"),
  /** A role's trust shape that is unknown, circular, or drops the ExternalId for an outsider. */
  INVALID_TRUST_SHAPE("ONR219"),
  /** An always-created part refers to a switched one, in a way no Fn::If can make safe. */
  SWITCHED_REFERENCE("ONR220"),
  /** An output's Export name that CloudFormation would refuse or that is not unique. */
  INVALID_EXPORT("ONR221"),
  /** Reuse of the customer's Cost and Usage Report, or its names from parameters, is wrong. */
  INVALID_REPORT_REUSE("ONR222"),
  /** An existing role or the existing buckets a role reads are wrong. */
  INVALID_ROLE_REUSE("ONR223"),
  /** The callback would send a NoEcho parameter's value without {@code sendSecret: true}. */
  SECRET_SENT_WITHOUT_OPT_IN("ONR224"),
  /** A tag key prefix (a policy set's {@code keyPrefix}) IAM could not match literally. */
  INVALID_KEY_PREFIX("ONR225"),
  INVALID_RAW_RESOURCE("ONR226"),
  UNDEFINED_RAW_REFERENCE("ONR227"),
  RAW_PARTITION_LITERAL("ONR228"),
  UNSAFE_RAW_RESOURCE("ONR229"),
  /** The vendor's whole account would be trusted without the blueprint choosing it. */
  ACCOUNT_TRUST_NOT_CHOSEN("ONR247"),
  /** The blueprint chose to trust the vendor's whole account: said, with what it means. */
  WHOLE_ACCOUNT_TRUSTED("ONR248"),

  // Limits of IAM and CloudFormation
  POLICY_TOO_LARGE("ONR301"),
  TOO_MANY_MANAGED_POLICIES("ONR302"),
  TEMPLATE_NEEDS_S3("ONR303"),
  TEMPLATE_TOO_LARGE("ONR304"),
  TOO_MANY_ELEMENTS("ONR305"),
  TRUST_POLICY_TOO_LARGE("ONR306"),
  PARTITION_LITERAL("ONR307"),
  // Retired: ONR308 (inline Lambda code over 4,096 characters), a limit CloudFormation lifted.
  MEMBER_TEMPLATE_TOO_LARGE("ONR309"),
  /** A member template names IAM resources alike in every region of a multi-region StackSet. */
  GLOBAL_NAMES_IN_SEVERAL_REGIONS("ONR310"),

  // The set of blueprints and the output
  DUPLICATE_BLUEPRINT("ONR401"),
  BLUEPRINT_NOT_FOUND("ONR402"),
  OUTPUT_FAILED("ONR403"),
  STALE_OUTPUT("ONR404"),
  MEMBER_NOT_FOUND("ONR405"),
  CDK_TEMPLATE_FAILED("ONR406"),
  DUPLICATE_CONSTRUCT("ONR407"),
  // Publishing and links: what cfn:publish and cfn:links need from a blueprint and a tenant file.
  NOT_PUBLISHABLE("ONR601"),
  NO_BUCKET_FOR_REGION("ONR602"),
  PARTITIONS_MIXED("ONR603"),
  TENANT_FILE_INVALID("ONR604"),
  LINK_REFUSED("ONR605"),

  // Importing a hand-written template (cfn:import)
  /** Not YAML or JSON, or an intrinsic function's tag or shape CloudFormation refuses. */
  IMPORT_UNREADABLE_TEMPLATE("ONR701"),
  /** Readable, but not a CloudFormation template (no Resources), or an unknown function. */
  IMPORT_NOT_A_TEMPLATE("ONR702"),
  /** A template without the vendor's role, which a blueprint starts from. */
  IMPORT_NO_VENDOR_ROLE("ONR703"),

  // The cost-report Lambda (issue 23)
  /** The report's settings do not fit the 4 KB Lambda allows a function's environment. */
  REPORT_SETTINGS_TOO_LARGE("ONR230"),
  /** {@code adoptExisting} with the native resource, which cannot adopt a report. */
  ADOPT_NEEDS_LAMBDA("ONR231"),

  // Names checked against Onramp's bundled catalogs, and Fn::Sub texts CloudFormation would refuse
  /**
   * An IAM action whose service or name the bundled action catalog does not know, or a wildcard
   * that matches none of its actions. Waivable (an action newer than the catalog) with a {@code
   * suppressions} entry for this rule.
   */
  UNKNOWN_ACTION("ONR241"),
  /** A region code no partition lists, in the bundled region list. */
  UNKNOWN_REGION("ONR242"),
  /** A list parameter named inside {@code ${…}} of an {@code Fn::Sub}, whose variables are text. */
  LIST_PARAMETER_IN_SUB("ONR243"),

  // The publishing gate (issue 24): cfn:publish refuses what the checks refuse
  /** A template to publish fails Onramp's own checks or cfn-lint (errors). */
  PUBLISH_CHECKS_FAIL("ONR610"),
  /** No cfn:validate report or cfn-lint cache entry vouches for the bytes to publish. */
  PUBLISH_NOT_VALIDATED("ONR611"),

  // Tenant files (issue 25): a blueprint column and per-tenant parameter values
  /** A tenant file's {@code blueprint} cell names no blueprint of the build. */
  TENANT_BLUEPRINT_UNKNOWN("ONR704"),
  /**
   * A tenant file's {@code param:} column or cell names a parameter the template its row is for
   * does not have, or the ExternalId parameter, which every link fills from the tenant's id.
   */
  TENANT_PARAMETER_UNKNOWN("ONR705"),
  /** A tenant's parameter value that the template's AllowedValues, pattern or lengths refuse. */
  TENANT_PARAMETER_REFUSED("ONR706"),

  // IAM's casing in statements (issue 25)
  /**
   * One key written in both its spellings in one mapping, such as {@code action} and {@code
   * Action}.
   */
  KEY_SPELLED_TWICE("ONR260");

  private final String id;

  DiagnosticCode(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String tool() {
    return "onramp";
  }
}
