package dev.onramp.importer;

import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a StackSet's stacks go, as {@code organization:} says it: the OU list parameter (and the
 * account filter that narrows it) of a service-managed StackSet, the account list of a self-managed
 * one, and the regions. The section declares those parameters itself (with Onramp's patterns for OU
 * and account ids), so they leave {@code parameters:}; each keeps its label, description and
 * default.
 */
final class StackSetTargets {
  private static final Pattern OU =
      Pattern.compile("ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32}");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d");

  /** A parameter the section took, logged where {@code parameters:} would have logged it. */
  record Claim(String name, String type, String destination, List<String> changes) {
    void log(ImportContext context) {
      context.log().add(ImportLog.Kind.PARAMETER, name, type, destination, changes);
    }
  }

  private final ImportContext context;
  private final boolean serviceManaged;
  private final ParametersImport.Interface console;
  private final DraftMap targets = new DraftMap();
  private final List<Claim> claims = new ArrayList<>();
  private final List<String> changes;

  StackSetTargets(ImportContext context, boolean serviceManaged, List<String> changes) {
    this.context = context;
    this.serviceManaged = serviceManaged;
    this.console = ParametersImport.Interface.of(context.template().metadata());
    this.changes = changes;
  }

  List<Claim> claims() {
    return claims;
  }

  void writeTo(DraftMap organization) {
    targets.values().forEach((key, value) -> organization.put(key, value, targets.comment(key)));
  }

  Optional<String> read(Object instances) {
    if (instances == null) {
      changes.add(
          "the original has no StackInstancesGroup (its StackSet deployed nowhere until someone"
              + " added stack instances); organization: deploys to the "
              + (serviceManaged ? "OUs" : "accounts")
              + " the customer lists");
      return Optional.empty();
    }
    if (!(instances instanceof List<?> groups && groups.size() == 1)) {
      return Optional.of(
          "its StackInstancesGroup is not one group, and organization: deploys one list of"
              + " targets to one list of regions");
    }
    if (!(groups.get(0) instanceof Map<?, ?> group)
        || !(group.get("DeploymentTargets") instanceof Map<?, ?> where)) {
      return Optional.of("its StackInstancesGroup has no DeploymentTargets map");
    }
    Optional<String> problem = serviceManaged ? units(where) : accounts(where);
    if (problem.isPresent()) {
      return problem;
    }
    regions(group.get("Regions"));
    return Optional.empty();
  }

  private Optional<String> units(Map<?, ?> where) {
    Object units = where.get("OrganizationalUnitIds");
    if (units instanceof Fn.If choice
        && choice.whenTrue() instanceof Fn.Ref
        && choice.whenFalse() instanceof Fn.Ref other) {
      changes.add(
          "OrganizationalUnitIds chose "
              + CanonicalText.of(choice.whenTrue())
              + " under condition "
              + choice.condition()
              + "; organization: lists the OUs in one parameter, "
              + other.name());
      units = other;
    }
    DraftMap list = new DraftMap();
    if (units instanceof Fn.Ref ref && context.template().parameters().containsKey(ref.name())) {
      if (!ref.name().equals("OrganizationalUnitIds")) {
        list.put("parameter", ref.name());
      }
      claim(ref.name(), "organization.organizationalUnits", list, OU, "OU or root ids");
    } else if (units instanceof List<?> literal
        && literal.stream().allMatch(String.class::isInstance)) {
      list.put("default", new ArrayList<Object>(literal));
      changes.add(
          "OrganizationalUnitIds "
              + literal
              + " are now the default of a parameter the customer may change");
    } else {
      return Optional.of(
          "its OrganizationalUnitIds "
              + CanonicalText.of(units)
              + " is not a parameter or a list of OU ids, which organization.organizationalUnits"
              + " says");
    }
    targets.put("organizationalUnits", list);
    return filter(where);
  }

