package dev.onramp.publish.s3;

import dev.onramp.publish.StoredObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Measures presigning; not a test. Per round, {@code urls} presigned GET URLs ({@link
 * S3TemplateSigner}, one region, static long-term credentials, no request sent), in one JVM, after
 * {@code warmup} unmeasured rounds; prints each round and the median of {@code rounds}. Run from
 * the repository root after {@code ./mvnw -q -o -pl publisher test-compile} and {@code ./mvnw -q -o
 * -pl publisher dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt}:
 *
 * <pre>
 * java -cp publisher/target/classes:publisher/target/test-classes:$(cat /tmp/cp.txt) \
 *     dev.onramp.publish.s3.PresignBenchmark [urls] [warmup] [rounds]
 * </pre>
 */
public final class PresignBenchmark {
  private PresignBenchmark() {}

  public static void main(String[] args) {
    int urls = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;

    StoredObject object =
        new StoredObject(
            "eu-west-1",
            "acme-templates-eu-west-1",
            "onramp/acme-portal/1.0.0/"
                + "c468cecd12863cd6f5218c3c23428c183e9b0f33de98c14839ccb17be9dae37a.yaml",
            StoredObject.YAML,
            "Resources: {}\n".getBytes(StandardCharsets.UTF_8));
    try (S3Access access =
        S3Access.of(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(
                    "AKIAONRAMPBENCH00001", "benchmark/secret/0123456789abcdefghijklmn")))) {
      S3TemplateSigner signer = new S3TemplateSigner(access, Duration.ofDays(7));
      long sink = 0;
      for (int i = 0; i < warmup; i++) {
        sink += round(signer, object, urls);
      }
      long[] ms = new long[rounds];
      for (int i = 0; i < rounds; i++) {
        long start = System.nanoTime();
        sink += round(signer, object, urls);
        ms[i] = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("round %d: %d ms%n", i + 1, ms[i]);
      }
      Arrays.sort(ms);
      System.out.printf(
          "%,d presigned URLs, median of %d rounds after %d warm-up: %d ms, %.1f µs per URL"
              + " (min %d, max %d; checksum %d)%n",
          urls,
          rounds,
          warmup,
          ms[rounds / 2],
          ms[rounds / 2] * 1000.0 / urls,
          ms[0],
          ms[rounds - 1],
          sink);
    }
  }

  private static long round(S3TemplateSigner signer, StoredObject object, int urls) {
    long length = 0;
    for (int i = 0; i < urls; i++) {
      length += signer.presign(object).length();
    }
    return length;
  }
}
