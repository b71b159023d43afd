package dev.onramp.guide;

import dev.onramp.aws.Partition;
import dev.onramp.review.report.InventoryCells;
import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFacts;
import dev.onramp.template.TemplateFacts.MemberStackSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a customer does with the stack after the first reading: the registration's wait for the
 * vendor (who publishes to the vendor's topic, how long the stack waits, what happens without an
 * answer), finding the ids a StackSet deploys to, updating to a new version, and the common
 * failures. Every command names the same region as the guide's {@code create-stack}.
 */
final class CustomerOperations {
  /** CloudFormation's wait for a custom resource's answer when ServiceTimeout is not given. */
  private static final String DEFAULT_TIMEOUT = "3600";

  private final Template template;
  private final TemplateFacts facts;
  private final String vendor;
  private final String stackName;
  private final String region;
  private final String externalId;
  private final GuideView.Capability capability;
  private final boolean published;
  private final Optional<Template> member;

  CustomerOperations(
      Template template,
      TemplateFacts facts,
      String vendor,
      GuideView.Launch launch,
      GuideView.Capability capability,
      Optional<Template> member) {
    this.template = template;
    this.facts = facts;
    this.vendor = vendor;
    this.stackName = launch.stackName();
    this.region = launch.region();
    this.externalId = launch.externalIdParameter();
    this.capability = capability;
    this.published = launch.published();
    this.member = member;
  }

  /** A custom resource that registers the account: its id, the topic and the wait. */
  private record Registration(String id, String topic, String timeoutSeconds) {}

  private List<Registration> registrations() {
    List<Registration> registrations = new ArrayList<>();
    for (String id : facts.registrations()) {
      Template.Resource resource = template.resources().get(id);
      if (resource != null) {
        registrations.add(registration(id, resource));
      }
    }
    return registrations;
  }

  /** The member template's registration, when the member stacks register their accounts. */
  private Optional<Registration> memberRegistration() {
    if (facts.member().filter(MemberStackSet::registers).isEmpty() || member.isEmpty()) {
      return Optional.empty();
    }
    return member.get().resources().entrySet().stream()
        .filter(entry -> entry.getValue().properties().containsKey("ServiceToken"))
        .filter(entry -> entry.getValue().type().startsWith("Custom::"))
        .findFirst()
        .map(entry -> registration(entry.getKey(), entry.getValue()));
  }

  private Registration registration(String id, Template.Resource resource) {
    Object timeout = resource.properties().get("ServiceTimeout");
    return new Registration(
        id,
        topicText(resource.properties().get("ServiceToken")),
        timeout == null ? DEFAULT_TIMEOUT : CanonicalText.of(timeout));
  }

  /** The topic's ARN as the customer's stack resolves it in the guide's region. */
  private String topicText(Object serviceToken) {
    String text = CanonicalText.of(serviceToken);
    if (Partition.isRegion(region)) {
      text =
          text.replace(Partition.VARIABLE, Partition.ofRegion(region).id())
              .replace("${AWS::Region}", region);
    } else {
      text = text.replace(Partition.VARIABLE, "<partition>").replace("${AWS::Region}", "<region>");
    }
    return text;
  }

  /** The prerequisites of a stack that registers with the vendor: who publishes, and the wait. */
  List<String> callbackPrerequisites() {
    List<String> bullets = new ArrayList<>();
    for (Registration registration : registrations()) {
      bullets.add(
          "**Permission to notify "
              + vendor
              + "**: when the stack is created, updated or deleted, its "
              + InventoryCells.code(registration.id())
              + " publishes a message to "
              + vendor
              + "'s SNS topic "
              + InventoryCells.code(registration.topic())
              + ". CloudFormation publishes it with the credentials of whoever runs the stack"
              + " operation (your user or role, or the stack's service role if you give one), so"
              + " that user or role needs "
              + InventoryCells.code("sns:Publish")
              + " on that topic; administrators have it. "
              + capitalized(vendor)
              + "'s topic policy must also allow your account: ask "
              + vendor
              + " if the stack reports that it may not publish.");
      break;
    }
    memberRegistration()
        .ifPresent(
            registration ->
                bullets.add(
                    "**Member accounts notify "
                        + vendor
                        + "**: each member stack publishes to "
                        + InventoryCells.code(registration.topic())
                        + " with the StackSet's execution role in that account, which needs "
                        + InventoryCells.code("sns:Publish")
                        + " on the topic (the role StackSets creates for an organization has"
                        + " it)."));
    return bullets;
  }

