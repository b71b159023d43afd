package dev.onramp.guide;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.CostReportSpec;
import java.util.Optional;

/**
 * What the guide tells the customer when the blueprint lets the report function adopt a report of
 * the same name ({@code costReport.report.adoptExisting}); without it the function refuses to.
 */
final class ReportAdoption {
  private ReportAdoption() {}

  static Optional<String> note(Blueprint blueprint) {
    CostReportSpec costReport = blueprint.costReport();
    if (costReport == null || costReport.report() == null || !costReport.report().adoptExisting()) {
      return Optional.empty();
    }
    return Optional.of(
        "**An existing report of the same name is adopted**: if the account already has a report"
            + " (or CUR 2.0 export) of the name the stack uses, the stack takes it over: it sends"
            + " the report to the stack's bucket and prefix, and "
            + (costReport.report().retainOnDelete() ? "keeps" : "deletes")
            + " it when the stack is deleted. Choose another report name to keep an existing"
            + " report as it is.");
  }
}
