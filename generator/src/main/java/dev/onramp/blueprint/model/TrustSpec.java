package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Required;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may assume one role, when it is not the vendor: AWS services, another role of the stack, the
 * customer's own account, or a hub role of the customer's organization. None of them is an outside
 * principal, so none needs (or could send) the ExternalId; without a {@code trust} key the vendor
 * assumes the role with the ExternalId, as always.
 */
public record TrustSpec(
    @Pattern(
            value = "[a-z0-9][a-z0-9.-]{0,120}\\.amazonaws\\.com",
            meaning = "an AWS service principal such as ec2.amazonaws.com")
        @Doc("An AWS service principal, such as lambda.amazonaws.com.")
        String service,
    @Doc("AWS service principals, such as [ec2.amazonaws.com, lambda.amazonaws.com].")
        List<String> services,
    @Pattern(value = "[A-Z][A-Za-z0-9]{0,63}", meaning = "the id of another role of this blueprint")
        @Doc("The id of another role of this blueprint whose sessions may assume this role.")
        String role,
    @Doc("true: principals of the customer's own account (its IAM policies decide who) may assume.")
        Boolean customerAccount,
    @Doc(
            "A hub role of the customer's organization (hub and spoke): the hub assumes this role"
                + " without the ExternalId, and only from an account of the same organization.")
        Hub hub,
    @Doc(
            "false states that this trust needs no ExternalId; refused for the vendor, who always"
                + " needs one. Default: the ExternalId is required wherever an outsider could"
                + " assume.")
        Boolean externalId) {

  public TrustSpec {
    services = services == null ? List.of() : List.copyOf(services);
  }

  /** Every service principal, {@code service} first. */
  public List<String> allServices() {
    List<String> all = new ArrayList<>();
    if (service != null) {
      all.add(service);
    }
    all.addAll(services);
    return all;
  }

  /** Whether principals of the customer's own account are trusted. */
  public boolean trustsCustomerAccount() {
    return customerAccount != null && customerAccount;
  }

  /**
   * The hub role, in the account the customer enters in {@code accountParameter} (created when not
   * declared, accepting only an account id).
   */
  public record Hub(
      @Required
          @Pattern(value = "[\\w+=,.@-]{1,64}", meaning = "an IAM role name")
          @Doc("The hub role's name, such as AcmeHub.")
          String roleName,
      @Pattern(value = "/|/[\\x21-\\x7e]{0,510}/", meaning = "an IAM path such as /acme/")
          @Doc("The hub role's IAM path. Default '/'.")
          String rolePath,
      @Required
          @Pattern(value = "[A-Za-z][A-Za-z0-9]{0,254}", meaning = "a parameter name")
          @Doc(
              "The parameter holding the hub's account id (the management or delegated"
                  + " administrator account); created when not declared.")
          String accountParameter) {

    public Hub {
      rolePath = rolePath == null ? "/" : rolePath;
    }
  }
}
