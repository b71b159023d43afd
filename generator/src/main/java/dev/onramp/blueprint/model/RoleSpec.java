package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Labeled;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Range;
import dev.onramp.blueprint.schema.Required;
import java.util.List;
import java.util.Map;

/** A role the vendor may assume, with its permissions. */
public record RoleSpec(
    @Required
        @Pattern(
            value = "[A-Z][A-Za-z0-9]{0,63}",
            meaning = "letters and digits starting with a capital, at most 64 (a logical id)")
        @Doc("Logical id of the role in the template; stable, never renamed.")
        String id,
    @Doc(
            "How the role is named: generated (default, no collisions), stack-prefixed, fixed,"
                + " stack-suffixed, parameter, prefix-parameter or suffix-parameter.")
        Naming naming,
    @Doc("Role name for 'fixed', or the part after the stack name for 'stack-prefixed'.")
        String name,
    @Doc("Role description.") String description,
    @Doc("IAM path. Default '/'.") String path,
    @Range(min = 3600, max = 43200) @Doc("Maximum session duration in seconds. Default 3600.")
        Integer maxSessionDuration,
    @Pattern(value = "[A-Za-z][A-Za-z0-9]{0,254}", meaning = "a parameter name")
        @Doc(
            "Name of a parameter holding a permissions boundary ARN; created when not declared."
                + " Empty means no boundary.")
        String permissionsBoundaryParameter,
    @Pattern(value = "[A-Za-z][A-Za-z0-9]{0,254}", meaning = "a parameter name")
        @Doc(
            "Name of a CommaDelimitedList parameter of regions, created when not declared. When"
                + " the customer lists regions, an inline Deny refuses the role every regional"
                + " action outside them (aws:RequestedRegion); global services stay usable. Empty"
                + " means every region.")
        String regionsParameter,
    @Doc("Tags on the role: a value, or {parameter: P} for a parameter's value.")
        Map<String, TagValue> tags,
    @Doc("AWS managed policies by name.") List<ManagedPolicyRef> managedPolicies,
    @Doc("Policy sets, built-in or from this blueprint.") List<PolicySetRef> policySets,
    @Doc("Statements of this role alone, always attached.") List<StatementSpec> statements,
    @Pattern(value = "[A-Za-z][A-Za-z0-9]{0,254}", meaning = "a parameter name")
        @Doc(
            "For naming 'parameter': the parameter holding the whole role name; for"
                + " 'prefix-parameter' and 'suffix-parameter': the parameter holding the prefix or"
                + " the suffix. Created when not"
                + " declared.")
        String nameParameter,
    @Doc(
            "Create the role, its policies and the outputs that show it only when a parameter has"
                + " one of the given values.")
        Switch when,
    @Doc(
            "Attach this role's policies to an existing role named by a parameter, instead of"
                + " creating a role.")
        ExistingRoleSpec existingRole,
    @Doc("Read access to existing buckets listed in a CommaDelimitedList parameter.")
        ReadBucketsSpec readBuckets,
    @Doc(
            "Who may assume the role, when not the vendor: AWS services, another role, the"
                + " customer's account or an organization hub. Default: the vendor, with the"
                + " ExternalId.")
        TrustSpec trust) {

  public RoleSpec {
    naming = naming == null ? Naming.GENERATED : naming;
    description = description == null ? "" : description;
    path = path == null ? "/" : path;
    maxSessionDuration = maxSessionDuration == null ? 3600 : maxSessionDuration;
    tags = tags == null ? Map.of() : tags;
    managedPolicies = managedPolicies == null ? List.of() : List.copyOf(managedPolicies);
    policySets = policySets == null ? List.of() : List.copyOf(policySets);
    statements = statements == null ? List.of() : List.copyOf(statements);
  }

  /** How the role's name is chosen. */
  public enum Naming implements Labeled {
    GENERATED,
    STACK_PREFIXED,
    FIXED,
    /** {@code <name>-${AWS::StackName}}. */
    STACK_SUFFIXED,
    /** The whole name from {@code nameParameter}. */
    PARAMETER,
    /** {@code ${<nameParameter>}<name>}: the prefix from a parameter. */
    PREFIX_PARAMETER,
    /** {@code <name>${<nameParameter>}}: the suffix from a parameter (sysdig-posture-${Suffix}). */
    SUFFIX_PARAMETER
  }
}
