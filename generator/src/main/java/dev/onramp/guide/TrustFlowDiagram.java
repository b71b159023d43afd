package dev.onramp.guide;

import dev.onramp.aws.AccountId;
import dev.onramp.aws.Arn;
import dev.onramp.blueprint.model.Vendor;
import dev.onramp.template.TemplateFacts;
import dev.onramp.template.TemplateFacts.CostReportParts;
import dev.onramp.template.TemplateFacts.MemberStackSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guide's Mermaid flowchart: who assumes what, and where data flows. Nodes are the stack's own
 * resources by logical id (letters and digits, safe as Mermaid ids); every label is quoted, with
 * the characters Mermaid would read as syntax written as entities.
 */
final class TrustFlowDiagram {

  private final List<String> vendorNodes = new ArrayList<>();
  private final List<String> accountNodes = new ArrayList<>();
  private final List<String> outsideNodes = new ArrayList<>();
  private final List<String> edges = new ArrayList<>();

  /** A role the vendor assumes, with the access levels of what it may do, least first. */
  record VendorRole(
      String logicalId, List<String> accessLevels, boolean readsReport, String assumedFrom) {
    /** A role the vendor assumes directly, with the ExternalId. */
    VendorRole(String logicalId, List<String> accessLevels, boolean readsReport) {
      this(logicalId, accessLevels, readsReport, null);
    }
  }

  /** The flowchart's text, without the Markdown fence, lines joined by line feeds. */
  static String of(
      String vendorName,
      Vendor vendor,
      TemplateFacts facts,
      List<VendorRole> roles,
      MemberTrust memberTrust,
      Map<String, String> registeredRoles) {
    TrustFlowDiagram diagram = new TrustFlowDiagram();
    diagram.build(vendorName, vendor, facts, roles, memberTrust, registeredRoles);
    return diagram.render(vendorName, vendor);
  }

  private void build(
      String vendorName,
      Vendor vendor,
      TemplateFacts facts,
      List<VendorRole> roles,
      MemberTrust memberTrust,
      Map<String, String> registeredRoles) {
    vendorNodes.add(
        node("vendorPrincipal", TrustNotes.principalLabel(vendor, principalLabel(vendor))));
    boolean anyAccess = false;
    for (VendorRole role : roles) {
      accountNodes.add(node(role.logicalId(), role.logicalId() + "<br/>IAM role"));
      edges.add(
          role.assumedFrom() == null
              ? edge(
                  "vendorPrincipal", "-->", "sts:AssumeRole with your ExternalId", role.logicalId())
              : edge(role.assumedFrom(), "-->", "sts:AssumeRole", role.logicalId()));
      if (!role.accessLevels().isEmpty()) {
        anyAccess = true;
        edges.add(
            edge(role.logicalId(), "-->", String.join(", ", role.accessLevels()), "yourResources"));
      }
    }
    if (anyAccess) {
      accountNodes.add(node("yourResources", "Your resources and their configuration"));
    }
    facts.costReport().ifPresent(report -> addCostReport(report, roles));
    String stackSet = facts.member().map(MemberStackSet::stackSet).orElse(null);
    if (stackSet != null) {
      accountNodes.add(node(stackSet, stackSet + "<br/>StackSet"));
      outsideNodes.add(node("memberAccounts", "Member accounts<br/>a role in each"));
      edges.add(edge(stackSet, "-->", "creates the member stack", "memberAccounts"));
      String hub = memberTrust.hubRole().filter(id -> !id.isEmpty()).orElse("vendorPrincipal");
      edges.add(
          memberTrust.throughHub()
              ? edge(hub, "-->", "sts:AssumeRole inside your organization", "memberAccounts")
              : edge(
                  "vendorPrincipal",
                  "-->",
                  "sts:AssumeRole with your ExternalId",
                  "memberAccounts"));
    }
    String registration = facts.registrations().stream().findFirst().orElse(null);
    boolean membersRegister = facts.member().filter(MemberStackSet::registers).isPresent();
    if (registration != null || membersRegister) {
      // The topic sits after what publishes to it, outside the vendor's box: inside it, the
      // registration's edge would run back against the flow, and the layout would route the
      // vendor's AssumeRole edges through the registration.
      outsideNodes.add(
          node(
              "vendorTopic",
              vendorName + " onboarding topic<br/>SNS, in " + vendorName + "'s account"));
    }
    if (registration != null) {
      accountNodes.add(node(registration, registration + "<br/>registration"));
      // The registration reports a role: drawn after it, it stays out of the vendor's way.
      String reported = registeredRoles.get(registration);
      roles.stream()
          .map(VendorRole::logicalId)
          .filter(id -> id.equals(reported))
          .findFirst()
          .or(() -> roles.stream().map(VendorRole::logicalId).findFirst())
          .ifPresent(role -> edges.add(edge(role, "-.->", "its ARN", registration)));
      edges.add(edge(registration, "-.->", "role ARN and ExternalId", "vendorTopic"));
    }
    if (membersRegister) {
      edges.add(edge("memberAccounts", "-.->", "role ARN and ExternalId", "vendorTopic"));
    }
  }

