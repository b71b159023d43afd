package dev.onramp.cdk;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in this JVM, against the test classpath (aws-cdk-lib is a test
 * dependency), with the project's own strictness: every lint warning is an error, since a vendor's
 * build may compile the constructs that way. Public for the benchmarks module's CDK synth (through
 * this module's test-jar).
 */
public final class InMemoryCompilation {
  private InMemoryCompilation() {}

  /** Compiles every {@code .java} file under {@code sources} into {@code classes}. */
  public static ClassLoader compile(Path sources, Path classes) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
    Files.createDirectories(classes);
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
      List<String> options =
          List.of(
              "--release",
              "17",
              "-Xlint:all",
              "-Werror",
              "-proc:none",
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              classes.toString());
      Boolean success = compiler.getTask(messages, fileManager, null, options, null, units).call();
      if (!success) {
        throw new AssertionError("the generated sources do not compile:\n" + messages);
      }
    }
    try {
      return new URLClassLoader(
          new URL[] {classes.toUri().toURL()}, InMemoryCompilation.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }
}
