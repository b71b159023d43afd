package dev.onramp.compile.costreport;

import static dev.onramp.compile.costreport.CostReportCompiler.BUCKET;

import dev.onramp.aws.S3PublicAccess;
import dev.onramp.blueprint.model.CostReportSpec;
import dev.onramp.compile.policy.PolicySplitter;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bucket that receives the report, hardened (encrypted, no public access, owner-enforced, TLS
 * only) and kept on uninstall, and its policy, which lets only this account's billing exports write
 * to the report prefix.
 */
final class ReportBucket {
  private static final List<String> BILLING_SERVICES =
      List.of("billingreports.amazonaws.com", "bcm-data-exports.amazonaws.com");

  private ReportBucket() {}

  static Template.Resource bucket(CostReportSpec spec) {
    Map<String, Object> properties = new LinkedHashMap<>();
    Object name = new ReportNames(spec).bucketName();
    if (name != null) {
      properties.put("BucketName", name);
    }
    properties.put(
        "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(encryption(spec))));
    properties.put("PublicAccessBlockConfiguration", S3PublicAccess.blockAll());
    properties.put(
        "OwnershipControls",
        Map.of("Rules", List.of(Map.of("ObjectOwnership", "BucketOwnerEnforced"))));
    if (spec.bucket().expirationDays() != null) {
      Map<String, Object> expiry = new LinkedHashMap<>();
      expiry.put("Id", "ExpireCostReports");
      expiry.put("Status", "Enabled");
      expiry.put("Prefix", new ReportNames(spec).prefixAnd("/"));
      expiry.put("ExpirationInDays", spec.bucket().expirationDays());
      properties.put("LifecycleConfiguration", Map.of("Rules", List.of(expiry)));
    }
    // Uninstalling the onboarding stack must never delete the customer's billing data.
    return new Template.Resource(
        "AWS::S3::Bucket", null, List.of(), "Retain", "Retain", Map.of(), properties);
  }

  private static Map<String, Object> encryption(CostReportSpec spec) {
    Map<String, Object> byDefault = new LinkedHashMap<>();
    String kms = spec.bucket().kmsKeyParameter();
    if (kms == null) {
      byDefault.put("SSEAlgorithm", "AES256");
    } else {
      byDefault.put("SSEAlgorithm", "aws:kms");
      byDefault.put("KMSMasterKeyID", Fn.ref(kms));
    }
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("ServerSideEncryptionByDefault", byDefault);
    if (kms != null) {
      rule.put("BucketKeyEnabled", true);
    }
    return rule;
  }

  static Template.Resource policy(CostReportSpec spec) {
    Object bucketArn = Fn.getAtt(BUCKET, "Arn");
    List<Map<String, Object>> statements = new ArrayList<>();
    statements.add(
        Statements.of(
            "DenyInsecureTransport",
            "Deny",
            "*",
            "s3:*",
            List.of(bucketArn, Fn.sub("${" + BUCKET + ".Arn}/*")),
            Map.of("Bool", Map.of("aws:SecureTransport", "false"))));
    Map<String, Object> billingOnly = new LinkedHashMap<>();
    billingOnly.put("StringEquals", Map.of("aws:SourceAccount", Fn.ref("AWS::AccountId")));
    billingOnly.put(
        "ArnLike",
        Map.of(
            "aws:SourceArn",
            List.of(
                Fn.sub("arn:${AWS::Partition}:cur:*:${AWS::AccountId}:definition/*"),
                Fn.sub("arn:${AWS::Partition}:bcm-data-exports:*:${AWS::AccountId}:export/*"))));
    statements.add(
        Statements.of(
            "AllowBillingDeliveryCheck",
            "Allow",
            Map.of("Service", BILLING_SERVICES),
            List.of("s3:GetBucketAcl", "s3:GetBucketPolicy"),
            bucketArn,
            billingOnly));
    statements.add(
        Statements.of(
            "AllowBillingDelivery",
            "Allow",
            Map.of("Service", BILLING_SERVICES),
            "s3:PutObject",
            Fn.sub("${" + BUCKET + ".Arn}/" + new ReportNames(spec).prefixText() + "/*"),
            billingOnly));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("Bucket", Fn.ref(BUCKET));
    properties.put("PolicyDocument", PolicySplitter.document(statements));
    return Template.Resource.of("AWS::S3::BucketPolicy", properties);
  }
}
