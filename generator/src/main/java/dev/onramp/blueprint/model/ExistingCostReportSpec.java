package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Required;

/**
 * The customer's existing Cost and Usage Report (or CUR 2.0 export) and its bucket, named by
 * parameters: the stack creates no bucket, report or function for it, only read access to the
 * report prefix for the roles that read the report. With {@code when}, the customer chooses at
 * deploy time between creating a report (the rest of {@code costReport}) and reusing one.
 */
public record ExistingCostReportSpec(
    @Required
        @Pattern(value = "[A-Za-z][A-Za-z0-9]{0,254}", meaning = "a parameter name")
        @Doc(
            "Parameter holding the name of the bucket the report is delivered to (created when not declared).")
        String bucketParameter,
    @Required
        @Pattern(value = "[A-Za-z][A-Za-z0-9]{0,254}", meaning = "a parameter name")
        @Doc(
            "Parameter holding the report's key prefix in that bucket (created when not declared).")
        String prefixParameter,
    @Required
        @Pattern(value = "[A-Za-z][A-Za-z0-9]{0,254}", meaning = "a parameter name")
        @Doc("Parameter holding the report's (or export's) name (created when not declared).")
        String reportNameParameter,
    @Pattern(value = "[A-Za-z][A-Za-z0-9]{0,254}", meaning = "a parameter name")
        @Doc(
            "Parameter holding the bucket's region, returned as an output (created when not declared).")
        String regionParameter,
    @Doc("legacy (CUR) or cur2 (a Data Exports export). Default: the report's kind, else legacy.")
        CostReportSpec.Kind kind,
    @Doc(
            "Reuse the existing report only when this switch is on, and create the report"
                + " otherwise. Default: always reuse.")
        Switch when) {}