  private Optional<String> filter(Map<?, ?> where) {
    Object type = where.get("AccountFilterType");
    Object accounts = where.get("Accounts");
    String condition = null;
    if (type instanceof Fn.If choice
        && "NONE".equals(choice.whenFalse())
        && accounts instanceof Fn.If listed
        && listed.condition().equals(choice.condition())
        && OrganizationImport.isNoValue(listed.whenFalse())) {
      condition = choice.condition();
      type = choice.whenTrue();
      accounts = listed.whenTrue();
    }
    if (type == null || "NONE".equals(type)) {
      if (accounts != null) {
        changes.add("Accounts dropped: without an AccountFilterType CloudFormation ignores them");
      }
      return Optional.empty();
    }
    if ("UNION".equals(type)) {
      return Optional.of(
          "its AccountFilterType UNION is rejected by CloudFormation's StackSet resource, and"
              + " organization.accountFilter says difference or intersection");
    }
    if (!("DIFFERENCE".equals(type) || "INTERSECTION".equals(type))
        || !(accounts instanceof Fn.Ref ref
            && context.template().parameters().containsKey(ref.name()))) {
      changes.add(
          "the account filter ("
              + CanonicalText.of(type)
              + " of "
              + CanonicalText.of(accounts)
              + ") dropped: organization.accountFilter filters by an account-list parameter;"
              + " every account of the OUs gets the member stack");
      return Optional.empty();
    }
    boolean difference = "DIFFERENCE".equals(type);
    String parameter = ref.name();
    Object onramps = new Fn.Not(new Fn.Equals(new Fn.Join("", Fn.ref(parameter)), ""));
    if (condition != null
        && !(difference && onramps.equals(context.template().conditions().get(condition)))) {
      changes.add(
          "the account filter applied under condition "
              + condition
              + " ("
              + CanonicalText.of(context.template().conditions().get(condition))
              + "); organization.accountFilter applies it "
              + (difference ? "whenever " + parameter + " lists an account" : "always"));
    } else if (condition == null && difference) {
      changes.add(
          "the account filter now applies only when "
              + parameter
              + " lists an account: DIFFERENCE of an empty list fails");
    }
    DraftMap filter = new DraftMap();
    if (!parameter.equals("ExcludedAccountIds")) {
      filter.put("parameter", parameter);
    }
    filter.put("type", difference ? "difference" : "intersection");
    DraftMap texts = new DraftMap();
    claim(parameter, "organization.accountFilter", texts, ACCOUNT, "account ids");
    texts.get("label").ifPresent(label -> filter.put("label", label));
    texts.get("description").ifPresent(text -> filter.put("description", text));
    targets.put("accountFilter", filter);
    return Optional.empty();
  }

  private Optional<String> accounts(Map<?, ?> where) {
    Object accounts = where.get("Accounts");
    DraftMap list = new DraftMap();
    if (accounts instanceof Fn.Ref ref && context.template().parameters().containsKey(ref.name())) {
      if (!ref.name().equals("AccountIds")) {
        list.put("parameter", ref.name());
      }
      claim(ref.name(), "organization.accounts", list, ACCOUNT, "account ids");
    } else if (accounts instanceof List<?> literal
        && literal.stream().allMatch(String.class::isInstance)) {
      list.put("default", new ArrayList<Object>(literal));
      changes.add(
          "Accounts " + literal + " are now the default of a parameter the customer may change");
    } else {
      return Optional.of(
          "its Accounts "
              + CanonicalText.of(accounts)
              + " is not a parameter or a list of account ids, which organization.accounts says");
    }
    if (where.containsKey("OrganizationalUnitIds")) {
      changes.add("OrganizationalUnitIds dropped: a self-managed StackSet deploys to accounts");
    }
    targets.put("accounts", list);
    return Optional.empty();
  }

  private void regions(Object regions) {
    if (regions instanceof List<?> list
        && list.size() == 1
        && list.get(0) instanceof Fn.Ref ref
        && ref.name().equals("AWS::Region")) {
      return;
    }
    if (regions instanceof List<?> list
        && !list.isEmpty()
        && list.stream().allMatch(r -> r instanceof String s && REGION.matcher(s).matches())) {
      targets.put("regions", new ArrayList<Object>(list));
      return;
    }
    changes.add(
        "Regions "
            + CanonicalText.of(regions)
            + " have no blueprint form (a list of region names); the member stacks go to the"
            + " stack's own region");
  }

  /**
   * Takes parameter {@code name} for the section: its label, description and valid default go to
   * {@code list}; its type and pattern become Onramp's.
   */
  private void claim(String name, String destination, DraftMap list, Pattern id, String what) {
    Template.Parameter parameter = context.template().parameters().get(name);
    List<String> claimChanges = new ArrayList<>();
    console.label(name).ifPresent(label -> list.put("label", label));
    if (parameter.description() != null && !parameter.description().isEmpty()) {
      list.put("description", parameter.description());
    }
    if (!parameter.type().equals("CommaDelimitedList") && !parameter.type().startsWith("List<")) {
      claimChanges.add(
          "type CommaDelimitedList (" + parameter.type() + " before): a list of " + what);
    }
    claimChanges.add(
        "declared by organization: with Onramp's pattern of "
            + what
            + (parameter.allowedPattern() == null
                ? ""
                : " (" + parameter.allowedPattern() + " before)"));
    console
        .group(name)
        .ifPresent(
            group -> claimChanges.add("console group Member accounts (" + group + " before)"));
    if (parameter.defaultValue() != null && !parameter.defaultValue().isEmpty()) {
      List<Object> defaults = new ArrayList<>();
      boolean valid = true;
      for (String value : Arrays.asList(parameter.defaultValue().split(","))) {
        valid &= id.matcher(value.trim()).matches();
        defaults.add(value.trim());
      }
      if (!destination.endsWith("accountFilter") && valid) {
        list.put("default", defaults);
      } else {
        claimChanges.add("default " + parameter.defaultValue() + " dropped");
      }
    }
    claims.add(new Claim(name, parameter.type(), destination, claimChanges));
  }
}
