package dev.onramp.compile.resources;

/**
 * A name a raw resource refers to, and where: {@code Ref} and {@code Fn::Sub} variables name a
 * parameter or a resource, {@code Fn::GetAtt}, a dotted {@code Fn::Sub} variable and {@code
 * dependsOn} a resource, {@code Fn::If} and {@code condition} a condition.
 */
record RawReference(Kind kind, String name, String path, String form) {

  /** A reference written in {@code kind}'s usual form ({@code Ref}, {@code Fn::GetAtt}, …). */
  RawReference(Kind kind, String name, String path) {
    this(kind, name, path, kind.written());
  }

  enum Kind {
    /** A parameter, a pseudo parameter or a resource: {@code Ref}, {@code ${Name}}. */
    VALUE("Ref"),
    /** A resource's attribute: {@code Fn::GetAtt}, {@code ${Resource.Attribute}}. */
    ATTRIBUTE("Fn::GetAtt"),
    /** A resource created first: {@code dependsOn}. */
    RESOURCE("dependsOn"),
    /** A template condition: {@code Fn::If}, {@code condition}. */
    CONDITION("condition");

    private final String written;

    Kind(String written) {
      this.written = written;
    }

    String written() {
      return written;
    }
  }
}
