package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Required;

/**
 * Read access to existing buckets the customer lists at deploy time: s3:GetObject on their objects,
 * s3:ListBucket and s3:GetBucketLocation on the buckets, nothing else.
 */
public record ReadBucketsSpec(
    @Required
        @Pattern(value = "[A-Za-z][A-Za-z0-9]{0,254}", meaning = "a parameter name")
        @Doc(
            "CommaDelimitedList parameter of bucket names (created when not declared). Empty"
                + " grants nothing.")
        String parameter) {}