  private void addCostReport(CostReportParts report, List<VendorRole> roles) {
    outsideNodes.add(node("awsBilling", "AWS Billing<br/>Cost and Usage Report"));
    String bucket = report.bucket();
    accountNodes.add(cylinder(bucket, bucket + "<br/>S3 bucket"));
    edges.add(edge("awsBilling", "-->", "delivers the report", bucket));
    for (VendorRole role : roles) {
      if (role.readsReport()) {
        edges.add(edge(role.logicalId(), "-->", "reads the report", bucket));
      }
    }
    if (report.createdByFunction()) {
      String function = report.function();
      accountNodes.add(node(function, function + "<br/>Lambda function"));
      edges.add(edge(function, "-->", "creates the report", "awsBilling"));
    }
  }

  private String render(String vendorName, Vendor vendor) {
    List<String> lines = new ArrayList<>();
    lines.add("flowchart LR");
    String account =
        accountOf(vendor)
            .map(id -> ": AWS account " + id)
            .orElse(TrustNotes.accountCaption(vendor));
    lines.add("  subgraph vendorAccount[\"" + label(vendorName + account) + "\"]");
    vendorNodes.forEach(node -> lines.add("    " + node));
    lines.add("  end");
    lines.add("  subgraph customerAccount[\"Your AWS account\"]");
    accountNodes.forEach(node -> lines.add("    " + node));
    lines.add("  end");
    outsideNodes.forEach(node -> lines.add("  " + node));
    edges.forEach(edge -> lines.add("  " + edge));
    return String.join("\n", lines);
  }

  /** The vendor's account: given, or the one in its role ARN. */
  private static Optional<String> accountOf(Vendor vendor) {
    if (vendor.accountId() != null) {
      return Optional.of(vendor.accountId());
    }
    return Arn.parse(vendor.roleArn())
        .filter(arn -> arn.service().equals("iam") && arn.region().isEmpty())
        .map(Arn::account)
        .filter(AccountId::isAccountId);
  }

  private static String principalLabel(Vendor vendor) {
    return switch (vendor.trustedPrincipal()) {
      case ROLE, ACCOUNT_ROOT_NARROWED ->
          vendor.roleArn() == null ? "the vendor's role" : "role " + roleName(vendor.roleArn());
      case ACCOUNT_ROOT -> "principals the account allows";
    };
  }

  /** {@code acme/AcmeCollector} of {@code arn:aws:iam::111122223333:role/acme/AcmeCollector}. */
  private static String roleName(String roleArn) {
    return Arn.parse(roleArn)
        .map(Arn::resource)
        .filter(resource -> resource.startsWith("role/"))
        .map(resource -> resource.substring("role/".length()))
        .orElse(roleArn);
  }

  private static String node(String id, String text) {
    return id + "[\"" + label(text) + "\"]";
  }

  private static String cylinder(String id, String text) {
    return id + "[(\"" + label(text) + "\")]";
  }

  private static String edge(String from, String arrow, String text, String to) {
    return from + " " + arrow + "|\"" + label(text) + "\"| " + to;
  }

  /**
   * Text inside a quoted Mermaid label: a double quote would end it and {@code #} starts an entity,
   * so both are written as entities; {@code <br/>} is the one markup a label keeps.
   */
  static String label(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (text.startsWith("<br/>", i)) {
        out.append("<br/>");
        i += 4;
        continue;
      }
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("#quot;");
        case '#' -> out.append("#35;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
