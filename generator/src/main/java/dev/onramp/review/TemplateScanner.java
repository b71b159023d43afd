package dev.onramp.review;

import dev.onramp.iam.ManagedPolicyCatalog;
import dev.onramp.iam.PolicyText;
import dev.onramp.iam.Statement;
import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFormatException;
import dev.onramp.template.TemplateReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds every policy in a template and attributes it to what it governs; {@link PolicyReaders} says
 * for each resource type how. A role's, user's or group's trust policy and inline policies; managed
 * policies and {@code AWS::IAM::Policy} to the roles, users and groups they name in {@code Roles},
 * {@code Users} and {@code Groups} (or that name them in {@code ManagedPolicyArns}); managed
 * policies the template does not define, and permissions boundaries, as attachments (the statements
 * of an AWS managed policy the {@link ManagedPolicyCatalog} knows read as the holder's too); {@code
 * AWS::IAM::RolePolicy}, {@code UserPolicy} and {@code GroupPolicy} to what they name; resource
 * policies and Lambda permissions to their resource; a SAM function's policies to the role the
 * transform generates; the member template of a StackSet, read from its {@code TemplateBody}, under
 * the scope {@code StackSet member <id>}. A document may be a map or JSON text. Every grant carries
 * the guard of its resource's {@code Condition} and of the {@code Fn::If} branches it sits in. What
 * may grant access but cannot be read is listed as {@link Unreviewed}.
 */
final class TemplateScanner {
  private static final String MANAGED_POLICY = "AWS::IAM::ManagedPolicy";

  private final StatementReader statements;
  private final ManagedPolicyCatalog managed;
  final List<Grant> grants = new ArrayList<>();
  final List<Role> roles = new ArrayList<>();
  final List<ManagedPolicyAttachment> attachments = new ArrayList<>();
  final List<PermissionsBoundary> boundaries = new ArrayList<>();
  final List<Unreviewed> unreviewed = new ArrayList<>();

  TemplateScanner(ActionResolver actions) {
    this(actions, ManagedPolicyCatalog.bundled());
  }

  TemplateScanner(ActionResolver actions, ManagedPolicyCatalog managed) {
    this.statements = new StatementReader(actions);
    this.managed = managed;
  }

  /** Scans {@code template}, whose every resource applies only under {@code base}. */
  void scan(Template template, String scope, Guard base) {
    new TemplateScope(template, scope, base).scan();
  }

  /**
   * One template being scanned: its indexes of roles, users, groups and managed policies. {@link
   * PolicyReaders} reads each resource through it.
   */
  final class TemplateScope {
    private final Template template;
    private final String scope;
    private final Guard base;
    private final NamedPrincipals names;
    private final Set<String> policiesNamedByRoles = new HashSet<>();

    /** The logical id of the resource being read, which a document that cannot be read names. */
    private String reading = "";

    TemplateScope(Template template, String scope, Guard base) {
      this.template = template;
      this.scope = scope;
      this.base = base;
      this.names = new NamedPrincipals(template);
      template
          .resources()
          .forEach(
              (id, resource) -> {
                // A SAM function names managed policies in its Policies, beside documents.
                String property =
                    NamedPrincipals.defines(resource.type())
                        ? "ManagedPolicyArns"
                        : SamResources.generatesRole(resource) ? "Policies" : null;
                if (property != null) {
                  for (Branches.Branch arn :
                      Branches.elements(resource.properties().get(property), base)) {
                    localPolicy(arn.value()).ifPresent(policiesNamedByRoles::add);
                  }
                }
              });
    }

    void scan() {
      template
          .resources()
          .forEach(
              (id, resource) ->
                  guardOf(resource)
                      .ifPresent(
                          guard -> {
                            reading = id;
                            PolicyReaders.read(this, id, resource, guard);
                          }));
      for (SecretsSent.SentSecret secret : SecretsSent.in(template)) {
        unreviewed.add(
            new Unreviewed(
                scope,
                secret.resource(),
                "sends the value of NoEcho parameter "
                    + secret.parameter()
                    + " (a secret) to the vendor as property "
                    + secret.property()
                    + " (notify sendSecret)"));
      }
    }

    void role(String id, Map<String, Object> properties, Guard guard) {
      Subject role = subject(Subject.Type.ROLE, id);
      roles.add(new Role(role, guard));
      document(properties.get("AssumeRolePolicyDocument"), role, PolicyKind.TRUST, guard);
      identity(role, properties, guard);
    }

