package dev.onramp.guide;

import dev.onramp.review.SecretsSent.SentSecret;
import dev.onramp.review.report.InventoryCells;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the registration custom resource sends the vendor, in a sentence: the standard message as
 * before, or the properties of the vendor's own schema by name; and, in bold, every secret it
 * sends, so a customer sees it before typing the secret in.
 */
final class CallbackPurpose {
  private static final Set<String> CLOUDFORMATION = Set.of("ServiceToken", "ServiceTimeout");
  private static final List<String> STANDARD =
      List.of(
          "RoleArn",
          "ExternalId",
          "AccountId",
          "Partition",
          "Region",
          "StackId",
          "Blueprint",
          "TemplateVersion");

  private CallbackPurpose() {}

  static String of(String vendor, String id, Template.Resource resource, List<SentSecret> secrets) {
    List<String> sent = new ArrayList<>(resource.properties().keySet());
    sent.removeAll(CLOUDFORMATION);
    List<String> own = new ArrayList<>(sent);
    own.removeAll(STANDARD);
    own.remove("Outputs");
    String text =
        own.isEmpty() && sent.containsAll(STANDARD)
            ? "Tells "
                + vendor
                + " that the role exists (its ARN, the ExternalId, account, region and stack) when"
                + " the stack is created, updated or deleted"
            : "Tells "
                + vendor
                + ", when the stack is created, updated or deleted: "
                + String.join(", ", sent.stream().map(InventoryCells::code).toList());
    for (SentSecret secret : secrets) {
      if (secret.resource().equals(id)) {
        text +=
            ". **It sends "
                + vendor
                + " the secret you enter as "
                + InventoryCells.code(secret.parameter())
                + "** (a NoEcho parameter), as "
                + InventoryCells.code(secret.property());
      }
    }
    return text;
  }
}