  /** The wait for the vendor's answer, for "Check that it worked". */
  List<String> callback() {
    List<String> notes = new ArrayList<>();
    for (Registration registration : registrations()) {
      notes.add(
          InventoryCells.code(registration.id())
              + " stays "
              + InventoryCells.code("CREATE_IN_PROGRESS")
              + " until "
              + vendor
              + " answers, for at most "
              + registration.timeoutSeconds()
              + " seconds: the stack waits for "
              + vendor
              + "'s answer on every create, update and delete. Without an answer in time the"
              + " create fails and rolls back, and a delete ends in "
              + InventoryCells.code("DELETE_FAILED")
              + " (see [Troubleshooting](#troubleshooting)).");
      break;
    }
    return notes;
  }

  /** The OU and root ids (or account ids) a StackSet deploys to, and how to find them. */
  List<String> organizationIds() {
    if (facts.member().isEmpty()) {
      return List.of();
    }
    Template.Resource stackSet = template.resources().get(facts.member().get().stackSet());
    Map<String, Object> properties = stackSet.properties();
    String callAs =
        "DELEGATED_ADMIN".equals(properties.get("CallAs"))
            ? "a delegated administrator account of CloudFormation StackSets"
            : "the management account";
    List<String> blocks = new ArrayList<>();
    if ("SERVICE_MANAGED".equals(properties.get("PermissionModel"))) {
      String parameter = targetParameter(properties, "OrganizationalUnitIds");
      blocks.add(
          "The StackSet deploys to organizational units, by their ids ("
              + InventoryCells.code("ou-…")
              + "), or to the whole organization, by the id of its root ("
              + InventoryCells.code("r-…")
              + "), not by their names. Find them in the AWS Organizations console, or from "
              + callAs
              + ":");
      blocks.add(
          "```sh\n"
              + "aws organizations list-roots --region "
              + region
              + " --query \"Roots[].[Id,Name]\" --output text\n"
              + "aws organizations list-organizational-units-for-parent --region "
              + region
              + " --parent-id <r-… or ou-…> --query \"OrganizationalUnits[].[Id,Name]\""
              + " --output text\n"
              + "```");
      blocks.add(
          "The first command prints the root's id; the second, run with the root's id and then"
              + " with an OU's, lists the OUs inside it. Enter the ids"
              + (parameter.isEmpty() ? "" : " in " + InventoryCells.code(parameter))
              + ", separated by commas.");
    } else {
      String parameter = targetParameter(properties, "Accounts");
      blocks.add(
          "The StackSet deploys to the accounts you list, by their 12-digit ids. From "
              + callAs
              + ":");
      blocks.add(
          "```sh\n"
              + "aws organizations list-accounts --region "
              + region
              + " --query \"Accounts[?Status=='ACTIVE'].[Id,Name]\" --output text\n"
              + "```");
      blocks.add(
          "Enter the ids"
              + (parameter.isEmpty() ? "" : " in " + InventoryCells.code(parameter))
              + ", separated by commas.");
    }
    return blocks;
  }

  /** The parameter a StackSet's deployment targets name, or empty. */
  private static String targetParameter(Map<String, Object> properties, String target) {
    if (properties.get("StackInstancesGroup") instanceof List<?> groups) {
      for (Object group : groups) {
        if (group instanceof Map<?, ?> instances
            && instances.get("DeploymentTargets") instanceof Map<?, ?> targets
            && targets.get(target) instanceof Fn.Ref ref) {
          return ref.name();
        }
      }
    }
    return "";
  }

