package dev.onramp.compile;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.blueprint.model.TrustSpec;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks each role's {@code trust}: one shape, service principals AWS would accept, a trusted role
 * of this stack that is not the role itself nor trusts it back, a hub in an account parameter that
 * accepts only an account id and is not the vendor's. No shape may drop the ExternalId for an
 * outside principal.
 */
final class RoleTrustChecks {
  /** A service principal as IAM names it; China's own suffix is written the global way. */
  static final Pattern SERVICE_PRINCIPAL =
      Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*\\.amazonaws\\.com");

  private final SectionContext context;
  private final Blueprint blueprint;
  private final Map<String, String> trustedRoleOf = new HashMap<>();

  RoleTrustChecks(SectionContext context) {
    this.context = context;
    this.blueprint = context.blueprint();
    for (RoleSpec role : blueprint.roles()) {
      if (role.trust() != null && role.trust().role() != null) {
        trustedRoleOf.putIfAbsent(role.id(), role.trust().role());
      }
    }
  }

  void check() {
    for (int i = 0; i < blueprint.roles().size(); i++) {
      RoleSpec role = blueprint.roles().get(i);
      if (role.trust() != null) {
        check(role, "roles[" + i + "].trust");
      }
    }
  }

  private void check(RoleSpec role, String at) {
    TrustSpec trust = role.trust();
    int shapes =
        (trust.allServices().isEmpty() ? 0 : 1)
            + (trust.role() == null ? 0 : 1)
            + (trust.trustsCustomerAccount() ? 1 : 0)
            + (trust.hub() == null ? 0 : 1);
    if (shapes == 0) {
      if (Boolean.FALSE.equals(trust.externalId())) {
        error(
            at + ".externalId",
            "role "
                + role.id()
                + " would let the vendor, an outside principal, assume it without the ExternalId:"
                + " anyone who can make the vendor assume roles could reach this account",
            "remove 'externalId: false'; the vendor's trust always requires the ExternalId");
      } else {
        error(
            at,
            "the trust of role " + role.id() + " names no principal",
            "write one of service, services, role, customerAccount: true or hub, or leave out"
                + " 'trust' for the vendor");
      }
      return;
    }
    if (shapes > 1) {
      error(
          at,
          "the trust of role " + role.id() + " names more than one kind of principal",
          "keep one of service/services, role, customerAccount and hub per role");
      return;
    }
    if (Boolean.TRUE.equals(trust.externalId())) {
      error(
          at + ".externalId",
          "the principals of role "
              + role.id()
              + "'s trust are not outsiders and send no ExternalId, so the role could never be"
              + " assumed",
          "remove 'externalId: true'");
    }
    checkServices(trust, at);
    if (trust.role() != null) {
      checkTrustedRole(role, at + ".role");
    }
    if (trust.hub() != null) {
      checkHub(trust.hub(), at + ".hub");
    }
  }

  private void checkServices(TrustSpec trust, String at) {
    Set<String> seen = new LinkedHashSet<>();
    for (int s = 0; s < trust.services().size(); s++) {
      String service = trust.services().get(s);
      String path = at + ".services[" + s + "]";
      if (service == null || !SERVICE_PRINCIPAL.matcher(service).matches()) {
        error(
            path,
            "'" + service + "' is not an AWS service principal",
            "write the service's principal, such as ec2.amazonaws.com (also in China)");
      } else if (!seen.add(service) || service.equals(trust.service())) {
        error(path, "service '" + service + "' is listed twice", "list each service once");
      }
    }
  }

  private void checkTrustedRole(RoleSpec role, String at) {
    String trusted = role.trust().role();
    if (!context.roleIds().contains(trusted)) {
      context.error(
          DiagnosticCode.UNDEFINED_REFERENCE,
          at,
          "role '" + trusted + "' is not a role of this blueprint",
          "name one of: " + String.join(", ", context.roleIds()));
      return;
    }
    if (trusted.equals(role.id())) {
      error(at, "role " + role.id() + " would trust itself", "name another role of the stack");
      return;
    }
    Set<String> chain = new LinkedHashSet<>();
    chain.add(role.id());
    for (String next = trusted; next != null; next = trustedRoleOf.get(next)) {
      if (!chain.add(next)) {
        error(
            at,
            "the roles trust each other in a circle: "
                + String.join(" -> ", chain)
                + " -> "
                + next
                + "; CloudFormation cannot create any of them first",
            "let one of them be trusted by the vendor or another principal");
        return;
      }
    }
  }

  private void checkHub(TrustSpec.Hub hub, String at) {
    String name = hub.accountParameter();
    String path = at + ".accountParameter";
    if (name.equals(blueprint.vendor().accountIdParameter())
        || name.equals(blueprint.externalId().parameter())) {
      error(
          path,
          "the hub's account would be "
              + (name.equals(blueprint.externalId().parameter())
                  ? "the ExternalId parameter"
                  : "the vendor's account, an outside principal that must send the ExternalId"),
          "name a parameter of its own for the organization's hub account, such as"
              + " ManagementAccountId");
      return;
    }
    ParameterSpec declared = context.declaredParameters().get(name);
    if (declared == null) {
      return;
    }
    Optional<String> weakness = PrincipalParameter.ACCOUNT_ID.weakness(declared);
    weakness.ifPresent(
        why ->
            context.error(
                DiagnosticCode.UNSAFE_TRUST_PRINCIPAL,
                "parameters[" + blueprint.parameters().indexOf(declared) + "]",
                "a parameterised principal without a strict pattern: parameter '"
                    + name
                    + "' names the hub's account, but "
                    + why,
                "give it allowedPattern: '"
                    + PrincipalParameter.ACCOUNT_ID.pattern()
                    + "', or leave it undeclared so it is created with that pattern"));
  }

  private void error(String path, String message, String fix) {
    context.error(DiagnosticCode.INVALID_TRUST_SHAPE, path, message, fix);
  }
}
