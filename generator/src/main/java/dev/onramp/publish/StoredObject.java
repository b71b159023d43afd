package dev.onramp.publish;

import dev.onramp.aws.Partition;
import dev.onramp.link.PercentEncoding;
import dev.onramp.template.ContentHash;
import java.util.Arrays;
import java.util.Objects;

/**
 * One object a release puts into S3: its bucket (in its region), key, content type and bytes, and
 * the SHA-256 the bytes must have. Immutable: the bytes are copied in and out.
 */
public final class StoredObject {
  /** RFC 9512's media type for YAML. */
  public static final String YAML = "application/yaml";

  public static final String JSON = "application/json";

  private final String region;
  private final String bucket;
  private final String key;
  private final String contentType;
  private final byte[] bytes;
  private final String sha256;

  public StoredObject(String region, String bucket, String key, String contentType, byte[] bytes) {
    this.region = Objects.requireNonNull(region, "region");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
    this.key = Objects.requireNonNull(key, "key");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.bytes = bytes.clone();
    this.sha256 = ContentHash.sha256Hex(bytes);
  }

  public String region() {
    return region;
  }

  public Partition partition() {
    return Partition.ofRegion(region);
  }

  public String bucket() {
    return bucket;
  }

  public String key() {
    return key;
  }

  public String contentType() {
    return contentType;
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  /** Lower-case hex SHA-256 of the bytes. */
  public String sha256() {
    return sha256;
  }

  /** Whether {@code other} are the bytes of this object. */
  public boolean hasBytes(byte[] other) {
    return Arrays.equals(bytes, other);
  }

  /**
   * The object's https URL at the regional S3 endpoint of its partition, virtual-hosted (bucket
   * names with dots, which its certificate would not cover, are refused when blueprints are read).
   */
  public String url() {
    return "https://" + host() + encodedKeyPath();
  }

  /** The regional virtual-hosted S3 host of the object: {@code <bucket>.s3.<region>.<suffix>}. */
  public String host() {
    return bucket + ".s3." + region + "." + partition().dnsSuffix();
  }

  /**
   * {@code /} and the key, each segment percent-encoded (RFC 3986, {@code /} kept): the path of the
   * object's URL and of its SigV4 canonical request alike.
   */
  public String encodedKeyPath() {
    StringBuilder path = new StringBuilder(key.length() + 16);
    for (String segment : key.split("/", -1)) {
      path.append('/');
      PercentEncoding.encodeTo(path, segment);
    }
    return path.toString();
  }

  /** {@code s3://bucket/key}, for messages. */
  public String s3Uri() {
    return "s3://" + bucket + "/" + key;
  }

  @Override
  public String toString() {
    return s3Uri() + " (" + region + ", " + bytes.length + " bytes, sha256 " + sha256 + ")";
  }
}