  /** Updating the stack to a new version of the template: the console, the CLI, a StackSet. */
  List<String> updating() {
    List<String> blocks = new ArrayList<>();
    String source =
        published
            ? "the Amazon S3 URL of the new version, from " + vendor + "'s new link"
            : "the new version's " + InventoryCells.code("template.yaml");
    blocks.add(
        "When "
            + vendor
            + " releases a new version of the template, update the stack in place, rather than"
            + " deleting it and creating it again:");
    blocks.add(
        "1. Open the stack in the CloudFormation console, in region "
            + InventoryCells.code(region)
            + ", and choose **Update** (**Make a direct update** where the console asks).\n"
            + "2. Choose **Replace current template** (newer consoles: **Replace existing"
            + " template**) and give "
            + source
            + ".\n"
            + "3. Keep the parameter values the console shows, which are the stack's current"
            + " ones; fill in any parameter new in this version.\n"
            + "4. Acknowledge the IAM resources and choose **Submit** (**Update stack**).");
    List<String> lines = new ArrayList<>();
    lines.add("aws cloudformation update-stack --region " + region);
    lines.add("  --stack-name " + stackName);
    String templateLine =
        published
            ? "  --template-url <the new template URL>"
            : "  --template-body file://template.yaml";
    lines.add(templateLine);
    List<String> previous = new ArrayList<>();
    template
        .parameters()
        .keySet()
        .forEach(name -> previous.add("    'ParameterKey=" + name + ",UsePreviousValue=true'"));
    if (!previous.isEmpty()) {
      lines.add("  --parameters");
      lines.addAll(previous);
    }
    lines.add("  --capabilities " + capability.name());
    blocks.add(
        "The same with the AWS CLI"
            + (published
                ? ""
                : " (for a template over 51,200 bytes, upload it to an S3 bucket of yours and"
                    + " give "
                    + InventoryCells.code("--template-url")
                    + " instead)")
            + ":\n\n```sh\n"
            + String.join(" \\\n", lines)
            + "\naws cloudformation wait stack-update-complete --region "
            + region
            + " --stack-name "
            + stackName
            + "\n```");
    if (!template.parameters().isEmpty()) {
      blocks.add(
          InventoryCells.code("UsePreviousValue=true")
              + " keeps the value the stack has for each parameter; a parameter left out takes"
              + " its default instead. A parameter new in this version has no previous value:"
              + " give it "
              + InventoryCells.code("ParameterValue=…")
              + " unless it has a default.");
    }
    if (!registrations().isEmpty()) {
      blocks.add(
          "The update tells "
              + vendor
              + " the new template version and waits for "
              + vendor
              + "'s answer, as the create did.");
    }
    if (facts.member().isPresent()) {
      String name = OrganizationNotes.stackSetNameOf(template, facts, stackName);
      blocks.add(
          "The update also updates the StackSet "
              + InventoryCells.code(name)
              + " and, through it, the stack of every member account. Follow it with "
              + InventoryCells.code(
                  "aws cloudformation list-stack-set-operations --region "
                      + region
                      + " --stack-set-name "
                      + name
                      + OrganizationNotes.callAsOf(template, facts))
              + ".");
    } else {
      blocks.add(
          "If you deployed this template as a StackSet of your own, update the StackSet instead;"
              + " it updates every stack instance:\n\n```sh\n"
              + "aws cloudformation update-stack-set --region "
              + region
              + " \\\n  --stack-set-name <your StackSet>"
              + " \\\n"
              + templateLine
              + (previous.isEmpty()
                  ? ""
                  : " \\\n  --parameters \\\n" + String.join(" \\\n", previous))
              + " \\\n  --capabilities "
              + capability.name()
              + "\n```");
    }
    return blocks;
  }

