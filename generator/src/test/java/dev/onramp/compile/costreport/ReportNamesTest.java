package dev.onramp.compile.costreport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.blueprint.model.CostReportSpec;
import dev.onramp.blueprint.model.CostReportSpec.CostReportBucketSpec;
import dev.onramp.blueprint.model.CostReportSpec.ReportSpec;
import dev.onramp.template.Fn;
import org.junit.jupiter.api.Test;

/** Each name of a created report is written text, or the parameter's value, in every place. */
class ReportNamesTest {

  @Test
  void writtenNamesStayText() {
    ReportNames names = new ReportNames(spec(null, null, null, "acme-cur"));

    assertThat(names.prefix()).isEqualTo("cur");
    assertThat(names.prefixText()).isEqualTo("cur");
    assertThat(names.prefixAnd("/*")).isEqualTo("cur/*");
    assertThat(names.reportName()).isEqualTo("acme-cur");
    assertThat(names.reportNameText()).isEqualTo("acme-cur");
    assertThat(names.bucketName()).isNull();
  }

  @Test
  void namesFromParametersAreReferencesAndSubVariables() {
    ReportNames names = new ReportNames(spec("Bucket", "Prefix", "Name", null));

    assertThat(names.bucketName()).isEqualTo(Fn.ref("Bucket"));
    assertThat(names.prefix()).isEqualTo(Fn.ref("Prefix"));
    assertThat(names.prefixText()).isEqualTo("${Prefix}");
    assertThat(names.prefixAnd("/")).isEqualTo(Fn.sub("${Prefix}/"));
    assertThat(names.reportName()).isEqualTo(Fn.ref("Name"));
    assertThat(names.reportNameText()).isEqualTo("${Name}");
  }

  private static CostReportSpec spec(
      String bucketParameter, String prefixParameter, String nameParameter, String name) {
    return new CostReportSpec(
        new CostReportBucketSpec(null, null, null, bucketParameter),
        null,
        null,
        new ReportSpec(
            name, null, null, null, null, null, null, null, null, null, null, nameParameter, null),
        null,
        null,
        null,
        prefixParameter,
        null);
  }
}
