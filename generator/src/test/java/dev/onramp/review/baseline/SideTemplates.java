package dev.onramp.review.baseline;

/**
 * Small hand-written templates for the side tests: one role whose inline policy allows the actions
 * given, so that adding an action is an escalation and removing one a reduction.
 */
final class SideTemplates {
  private SideTemplates() {}

  /** A YAML template with role {@code AppRole} allowed {@code actions} on every resource. */
  static String role(String... actions) {
    return """
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          AppRole:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Version: '2012-10-17'
                Statement:
                  - Effect: Allow
                    Principal: {Service: lambda.amazonaws.com}
                    Action: sts:AssumeRole
              Policies:
                - PolicyName: app
                  PolicyDocument:
                    Version: '2012-10-17'
                    Statement:
                      - Effect: Allow
                        Action: [%s]
                        Resource: '*'
        """
        .formatted(String.join(", ", actions));
  }
}
