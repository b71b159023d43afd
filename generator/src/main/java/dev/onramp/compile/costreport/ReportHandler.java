package dev.onramp.compile.costreport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Python source of the report Lambda, shipped as a resource and inlined into the template. */
final class ReportHandler {
  static final String RESOURCE = "/dev/onramp/cur/cost_report.py";

  private ReportHandler() {}

  static String source() {
    try (InputStream in = ReportHandler.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
