package dev.onramp.importer;

import dev.onramp.template.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The roles: each {@code AWS::IAM::Role} trusted by the vendor with an ExternalId (or by AWS
 * services alone) becomes a {@code roles} entry under its own logical id, with its name, path,
 * tags, boundary, AWS managed policies and statements; its inline policies and the policies
 * attached to it alone ({@code AWS::IAM::Policy}, {@code AWS::IAM::ManagedPolicy}) become its
 * statements and policy sets. A role whose trust or properties no key says exactly stays a raw
 * resource, as written, and the report says why.
 */
final class RolesImport implements ImportUnit {
  private static final String ROLE = "AWS::IAM::Role";
  private static final Set<String> ROLE_PROPERTIES =
      Set.of(
          "AssumeRolePolicyDocument",
          "RoleName",
          "Path",
          "Description",
          "MaxSessionDuration",
          "ManagedPolicyArns",
          "Policies",
          "PermissionsBoundary",
          "Tags");

  @Override
  public void run(ImportContext context) {
    TrustReading trusts =
        new TrustReading(context.template(), context.options().roleArnParameters());
    TrustReading.VendorTrust vendor = null;
    Map<String, RoleDraft> drafts = new LinkedHashMap<>();
    for (Map.Entry<String, Template.Resource> role : context.untaken(ROLE).entrySet()) {
      String id = role.getKey();
      Object trust = role.getValue().properties().get("AssumeRolePolicyDocument");
      Optional<TrustReading.VendorTrust> vendorTrust = trusts.vendor(trust);
      Optional<List<String>> services =
          vendorTrust.isPresent() ? Optional.empty() : trusts.services(trust);
      if (vendorTrust.isPresent() && vendor != null && !vendor.sameVendorAs(vendorTrust.get())) {
        context.keepAsWritten(
            id, "it trusts another principal or ExternalId than the first vendor role");
        continue;
      }
      if (vendorTrust.isEmpty() && services.isEmpty()) {
        context.keepAsWritten(
            id,
            "its trust policy is neither the vendor's principal with an ExternalId condition nor"
                + " AWS services alone, which are what roles: can say (the vendor: one account id,"
                + " one role ARN, or a parameter holding one of them; the ExternalId: a"
                + " parameter)");
        continue;
      }
      Optional<String> unsupported = unsupportedProperty(role.getValue());
      if (unsupported.isPresent()) {
        context.keepAsWritten(id, unsupported.get());
        continue;
      }
      RoleDraft draft = new RoleDraft(id, role.getValue(), context);
      Optional<String> problem = draft.build(services);
      if (problem.isPresent()) {
        context.keepAsWritten(id, problem.get());
        continue;
      }
      if (vendorTrust.isPresent() && vendor == null) {
        vendor = vendorTrust.get();
      }
      if (vendorTrust.isPresent()) {
        draft.changes().addAll(vendorTrust.get().changes());
      }
      drafts.put(id, draft);
    }
    if (vendor != null) {
      VendorSection.write(context, vendor);
    }
    new AttachedPolicies(context, drafts).fold();
    for (RoleDraft draft : drafts.values()) {
      context.take(draft.id());
      context.section("roles").add(draft.map());
      context
          .log()
          .add(
              ImportLog.Kind.RESOURCE,
              draft.id(),
              ROLE,
              "roles[" + draft.id() + "]",
              draft.changes());
    }
  }

  private static Optional<String> unsupportedProperty(Template.Resource role) {
    for (String key : role.properties().keySet()) {
      if (!ROLE_PROPERTIES.contains(key)) {
        return Optional.of("roles: has no key for its property " + key);
      }
    }
    if (role.deletionPolicy() != null || role.updateReplacePolicy() != null) {
      return Optional.of("roles: has no DeletionPolicy or UpdateReplacePolicy");
    }
    return Optional.empty();
  }
}
