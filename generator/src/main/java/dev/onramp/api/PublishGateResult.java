package dev.onramp.api;

import java.util.List;

/**
 * What the publishing gate found when it lets a release through: one line per template, such as
 * {@code acme-portal 1.0.0 (sha256 9f86d0…): own checks and cfn-lint pass, vouched for by
 * cfn-validate.json}.
 */
public record PublishGateResult(List<Message> messages) {
  public PublishGateResult {
    messages = List.copyOf(messages);
  }

  public List<String> lines() {
    return messages.stream().map(Message::text).toList();
  }
}
