package dev.onramp.publish;

import dev.onramp.template.StableJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a release published: per blueprint its version, the SHA-256 and size of its template, the
 * template's URL in every region, and its parameters. Written last, after every object it names is
 * in place, so a reader never follows it to a missing object. {@code cfn:diff
 * -Dcfn.baseline=<manifest URL>} reads it back.
 */
public record Manifest(List<Manifest.Entry> blueprints, Map<String, Approval> approvals) {

  public Manifest {
    blueprints = List.copyOf(blueprints);
    approvals = Map.copyOf(approvals);
  }

  /** A release no escalation had to be approved for. */
  public Manifest(List<Manifest.Entry> blueprints) {
    this(blueprints, Map.of());
  }

  /** The same release with these blueprints' escalations approved (by blueprint name). */
  public Manifest withApprovals(Map<String, Approval> approved) {
    return new Manifest(blueprints, approved);
  }

  /**
   * An escalation of access, against the latest published release, that the release job approved
   * explicitly ({@code -Dcfn.publish.approveEscalation="<reason>"}): the reason given, the
   * published version and SHA-256 it was compared with, the verdict and the diff's summary (one
   * line per change).
   */
  public record Approval(
      String reason, String fromVersion, String fromSha256, String verdict, List<String> changes) {
    public Approval {
      changes = List.copyOf(changes);
    }
  }

  /** One blueprint's template in a release. */
  public record Entry(
      String name,
      String version,
      String sha256,
      int bytes,
      Map<String, String> templates,
      List<Parameter> parameters) {
    public Entry {
      templates = Map.copyOf(templates);
      parameters = List.copyOf(parameters);
    }
  }

  /** A template parameter as a link-maker needs it. */
  public record Parameter(String name, String type, String defaultValue, boolean noEcho) {}

  /** The manifest as JSON: blueprints by name, regions sorted; same release, same bytes. */
  public String toJson() {
    List<Object> entries = new ArrayList<>();
    blueprints.stream()
        .sorted(java.util.Comparator.comparing(Entry::name))
        .forEach(
            entry -> {
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("name", entry.name());
              out.put("version", entry.version());
              out.put("sha256", entry.sha256());
              out.put("bytes", entry.bytes());
              out.put("templates", new TreeMap<>(entry.templates()));
              List<Object> parameters = new ArrayList<>();
              for (Parameter parameter : entry.parameters()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("name", parameter.name());
                p.put("type", parameter.type());
                if (parameter.defaultValue() != null) {
                  p.put("default", parameter.defaultValue());
                }
                if (parameter.noEcho()) {
                  p.put("noEcho", true);
                }
                parameters.add(p);
              }
              out.put("parameters", parameters);
              Approval approval = approvals.get(entry.name());
              if (approval != null) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("reason", approval.reason());
                a.put("fromVersion", approval.fromVersion());
                a.put("fromSha256", approval.fromSha256());
                a.put("verdict", approval.verdict());
                a.put("changes", approval.changes());
                out.put("escalationApproved", a);
              }
              entries.add(out);
            });
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", "onramp-manifest/1");
    root.put("blueprints", entries);
    return StableJson.write(root);
  }
}
