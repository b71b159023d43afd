package dev.onramp.importer;

import java.util.List;

/**
 * One draft blueprint: its name, its YAML text as written for the vendor, where every part of the
 * original went, and the drafts of the StackSet member templates it embeds.
 */
public record ImportDraft(String name, String text, ImportLog log, List<ImportDraft> members) {
  public ImportDraft {
    members = List.copyOf(members);
  }
}
