package dev.onramp.publish;

import dev.onramp.output.AtomicFiles;
import dev.onramp.template.StableJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a blueprint's tenant links as {@code links.json} and {@code links.csv} (RFC 4180, CRLF, a
 * header row), each file replaced whole or not at all. The ExternalIds are written; the secret they
 * come from never is.
 */
public final class LinkFiles {
  public static final String JSON = "links.json";
  public static final String CSV = "links.csv";

  private LinkFiles() {}

  /** Writes both files into {@code directory}; returns their paths. */
  public static List<Path> write(
      Path directory, String blueprint, String version, List<TenantLink> links) throws IOException {
    Files.createDirectories(directory);
    return List.of(
        AtomicFiles.write(directory.resolve(JSON), json(blueprint, version, links)),
        AtomicFiles.write(directory.resolve(CSV), csv(links)));
  }

  static String json(String blueprint, String version, List<TenantLink> links) {
    List<Object> out = new ArrayList<>(links.size());
    for (TenantLink link : links) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("tenant", link.tenant());
      entry.put("region", link.region());
      entry.put("stackName", link.stackName());
      entry.put("externalId", link.externalId());
      entry.put("url", link.url());
      out.add(entry);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("blueprint", blueprint);
    root.put("version", version);
    root.put("links", out);
    return StableJson.write(root);
  }

  static String csv(List<TenantLink> links) {
    StringBuilder out = new StringBuilder(links.size() * 400);
    out.append("tenant,region,stackName,externalId,url\r\n");
    for (TenantLink link : links) {
      field(out, link.tenant()).append(',');
      field(out, link.region()).append(',');
      field(out, link.stackName()).append(',');
      field(out, link.externalId()).append(',');
      field(out, link.url()).append("\r\n");
    }
    return out.toString();
  }

  private static StringBuilder field(StringBuilder out, String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    if (!quote) {
      return out.append(value);
    }
    return out.append('"').append(value.replace("\"", "\"\"")).append('"');
  }
}