    /**
     * What a role, user or group of the template may do: its inline {@code Policies}, its {@code
     * ManagedPolicyArns} and its {@code PermissionsBoundary}.
     */
    void identity(Subject role, Map<String, Object> properties, Guard guard) {
      for (Branches.Branch inline : Branches.elements(properties.get("Policies"), guard)) {
        // Not resolved as a whole: document() takes the statements' Fn::Ifs one statement at a
        // time, where resolving the policy would multiply them all together.
        if (inline.value() instanceof Map<?, ?> fields) {
          document(fields.get("PolicyDocument"), role, PolicyKind.IDENTITY, inline.guard());
        }
      }
      for (Branches.Branch element :
          Branches.elements(properties.get("ManagedPolicyArns"), guard)) {
        for (Branches.Branch arn : Branches.resolve(element.value(), element.guard())) {
          attach(role, arn.value(), arn.guard());
        }
      }
      for (Branches.Branch boundary :
          Branches.resolve(properties.get("PermissionsBoundary"), guard)) {
        if (boundary.value() != null) {
          boundaries.add(
              new PermissionsBoundary(role, CanonicalText.of(boundary.value()), boundary.guard()));
        }
      }
    }

    /** A managed policy the role names: its statements if the template defines it, else by ARN. */
    void attach(Subject role, Object arn, Guard guard) {
      Optional<String> local = localPolicy(arn);
      if (local.isPresent()) {
        Template.Resource policy = template.resources().get(local.get());
        guardOf(policy)
            .flatMap(own -> own.and(guard))
            .ifPresent(
                both ->
                    document(
                        policy.properties().get("PolicyDocument"),
                        role,
                        PolicyKind.IDENTITY,
                        both));
        return;
      }
      String text = CanonicalText.of(arn);
      Optional<String> awsManaged = ManagedPolicyArns.awsManagedName(text);
      // An AWS managed policy of the snapshot grants what its document says, as an inline policy.
      Optional<ManagedPolicyCatalog.ManagedPolicy> known = managed.byArn(text);
      known.ifPresent(policy -> document(policy.document(), role, PolicyKind.IDENTITY, guard));
      attachments.add(
          new ManagedPolicyAttachment(
              role, awsManaged.orElse(text), awsManaged.isPresent(), guard, known.isPresent()));
    }

    /** The logical id of the template's managed policy {@code arn} refers to ({@code !Ref P}). */
    private Optional<String> localPolicy(Object arn) {
      if (arn instanceof Fn.Ref ref) {
        Template.Resource target = template.resources().get(ref.name());
        if (target != null && target.type().equals(MANAGED_POLICY)) {
          return Optional.of(ref.name());
        }
      }
      return Optional.empty();
    }

    /** A managed policy or {@code AWS::IAM::Policy}, attributed to each role, user and group. */
    void policy(String id, Template.Resource resource, Guard guard) {
      Map<String, Object> properties = resource.properties();
      Object document = properties.get("PolicyDocument");
      boolean attached = false;
      for (String property : List.of("Roles", "Users", "Groups")) {
        for (Branches.Branch element : Branches.elements(properties.get(property), guard)) {
          for (Branches.Branch name : Branches.resolve(element.value(), element.guard())) {
            document(document, target(property, name.value()), PolicyKind.IDENTITY, name.guard());
            attached = true;
          }
        }
      }
      if (!attached && !policiesNamedByRoles.contains(id)) {
        // Attached to nothing in this template (perhaps later, by hand): still shown, so a change
        // to it is seen.
        document(document, subject(Subject.Type.MANAGED_POLICY, id), PolicyKind.IDENTITY, guard);
      }
    }

    /**
     * An {@code AWS::IAM::RolePolicy}, {@code UserPolicy} or {@code GroupPolicy}: one inline policy
     * of the role, user or group it names.
     */
    void inlinePolicy(Template.Resource resource, Guard guard) {
      Map<String, Object> properties = resource.properties();
      String property =
          switch (resource.type()) {
            case "AWS::IAM::UserPolicy" -> "Users";
            case "AWS::IAM::GroupPolicy" -> "Groups";
            default -> "Roles";
          };
      Object name =
          properties.get(
              switch (property) {
                case "Users" -> "UserName";
                case "Groups" -> "GroupName";
                default -> "RoleName";
              });
      for (Branches.Branch target : Branches.resolve(name, guard)) {
        document(
            properties.get("PolicyDocument"),
            target(property, target.value()),
            PolicyKind.IDENTITY,
            target.guard());
      }
    }