  /** {@code The vendor} at the start of a sentence. */
  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The common failures, what they mean and what to do. */
  List<String> troubleshooting() {
    List<String> bullets = new ArrayList<>();
    String describe =
        "aws cloudformation describe-stack-events --region "
            + region
            + " --stack-name "
            + stackName
            + " --query \"StackEvents[?contains(ResourceStatus,'FAILED')]\"";
    bullets.add(
        "**Where to look**: the stack's **Events** tab, or "
            + InventoryCells.code(describe)
            + ", names the resource that failed and why.");
    if (!capability.reasons().isEmpty()) {
      bullets.add(
          "**"
              + InventoryCells.code("Requires capabilities : [" + capability.name() + "]")
              + "** (InsufficientCapabilities) on create or update: the IAM resources were not"
              + " acknowledged. Tick the box in the console, or add "
              + InventoryCells.code("--capabilities " + capability.name())
              + " to the command, and run it again.");
    }
    if (!externalId.isEmpty()) {
      bullets.add(
          "**"
              + capitalized(vendor)
              + " reports that it cannot assume the role** (AccessDenied on "
              + InventoryCells.code("sts:AssumeRole")
              + "): the stack's "
              + InventoryCells.code(externalId)
              + " is not the ExternalId "
              + vendor
              + " issued for this account (a typo, or another account's link). Compare it with "
              + InventoryCells.code(
                  "aws cloudformation describe-stacks --region "
                      + region
                      + " --stack-name "
                      + stackName
                      + " --query \"Stacks[0].Parameters\"")
              + ", then update the stack as under [Updating to a new version](#updating-to-a-new-version)"
              + " with the current template and "
              + InventoryCells.code(
                  "'ParameterKey=" + externalId + ",ParameterValue=<your ExternalId>'")
              + " in place of its "
              + InventoryCells.code("UsePreviousValue")
              + " entry.");
    }
    List<Registration> registrations = registrations();
    if (!registrations.isEmpty()) {
      Registration registration = registrations.get(0);
      String id = InventoryCells.code(registration.id());
      bullets.add(
          "**"
              + id
              + " fails with "
              + InventoryCells.code("not authorized to perform: SNS:Publish")
              + "**: the user or role that ran the stack operation lacks "
              + InventoryCells.code("sns:Publish")
              + " on "
              + InventoryCells.code(registration.topic())
              + ", or "
              + vendor
              + "'s topic policy does not allow your account yet. Grant the permission, or ask "
              + vendor
              + ", then delete the rolled-back stack and create it again.");
      bullets.add(
          "**The stack waits, then "
              + id
              + " is "
              + InventoryCells.code("CREATE_FAILED")
              + "** after "
              + registration.timeoutSeconds()
              + " seconds (CloudFormation received no response from the custom resource): "
              + vendor
              + " did not answer. Tell "
              + vendor
              + ", then delete the stack and create it again.");
      bullets.add(
          "**"
              + InventoryCells.code("DELETE_FAILED")
              + " on "
              + id
              + "** (or a rollback that fails on it): "
              + vendor
              + " never answered the delete, or refused it. The registration holds nothing in"
              + " your account, so delete the stack again and keep only it: "
              + InventoryCells.code(
                  "aws cloudformation delete-stack --region "
                      + region
                      + " --stack-name "
                      + stackName
                      + " --retain-resources "
                      + registration.id())
              + "; then tell "
              + vendor
              + " the account is gone. After a failed update ("
              + InventoryCells.code("UPDATE_ROLLBACK_FAILED")
              + "): "
              + InventoryCells.code(
                  "aws cloudformation continue-update-rollback --region "
                      + region
                      + " --stack-name "
                      + stackName
                      + " --resources-to-skip "
                      + registration.id())
              + ".");
    }
    if (facts.member().isPresent()) {
      Template.Resource stackSet = template.resources().get(facts.member().get().stackSet());
      if ("SERVICE_MANAGED".equals(stackSet.properties().get("PermissionModel"))) {
        bullets.add(
            "**The StackSet refuses the organizational units**, or reaches no account: its"
                + " targets must be ids ("
                + InventoryCells.code("ou-…")
                + " or the root's "
                + InventoryCells.code("r-…")
                + "), not names or account ids, of the organization this account manages. See"
                + " [Find your organization's ids](#find-your-organizations-ids).");
        bullets.add(
            "**"
                + InventoryCells.code(
                    "You must enable organizations access to operate a service managed stack set")
                + "**: turn on trusted access between CloudFormation StackSets and AWS"
                + " Organizations ("
                + InventoryCells.code(
                    "aws cloudformation activate-organizations-access --region " + region)
                + ") and create the stack again.");
      } else {
        bullets.add(
            "**The StackSet fails in an account**: the account id is wrong, or the execution"
                + " role it names is missing there. See [Find your organization's"
                + " ids](#find-your-organizations-ids).");
      }
      bullets.add(
          "**A member account has no stack**: list the member stacks as under [Member"
              + " accounts](#member-accounts); each one's status reason says what failed.");
    }
    return bullets;
  }
}
