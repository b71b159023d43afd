package dev.onramp.review;

import java.util.Comparator;

/**
 * What a policy is attached to and governs: a role, user or group of the template (by logical id),
 * a role, user or group named by a policy but not defined in the template, a managed policy
 * attached to nothing, or the resource whose resource policy it is (a bucket, a key, a topic, a
 * queue, a function, a secret, a repository, an event bus, …). {@code scope} is empty for the
 * template itself and names the embedded template otherwise ({@code StackSet member
 * MemberStackSet}).
 */
public record Subject(String scope, Type type, String name) implements Comparable<Subject> {
  private static final Comparator<Subject> ORDER =
      Comparator.comparing(Subject::scope)
          .thenComparing(Subject::name)
          .thenComparing(Subject::type);

  /** The kinds of subject, with how a sentence names them. */
  public enum Type {
    ROLE("role"),
    EXTERNAL_ROLE("role named"),
    USER("user named"),
    GROUP("group named"),
    MANAGED_POLICY("unattached managed policy"),
    BUCKET("bucket policy of"),
    KEY("key policy of"),
    /** A resource the review could not look into, such as a StackSet with a TemplateURL. */
    RESOURCE("resource"),
    TOPIC("topic policy of"),
    QUEUE("queue policy of"),
    /** The resource-based policy of a Lambda function, which its permissions make up. */
    FUNCTION("function policy of"),
    /** An IAM user the template defines, by logical id. */
    TEMPLATE_USER("user"),
    /** An IAM group the template defines, by logical id. */
    TEMPLATE_GROUP("group"),
    SECRET("secret policy of"),
    REPOSITORY("repository policy of"),
    EVENT_BUS("event bus policy of"),
    LAYER("layer version policy of"),
    ACCESS_POINT("access point policy of"),
    DOMAIN("domain access policy of"),
    /** A CloudWatch Logs resource policy (account-wide), by its {@code PolicyName}. */
    LOG_POLICY("logs resource policy"),
    BACKUP_VAULT("backup vault policy of"),
    /** What a VPC endpoint lets through: it limits access rather than granting it. */
    VPC_ENDPOINT("endpoint policy of");

    private final String label;

    Type(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Override
  public int compareTo(Subject other) {
    return ORDER.compare(this, other);
  }

  /** {@code role FinOpsRole}, {@code StackSet member M: role R}, {@code bucket policy of ${B}}. */
  @Override
  public String toString() {
    return (scope.isEmpty() ? "" : scope + ": ") + type.label() + " " + name;
  }
}
