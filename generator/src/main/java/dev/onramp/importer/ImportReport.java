package dev.onramp.importer;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.review.Change;
import dev.onramp.template.StableJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The import report, for the vendor's security reviewers: the verdict of the proof first, then
 * every difference (escalations first), Onramp's own findings, and every part of the original —
 * resources, parameters, conditions, mappings, outputs, other sections — with where it went, what
 * changed and why, and what was dropped. Markdown for people, JSON of the same for tools.
 */
public final class ImportReport {
  private ImportReport() {}

  /** The report as Markdown. */
  public static String markdown(String source, ImportDraft draft, ImportProof proof) {
    StringBuilder out = new StringBuilder();
    out.append("# Import of ").append(source).append(" as blueprint ").append(draft.name());
    out.append("\n\n**Verdict: ").append(proof.summary()).append(".**\n\n");
    if (!proof.errors().isEmpty()) {
      out.append("## Why the draft does not generate\n\n");
      out.append("Each error is located in the draft, which is written beside this report.\n\n");
      proof.errors().forEach(error -> out.append("- ").append(oneLine(error)).append('\n'));
      out.append('\n');
    }
    if (!proof.changes().isEmpty()) {
      out.append("## Differences in access, escalations first\n\n");
      out.append("| severity | change | concerns | what |\n|---|---|---|---|\n");
      for (Change change : proof.changes()) {
        out.append("| ")
            .append(change.severity())
            .append(" | ")
            .append(change.kind())
            .append(" | ")
            .append(cell(change.concerns()))
            .append(" | ")
            .append(cell(change.sentence()))
            .append(" |\n");
      }
      out.append('\n');
    }
    if (!proof.findings().isEmpty()) {
      out.append("## Onramp's own checks on the generated template\n\n");
      proof.findings().forEach(finding -> out.append("- ").append(oneLine(finding)).append('\n'));
      out.append('\n');
    }
    appendParts(out, draft);
    for (ImportDraft member : draft.members()) {
      out.append("## StackSet member blueprint ").append(member.name()).append("\n\n");
      appendParts(out, member);
    }
    return out.toString();
  }

  private static void appendParts(StringBuilder out, ImportDraft draft) {
    for (ImportLog.Kind kind : ImportLog.Kind.values()) {
      List<ImportLog.Entry> entries =
          draft.log().entries().stream().filter(entry -> entry.kind() == kind).toList();
      if (entries.isEmpty()) {
        continue;
      }
      out.append("### ")
          .append(Character.toUpperCase(kind.label().charAt(0)))
          .append(kind.label().substring(1))
          .append("s of ")
          .append(draft.name())
          .append("\n\n| original | type | went to | what changed and why |\n|---|---|---|---|\n");
      for (ImportLog.Entry entry : entries) {
        out.append("| ")
            .append(cell(entry.id()))
            .append(" | ")
            .append(cell(entry.type()))
            .append(" | ")
            .append(entry.dropped() ? "**dropped**" : cell(entry.destination()))
            .append(" | ")
            .append(
                entry.changes().isEmpty() ? "as written" : cell(String.join("; ", entry.changes())))
            .append(" |\n");
      }
      out.append('\n');
    }
  }

  /** The report as JSON. */
  public static String json(String source, ImportDraft draft, ImportProof proof) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", source);
    root.put("blueprint", draft.name());
    root.put("verdict", proof.verdict().map(Object::toString).orElse("not generated"));
    root.put("summary", proof.summary());
    root.put("escalation", proof.escalates());
    root.put("errors", proof.errors().stream().map(ImportReport::oneLine).toList());
    List<Object> changes = new ArrayList<>();
    for (Change change : proof.changes()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("severity", change.severity().toString());
      item.put("kind", change.kind().toString());
      item.put("concerns", change.concerns());
      item.put("sentence", change.sentence());
      changes.add(item);
    }
    root.put("changes", changes);
    root.put("findings", proof.findings().stream().map(ImportReport::oneLine).toList());
    root.put("parts", parts(draft));
    List<Object> members = new ArrayList<>();
    for (ImportDraft member : draft.members()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("blueprint", member.name());
      item.put("parts", parts(member));
      members.add(item);
    }
    root.put("members", members);
    return StableJson.write(root);
  }

  private static List<Object> parts(ImportDraft draft) {
    List<Object> parts = new ArrayList<>();
    for (ImportLog.Entry entry : draft.log().entries()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("kind", entry.kind().label());
      item.put("id", entry.id());
      item.put("type", entry.type());
      item.put("destination", entry.destination());
      item.put("changes", entry.changes());
      parts.add(item);
    }
    return parts;
  }

  private static String oneLine(Diagnostic diagnostic) {
    return diagnostic.render().replace("\n", " ");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
