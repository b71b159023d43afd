package dev.onramp.aws;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Every region AWS lists, by partition: a snapshot of botocore's endpoints data (Apache-2.0)
 * shipped as {@code dev/onramp/aws/regions.tsv}, refreshed by {@code scripts/refresh-regions.sh}.
 * Opt-in regions (af-south-1, me-central-1, …) are regions like any other. Immutable; {@link
 * #bundled()} reads the snapshot once per class loader.
 */
public final class Regions {
  static final String REGIONS_RESOURCE = "/dev/onramp/aws/regions.tsv";
  static final String PROPERTIES_RESOURCE = "/dev/onramp/aws/regions.properties";

  private final String version;

  /** Region code to partition id, sorted by region. */
  private final Map<String, String> partitions;

  private Regions(String version, Map<String, String> partitions) {
    this.version = version;
    this.partitions = Collections.unmodifiableMap(new TreeMap<>(partitions));
  }

  /** The snapshot shipped with Onramp, read on first use. */
  public static Regions bundled() {
    return Bundled.REGIONS;
  }

  /** Regions from lines of {@code partition<TAB>region}, as {@code scripts/regions.py} writes. */
  public static Regions read(String lines, String version) {
    Map<String, String> partitions = new LinkedHashMap<>();
    for (String line : lines.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IllegalArgumentException("not 'partition<TAB>region': '" + line + "'");
      }
      partitions.put(line.substring(tab + 1).strip(), line.substring(0, tab));
    }
    return new Regions(version, partitions);
  }

  /** The version of botocore the snapshot was made from. */
  public String version() {
    return version;
  }

  /** Whether AWS lists {@code region} in any partition. */
  public boolean isKnown(String region) {
    return partitions.containsKey(region);
  }

  /** The partition id ({@code aws}, {@code aws-cn}, …) AWS lists {@code region} under. */
  public Optional<String> partitionOf(String region) {
    return Optional.ofNullable(partitions.get(region));
  }

  /** The regions of {@code partition}, sorted. */
  public List<String> of(Partition partition) {
    List<String> regions = new ArrayList<>();
    partitions.forEach(
        (region, id) -> {
          if (id.equals(partition.id())) {
            regions.add(region);
          }
        });
    return List.copyOf(regions);
  }

  @Override
  public String toString() {
    return "Regions[" + partitions.size() + " regions, botocore " + version + "]";
  }

  /** Loads the shipped snapshot on first use of {@link #bundled()}, once. */
  private static final class Bundled {
    static final Regions REGIONS = load();

    private static Regions load() {
      try (InputStream properties = Regions.class.getResourceAsStream(PROPERTIES_RESOURCE);
          InputStream regions = Regions.class.getResourceAsStream(REGIONS_RESOURCE)) {
        if (properties == null || regions == null) {
          throw new IllegalStateException(
              "the region list is missing from the classpath ("
                  + REGIONS_RESOURCE
                  + "); the onramp-generator jar is incomplete");
        }
        Properties about = new Properties();
        about.load(new InputStreamReader(properties, StandardCharsets.UTF_8));
        return read(
            new String(regions.readAllBytes(), StandardCharsets.UTF_8),
            about.getProperty("version", "unknown"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the region list", e);
      }
    }
  }
}
