package dev.onramp.importer;

import java.util.List;

/**
 * One draft blueprint: its name, its YAML text as written for the vendor, where every part of the
 * original went, the drafts of the StackSet member templates it embeds, and the names of the
 * original it generates under other names, which the proof applies to the original first.
 */
public record ImportDraft(
    String name, String text, ImportLog log, List<ImportDraft> members, ImportRenames renames) {
  public ImportDraft {
    members = List.copyOf(members);
  }

  public ImportDraft(String name, String text, ImportLog log, List<ImportDraft> members) {
    this(name, text, log, members, ImportRenames.NONE);
  }

  /** This draft with {@code renames} in place of its own. */
  ImportDraft withRenames(ImportRenames changed) {
    return new ImportDraft(name, text, log, members, changed);
  }
}
