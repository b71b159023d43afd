package dev.onramp.guide;

import dev.onramp.compile.callback.CallbackCompiler;
import dev.onramp.review.SecretsSent.SentSecret;
import dev.onramp.review.report.InventoryCells;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * What the registration custom resource sends the vendor, in a sentence: the standard message as
 * before, or the properties of the vendor's own schema by name; and, in bold, every secret it
 * sends, so a customer sees it before typing the secret in.
 */
final class CallbackPurpose {
  private CallbackPurpose() {}

  static String of(String vendor, String id, Template.Resource resource, List<SentSecret> secrets) {
    List<String> sent = new ArrayList<>(resource.properties().keySet());
    sent.removeAll(CallbackCompiler.RESERVED_PROPERTIES);
    List<String> own = new ArrayList<>(sent);
    own.removeAll(CallbackCompiler.STANDARD_PROPERTIES);
    own.remove(CallbackCompiler.OUTPUTS_PROPERTY);
    String text =
        own.isEmpty() && sent.containsAll(CallbackCompiler.STANDARD_PROPERTIES)
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