    /** A topic or queue policy, attributed to each topic or queue it lists. */
    void eachTarget(Template.Resource resource, String property, Subject.Type type, Guard guard) {
      Map<String, Object> properties = resource.properties();
      for (Branches.Branch element : Branches.elements(properties.get(property), guard)) {
        document(
            properties.get("PolicyDocument"),
            subject(type, CanonicalText.of(element.value())),
            PolicyKind.RESOURCE,
            element.guard());
      }
    }

    /**
     * The subject a {@code Roles}, {@code Users} or {@code Groups} entry names: the role, user or
     * group of the template it refers to ({@code !Ref} or its name), else the one named so.
     */
    Subject target(String property, Object name) {
      return names
          .defined(property, name)
          .map(id -> subject(NamedPrincipals.definedType(property), id))
          .orElseGet(() -> subject(NamedPrincipals.externalType(property), CanonicalText.of(name)));
    }

    /** Something of resource {@code id} that may grant access but cannot be read here. */
    void unreviewed(String id, String detail) {
      unreviewed.add(new Unreviewed(scope, id, detail));
    }

    /** Adds {@code role} (a role, user or group of the template) to the principals it defines. */
    void defines(Subject role, Guard guard) {
      roles.add(new Role(role, guard));
    }

    Template template() {
      return template;
    }

    void stackSet(String id, Map<String, Object> properties, Guard guard) {
      Object body = properties.get("TemplateBody");
      if (body instanceof String text) {
        Template member;
        try {
          member = TemplateReader.read(text);
        } catch (TemplateFormatException e) {
          unreviewed.add(
              new Unreviewed(scope, id, "member template cannot be read: " + e.getMessage()));
          return;
        }
        String memberScope = (scope.isEmpty() ? "" : scope + " / ") + "StackSet member " + id;
        new TemplateScope(member, memberScope, guard).scan();
      } else if (body != null) {
        unreviewed.add(
            new Unreviewed(scope, id, "member template built by " + CanonicalText.of(body)));
      } else {
        unreviewed.add(
            new Unreviewed(
                scope,
                id,
                "member template at " + CanonicalText.of(properties.get("TemplateURL"))));
      }
    }

    /**
     * Every statement of a policy document, each branch of each {@code Fn::If} on its own. A
     * document written as JSON text is parsed; one that is not valid JSON, or that is given by a
     * function the review cannot follow (a parameter, a mapping), is listed as not reviewed.
     */
    void document(Object document, Subject subject, PolicyKind kind, Guard guard) {
      for (Branches.Branch whole : Branches.elements(document, guard)) {
        List<Branches.Branch> forms =
            PolicyText.isText(whole.value())
                ? Branches.resolve(whole.value(), whole.guard())
                : List.of(whole);
        for (Branches.Branch form : forms) {
          Object value = form.value();
          if (PolicyText.isText(value)) {
            PolicyText.Parsed parsed = PolicyText.parse(value);
            if (!parsed.valid()) {
              unreviewed(reading, "policy document of " + subject + " is " + parsed.error());
              continue;
            }
            value = parsed.document().get();
          }
          if (!(value instanceof Map<?, ?> fields)) {
            unreviewed(
                reading, "policy document of " + subject + " given by " + CanonicalText.of(value));
            continue;
          }
          statementsOf(fields, subject, kind, form.guard());
        }
      }
    }

    /** The statements of a document: maps, or JSON text (an event bus policy's statement). */
    private void statementsOf(Map<?, ?> fields, Subject subject, PolicyKind kind, Guard guard) {
      for (Branches.Branch element : Branches.elements(fields.get("Statement"), guard)) {
        for (Branches.Branch statement : Branches.resolve(element.value(), element.guard())) {
          Object value = statement.value();
          if (PolicyText.isText(value)) {
            PolicyText.Parsed parsed = PolicyText.parse(value);
            if (!parsed.valid()) {
              unreviewed(reading, "policy statement of " + subject + " is " + parsed.error());
              continue;
            }
            value = parsed.document().get();
          }
          if (value instanceof Map<?, ?> resolved) {
            statements.read(subject, kind, Statement.of(resolved), statement.guard(), grants::add);
          } else {
            unreviewed(
                reading, "policy statement of " + subject + " given by " + CanonicalText.of(value));
          }
        }
      }
    }

    /** The resource's guard within this scope; empty when its condition contradicts the scope's. */
    private Optional<Guard> guardOf(Template.Resource resource) {
      String condition = resource.condition();
      return condition == null || condition.isEmpty()
          ? Optional.of(base)
          : base.and(new Guard.Literal(condition, true));
    }

    Subject subject(Subject.Type type, String name) {
      return new Subject(scope, type, name);
    }
  }
}
