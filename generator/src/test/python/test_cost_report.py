"""The Lambda behind Custom::CostReport (src/main/resources/dev/onramp/cur/cost_report.py).

Every test checks what CloudFormation receives: exactly one PUT to the ResponseURL, with the right
Status, PhysicalResourceId and Reason, or, for a request that is not CloudFormation's for this stack,
none at all. The report's settings are the function's environment (``make_event`` sets it). The AWS APIs are botocore Stubbers: a call that was not
queued fails the handler (and so the test), a queued call not made fails the fixture's teardown.
"""

import ast
import importlib.util
import json
import socket
import threading
import time

import botocore.session
import pytest

import cost_report
from conftest import CUR_DIR, RESPONSE_HOST, SECRET_QUERY, STACK_ID, Context

SOURCE = CUR_DIR / "cost_report.py"
ACCOUNT = "123456789012"
# The client of the stack's own DescribeStacks, in the stack's region (the handler's first API call).
OWN_STATUS = ("cloudformation", "eu-west-1")
PLACEHOLDER = "not-created:5d478ab3-5e5f-4d6e-9a8b-000000000001"
CHINA_URL = f"https://cloudformation-custom-resource-response-cnnorth1.s3.cn-north-1.amazonaws.com.cn/r?{SECRET_QUERY}"

LEGACY = {
    "Kind": "legacy",
    "ApiRegion": "us-east-1",
    "ReportName": "onramp-cur",
    "S3Bucket": "acme-cur-123456789012",
    "S3Prefix": "cur",
    "S3Region": "eu-west-1",
    "TimeUnit": "HOURLY",
    "Format": "Parquet",
    "Compression": "Parquet",
    "AdditionalSchemaElements": "RESOURCES,SPLIT_COST_ALLOCATION_DATA",
    "RefreshClosedReports": "true",
    "ReportVersioning": "OVERWRITE_REPORT",
    "RetainOnDelete": "false",
}


def legacy_definition(props=LEGACY):
    """The ReportDefinition the CUR API must receive for these properties."""
    definition = {
        k: v
        for k, v in props.items()
        if k not in ("Kind", "ApiRegion", "RetainOnDelete", "AdoptExisting", "ServiceToken")
    }
    if "RefreshClosedReports" in definition:
        definition["RefreshClosedReports"] = definition["RefreshClosedReports"] == "true"
    definition["AdditionalSchemaElements"] = [
        e for e in definition.get("AdditionalSchemaElements", "").split(",") if e
    ]
    return definition


def legacy_arn(name="onramp-cur"):
    return f"arn:aws:cur:us-east-1:{ACCOUNT}:definition/{name}"


TABLES = {"COST_AND_USAGE_REPORT": {"TIME_GRANULARITY": "HOURLY", "INCLUDE_RESOURCES": "TRUE"}}
CUR2 = {
    "Kind": "cur2",
    "ApiRegion": "us-east-1",
    "ReportName": "onramp-cur2",
    "S3Bucket": "acme-cur-123456789012",
    "S3Prefix": "cur2",
    "S3Region": "eu-west-1",
    "QueryStatement": "SELECT line_item_usage_account_id, line_item_unblended_cost FROM COST_AND_USAGE_REPORT",
    "TableConfigurations": json.dumps(TABLES),
    "Format": "PARQUET",
    "Compression": "PARQUET",
    "Overwrite": "OVERWRITE_REPORT",
    "RetainOnDelete": "false",
}
EXPORT_ARN = f"arn:aws:bcm-data-exports:us-east-1:{ACCOUNT}:export/onramp-cur2-0a1b2c3d"


def export_spec(props=CUR2):
    """The Export the Data Exports API must receive for these properties."""
    return {
        "Name": props["ReportName"],
        "DataQuery": {"QueryStatement": props["QueryStatement"], "TableConfigurations": TABLES},
        "DestinationConfigurations": {
            "S3Destination": {
                "S3Bucket": props["S3Bucket"],
                "S3Prefix": props["S3Prefix"],
                "S3Region": props["S3Region"],
                "S3OutputConfigurations": {
                    "OutputType": "CUSTOM",
                    "Format": props["Format"],
                    "Compression": props["Compression"],
                    "Overwrite": props["Overwrite"],
                },
            }
        },
        "RefreshCadence": {"Frequency": "SYNCHRONOUS"},
    }


def listed(name, arn):
    return {"ExportArn": arn, "ExportName": name, "ExportStatus": {"StatusCode": "HEALTHY"}}


# --- legacy CUR -----------------------------------------------------------------------------------


def test_create_legacy_report(aws, cfn, make_event):
    aws.stub("cur").add_response("put_report_definition", {}, {"ReportDefinition": legacy_definition()})

    cost_report.handler(make_event("Create", LEGACY), Context())

    body = cfn.only()
    assert body["Status"] == "SUCCESS"
    assert body["PhysicalResourceId"] == "onramp-cur"
    assert body["Data"] == {"ReportName": "onramp-cur", "ReportArn": legacy_arn()}
    assert body["StackId"].startswith("arn:aws:cloudformation:eu-west-1:")
    assert body["RequestId"] == "5d478ab3-5e5f-4d6e-9a8b-000000000001"
    assert body["LogicalResourceId"] == "CostReport"


def test_response_is_a_put_with_empty_content_type_and_a_content_length(aws, cfn, make_event):
    aws.stub("cur").add_response("put_report_definition", {}, {"ReportDefinition": legacy_definition()})

    cost_report.handler(make_event("Create", LEGACY), Context())

    cfn.only()
    request = cfn.requests[0]
    assert request["method"] == "PUT"
    assert request["path"] == "/cloudformation-response?" + SECRET_QUERY  # the presigned query, intact
    assert request["content_type"] == ""  # present and empty, as the presigned URL was signed
    assert request["content_length"] == str(request["raw_length"])


def test_create_legacy_without_optional_properties(aws, cfn, make_event):
    props = {k: v for k, v in LEGACY.items() if k not in ("AdditionalSchemaElements", "RefreshClosedReports",
                                                          "ReportVersioning")}
    props.update(Format="textORcsv", Compression="GZIP", TimeUnit="DAILY")
    expected = legacy_definition(props)
    assert expected["AdditionalSchemaElements"] == []  # required by the API, even when empty
    aws.stub("cur").add_response("put_report_definition", {}, {"ReportDefinition": expected})

    cost_report.handler(make_event("Create", props), Context())

    assert cfn.only()["Status"] == "SUCCESS"


def duplicate_report(stub):
    stub.add_client_error(
        "put_report_definition",
        service_error_code="DuplicateReportNameException",
        service_message="A report with the name onramp-cur already exists",
        expected_params={"ReportDefinition": legacy_definition()},
    )


def test_create_when_the_report_exists_refuses_to_adopt_it(aws, cfn, make_event):
    duplicate_report(aws.stub("cur"))  # a modify (or delete) would fail the handler: none is queued

    cost_report.handler(make_event("Create", LEGACY), Context())

    body = cfn.only()
    assert (body["Status"], body["PhysicalResourceId"]) == ("FAILED", PLACEHOLDER)
    assert body["Reason"] == (
        "a Cost and Usage Report named onramp-cur already exists in this account and this stack did not"
        " create it: refused to adopt it (the stack would re-point it to its bucket and delete it with"
        " the stack). Choose another report name, or set costReport.report.adoptExisting: true to adopt it"
    )


def test_create_when_the_report_exists_adopts_it_when_the_blueprint_says_so(aws, cfn, make_event):
    adopt = dict(LEGACY, AdoptExisting="true")
    stub = aws.stub("cur")
    duplicate_report(stub)
    stub.add_response(
        "modify_report_definition", {}, {"ReportName": "onramp-cur", "ReportDefinition": legacy_definition()}
    )

    cost_report.handler(make_event("Create", adopt), Context())

    body = cfn.only()
    assert (body["Status"], body["PhysicalResourceId"]) == ("SUCCESS", "onramp-cur")


def test_rename_to_a_name_that_exists_refuses_too(aws, cfn, make_event):
    new = dict(LEGACY, ReportName="someone-elses")
    aws.stub("cur").add_client_error(
        "put_report_definition", service_error_code="DuplicateReportNameException", service_message="exists"
    )

    cost_report.handler(make_event("Update", new, physical_id="onramp-cur", old_props=LEGACY), Context())

    body = cfn.only()
    assert (body["Status"], body["PhysicalResourceId"]) == ("FAILED", "onramp-cur")
    assert body["Reason"].startswith("a Cost and Usage Report named someone-elses already exists")


def test_update_same_name_modifies_in_place_and_keeps_the_id(aws, cfn, make_event):
    new = dict(LEGACY, S3Prefix="cost/cur", TimeUnit="DAILY")
    aws.stub("cur").add_response(
        "modify_report_definition", {}, {"ReportName": "onramp-cur", "ReportDefinition": legacy_definition(new)}
    )

    cost_report.handler(make_event("Update", new, physical_id="onramp-cur", old_props=LEGACY), Context())

    body = cfn.only()
    assert (body["Status"], body["PhysicalResourceId"]) == ("SUCCESS", "onramp-cur")
    assert body["Data"]["ReportArn"] == legacy_arn()


def test_rename_creates_the_new_report_returns_its_id_and_deletes_nothing(aws, cfn, make_event):
    new = dict(LEGACY, ReportName="onramp-cur-v2")
    # Only the put is queued: a delete (or modify) of the old report would fail the handler.
    aws.stub("cur").add_response("put_report_definition", {}, {"ReportDefinition": legacy_definition(new)})

    cost_report.handler(make_event("Update", new, physical_id="onramp-cur", old_props=LEGACY), Context())

    body = cfn.only()
    assert (body["Status"], body["PhysicalResourceId"]) == ("SUCCESS", "onramp-cur-v2")
    assert body["Data"] == {"ReportName": "onramp-cur-v2", "ReportArn": legacy_arn("onramp-cur-v2")}


def test_update_error_fails_and_keeps_the_old_id(aws, cfn, make_event):
    new = dict(LEGACY, TimeUnit="DAILY")
    aws.stub("cur").add_client_error(
        "modify_report_definition", service_error_code="ValidationException", service_message="Invalid TimeUnit"
    )

    cost_report.handler(make_event("Update", new, physical_id="onramp-cur", old_props=LEGACY), Context())

    body = cfn.only()
    assert (body["Status"], body["PhysicalResourceId"]) == ("FAILED", "onramp-cur")
    assert "Invalid TimeUnit" in body["Reason"]


def test_delete_legacy_report_never_touches_the_bucket(aws, cfn, make_event):
    aws.stub("cur").add_response(
        "delete_report_definition", {"ResponseMessage": "deleted"}, {"ReportName": "onramp-cur"}
    )

    cost_report.handler(make_event("Delete", LEGACY, physical_id="onramp-cur"), Context())

    body = cfn.only()
    assert (body["Status"], body["PhysicalResourceId"]) == ("SUCCESS", "onramp-cur")
    assert aws.asked == [OWN_STATUS, ("cur", "us-east-1")]  # no s3 client, ever


def test_delete_of_a_report_already_gone_succeeds(aws, cfn, make_event):
    aws.stub("cur").add_client_error(
        "delete_report_definition",
        service_error_code="ValidationException",
        service_message="The report onramp-cur does not exist",
    )

    cost_report.handler(make_event("Delete", LEGACY, physical_id="onramp-cur"), Context())

    assert cfn.only()["Status"] == "SUCCESS"


def test_delete_with_retain_calls_no_api(aws, cfn, make_event):
    cost_report.handler(
        make_event("Delete", dict(LEGACY, RetainOnDelete="true"), physical_id="onramp-cur"), Context()
    )

    body = cfn.only()
    assert (body["Status"], body["PhysicalResourceId"]) == ("SUCCESS", "onramp-cur")
    assert aws.asked == [OWN_STATUS]


def test_failed_create_returns_a_placeholder_whose_delete_calls_no_api(aws, cfn, make_event):
    aws.stub("cur").add_client_error(
        "put_report_definition", service_error_code="ValidationException", service_message="boom"
    )
    cost_report.handler(make_event("Create", LEGACY), Context())
    created = cfn.only()
    assert (created["Status"], created["PhysicalResourceId"]) == ("FAILED", PLACEHOLDER)

    cfn.requests.clear()
    aws.asked.clear()
    cost_report.handler(make_event("Delete", LEGACY, physical_id=created["PhysicalResourceId"]), Context())

    body = cfn.only()
    assert (body["Status"], body["PhysicalResourceId"]) == ("SUCCESS", PLACEHOLDER)
    assert aws.asked == [OWN_STATUS]


def test_api_error_fails_with_the_api_message(aws, cfn, make_event):
    aws.stub("cur").add_client_error(
        "put_report_definition",
        service_error_code="ValidationException",
        service_message="Failed to verify customer bucket permission.",
    )

    cost_report.handler(make_event("Create", LEGACY), Context())

    body = cfn.only()
    assert body["Status"] == "FAILED"
    assert body["PhysicalResourceId"] == PLACEHOLDER
    assert "Failed to verify customer bucket permission." in body["Reason"]
    assert "ValidationException" in body["Reason"]


def test_delete_api_error_fails_instead_of_hanging(aws, cfn, make_event):
    aws.stub("cur").add_client_error(
        "delete_report_definition", service_error_code="InternalErrorException", service_message="try later"
    )

    cost_report.handler(make_event("Delete", LEGACY, physical_id="onramp-cur"), Context())

    body = cfn.only()
    assert (body["Status"], body["PhysicalResourceId"]) == ("FAILED", "onramp-cur")
    assert "try later" in body["Reason"]


def test_missing_setting_fails_with_its_name(aws, cfn, make_event):
    props = {k: v for k, v in LEGACY.items() if k != "ApiRegion"}

    cost_report.handler(make_event("Create", props), Context())

    body = cfn.only()
    assert body["Status"] == "FAILED"
    assert body["Reason"] == "missing setting 'ApiRegion'"
    assert aws.asked == [OWN_STATUS]


def test_missing_report_field_fails_with_botocore_validation_message(aws, cfn, make_event):
    props = {k: v for k, v in LEGACY.items() if k != "S3Bucket"}
    aws.offline("cur")  # a real client: botocore validates before sending (and the hook stops any send)

    cost_report.handler(make_event("Create", props), Context())

    body = cfn.only()
    assert body["Status"] == "FAILED"
    assert 'Missing required parameter in ReportDefinition: "S3Bucket"' in body["Reason"]


def test_unknown_kind_fails(aws, cfn, make_event):
    cost_report.handler(make_event("Create", dict(LEGACY, Kind="cur3")), Context())

    body = cfn.only()
    assert body["Status"] == "FAILED"
    assert body["Reason"] == "Kind must be legacy or cur2, not 'cur3'"


def test_bad_table_configurations_fail(aws, cfn, make_event):
    aws.stub("bcm-data-exports")

    cost_report.handler(make_event("Create", dict(CUR2, TableConfigurations="{not json")), Context())

    body = cfn.only()
    assert body["Status"] == "FAILED"
    assert body["Reason"].startswith("Expecting property name")  # json's message


# --- the API's region -------------------------------------------------------------------------------


def test_client_is_made_for_api_region_not_the_stack_region(aws, cfn, make_event):
    aws.stub("cur").add_response("put_report_definition", {}, {"ReportDefinition": legacy_definition()})

    # The stack runs in eu-west-1 (see its StackId); the CUR API lives in us-east-1.
    cost_report.handler(make_event("Create", LEGACY), Context())

    assert aws.asked == [OWN_STATUS, ("cur", "us-east-1")]
    assert cfn.only()["Data"]["ReportArn"].startswith("arn:aws:cur:us-east-1:")


def test_report_arn_takes_partition_and_account_from_the_stack(aws, cfn, make_event):
    props = dict(LEGACY, ApiRegion="cn-northwest-1", S3Region="cn-north-1")
    aws.stub("cur").add_response("put_report_definition", {}, {"ReportDefinition": legacy_definition(props)})
    stack = "arn:aws-cn:cloudformation:cn-north-1:210987654321:stack/onramp-cur/0a1b2c3d"
    event = make_event("Create", props, stack_id=stack)
    event["ResponseURL"] = CHINA_URL

    cost_report.handler(event, Context())

    assert aws.asked == [("cloudformation", "cn-north-1"), ("cur", "cn-northwest-1")]
    body = cfn.only()
    assert body["Data"]["ReportArn"] == "arn:aws-cn:cur:cn-northwest-1:210987654321:definition/onramp-cur"


# --- CUR 2.0 (Data Exports) ------------------------------------------------------------------------


def test_create_cur2_export(aws, cfn, make_event):
    stub = aws.stub("bcm-data-exports")
    stub.add_response("list_exports", {"Exports": [listed("someone-elses", EXPORT_ARN + "x")]}, {})
    stub.add_response("create_export", {"ExportArn": EXPORT_ARN}, {"Export": export_spec()})

    cost_report.handler(make_event("Create", CUR2), Context())

    body = cfn.only()
    assert (body["Status"], body["PhysicalResourceId"]) == ("SUCCESS", EXPORT_ARN)
    assert body["Data"] == {"ReportName": "onramp-cur2", "ReportArn": EXPORT_ARN}
    assert aws.asked == [OWN_STATUS, ("bcm-data-exports", "us-east-1")]


def list_with_the_export_on_page_two(stub):
    # The paginator follows NextToken; the search stops once found.
    stub.add_response("list_exports", {"Exports": [listed("other", EXPORT_ARN + "x")], "NextToken": "t"}, {})
    stub.add_response("list_exports", {"Exports": [listed("onramp-cur2", EXPORT_ARN)], "NextToken": "u"},
                      {"NextToken": "t"})


def test_create_cur2_when_the_export_exists_refuses_to_adopt_it(aws, cfn, make_event):
    list_with_the_export_on_page_two(aws.stub("bcm-data-exports"))  # no update queued

    cost_report.handler(make_event("Create", CUR2), Context())

    body = cfn.only()
    assert (body["Status"], body["PhysicalResourceId"]) == ("FAILED", PLACEHOLDER)
    assert body["Reason"].startswith(
        "a Data Exports export named onramp-cur2 already exists in this account and this stack did not"
        " create it: refused to adopt it"
    )
    assert body["Reason"].endswith("set costReport.report.adoptExisting: true to adopt it")


def test_create_cur2_when_the_export_exists_adopts_it_when_the_blueprint_says_so(aws, cfn, make_event):
    stub = aws.stub("bcm-data-exports")
    list_with_the_export_on_page_two(stub)
    stub.add_response(
        "update_export", {"ExportArn": EXPORT_ARN}, {"ExportArn": EXPORT_ARN, "Export": export_spec()}
    )

    cost_report.handler(make_event("Create", dict(CUR2, AdoptExisting="true")), Context())

    body = cfn.only()
    assert (body["Status"], body["PhysicalResourceId"]) == ("SUCCESS", EXPORT_ARN)


def test_update_cur2_same_name_updates_in_place(aws, cfn, make_event):
    new = dict(CUR2, S3Prefix="cost/cur2")
    stub = aws.stub("bcm-data-exports")
    stub.add_response("list_exports", {"Exports": [listed("onramp-cur2", EXPORT_ARN)]}, {})
    stub.add_response(
        "update_export", {"ExportArn": EXPORT_ARN}, {"ExportArn": EXPORT_ARN, "Export": export_spec(new)}
    )

    cost_report.handler(make_event("Update", new, physical_id=EXPORT_ARN, old_props=CUR2), Context())

    body = cfn.only()
    assert (body["Status"], body["PhysicalResourceId"]) == ("SUCCESS", EXPORT_ARN)


def test_switching_legacy_to_cur2_creates_the_export_and_deletes_nothing(aws, cfn, make_event):
    stub = aws.stub("bcm-data-exports")
    stub.add_response("list_exports", {"Exports": []}, {})
    stub.add_response("create_export", {"ExportArn": EXPORT_ARN}, {"Export": export_spec()})

    cost_report.handler(make_event("Update", CUR2, physical_id="onramp-cur", old_props=LEGACY), Context())

    body = cfn.only()
    assert (body["Status"], body["PhysicalResourceId"]) == ("SUCCESS", EXPORT_ARN)
    assert aws.asked == [OWN_STATUS, ("bcm-data-exports", "us-east-1")]


def test_delete_cur2_export(aws, cfn, make_event):
    stub = aws.stub("bcm-data-exports")
    stub.add_response("get_export", {"Export": export_spec()}, {"ExportArn": EXPORT_ARN})
    stub.add_response("delete_export", {"ExportArn": EXPORT_ARN}, {"ExportArn": EXPORT_ARN})

    cost_report.handler(make_event("Delete", CUR2, physical_id=EXPORT_ARN), Context())

    body = cfn.only()
    assert (body["Status"], body["PhysicalResourceId"]) == ("SUCCESS", EXPORT_ARN)
    assert aws.asked == [OWN_STATUS, ("bcm-data-exports", "us-east-1")]


def test_delete_cur2_export_not_found_succeeds(aws, cfn, make_event):
    aws.stub("bcm-data-exports").add_client_error(
        "get_export", service_error_code="ResourceNotFoundException", service_message="No export"
    )

    cost_report.handler(make_event("Delete", CUR2, physical_id=EXPORT_ARN), Context())

    assert cfn.only()["Status"] == "SUCCESS"


def test_delete_cur2_placeholder_calls_no_api(aws, cfn, make_event):
    cost_report.handler(make_event("Delete", CUR2, physical_id=PLACEHOLDER), Context())

    assert cfn.only()["Status"] == "SUCCESS"
    assert aws.asked == [OWN_STATUS]


# --- exactly one answer ----------------------------------------------------------------------------


def test_timeout_answers_failed_once_and_the_late_main_path_sends_nothing(aws, cfn, make_event):
    stub = aws.stub("cur")
    stub.add_response("put_report_definition", {}, {"ReportDefinition": legacy_definition()})
    stub.add_response("delete_report_definition", {}, {"ReportName": "onramp-cur"})  # what it made, late
    released = []

    def block_until_the_timer_answers(**kwargs):
        cfn.arrived.wait(10)
        released.append(time.monotonic())

    aws.clients["cur"].meta.events.register(
        "before-parameter-build.cur.PutReportDefinition", block_until_the_timer_answers
    )
    # CloudFormation's endpoint is slow: the main path is done while the timer's PUT is in flight.
    cfn.delay = 0.3
    started = time.monotonic()

    # 1 s left: the timer answers after 0.5 s (real functions: 5 s before their timeout).
    cost_report.handler(make_event("Create", LEGACY), Context(remaining_ms=1000))

    # The handler did not return mid-send (Lambda would freeze the timer's PUT): no timer is left.
    assert not [t for t in threading.enumerate() if isinstance(t, threading.Timer) and t.is_alive()]
    body = cfn.only()
    assert body["Status"] == "FAILED"
    assert body["Reason"].startswith("timed out")
    assert body["PhysicalResourceId"] == PLACEHOLDER
    # The API call did return afterwards, and the main path's SUCCESS was not sent.
    assert released and released[0] - started < 5


def test_timer_is_cancelled_once_the_main_path_answered(aws, cfn, make_event):
    aws.stub("cur").add_response("put_report_definition", {}, {"ReportDefinition": legacy_definition()})

    cost_report.handler(make_event("Create", LEGACY), Context(remaining_ms=400))
    time.sleep(0.5)  # past the timer's 0.2 s

    assert cfn.only()["Status"] == "SUCCESS"


def test_failure_to_send_is_logged_not_raised(aws, cfn, capsys, make_event):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    event = make_event("Delete", dict(LEGACY, RetainOnDelete="true"), physical_id="onramp-cur")
    cfn.local = f"http://127.0.0.1:{port}"

    cost_report.handler(event, Context())

    out = capsys.readouterr().out
    assert "response not sent" in out
    assert "SECRETSIGNATURE" not in out


def test_logs_name_the_request_but_never_the_presigned_url(aws, cfn, capsys, make_event):
    aws.stub("cur").add_client_error(
        "put_report_definition", service_error_code="ValidationException", service_message="boom"
    )

    cost_report.handler(make_event("Create", LEGACY), Context())

    cfn.only()
    out = capsys.readouterr().out
    assert "Create CostReport FAILED" in out
    assert "SECRETSIGNATURE" not in out and "X-Amz" not in out and "127.0.0.1" not in out


# --- the file itself -----------------------------------------------------------------------------


def test_file_stays_compact():
    # Not an AWS limit (CloudFormation zips ZipFile and allows 4 MB since 2022; cfn-lint's schema has no
    # maxLength): a budget, as every payer template inlines the file and 51,200 bytes is where a
    # template must go through S3 (ONR303).
    assert len(SOURCE.read_text(encoding="utf-8")) <= 8000


def test_loads_as_the_inline_module_index_with_handler():
    spec = importlib.util.spec_from_file_location("index", SOURCE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert callable(module.handler)


def test_imports_only_the_standard_library_and_boto3():
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module.split(".")[0])
    assert imported <= {"json", "os", "re", "threading", "urllib", "boto3", "botocore"}


# --- only CloudFormation, only for this stack (issue 23, finding 4) --------------------------------


def test_settings_come_from_the_environment_not_the_request(aws, cfn, make_event):
    # Anyone allowed to invoke the function writes the request: its properties point elsewhere.
    forged = dict(LEGACY, S3Bucket="attacker-bucket", S3Prefix="loot", ReportName="onramp-cur", AdoptExisting="true")
    aws.stub("cur").add_response("put_report_definition", {}, {"ReportDefinition": legacy_definition()})

    cost_report.handler(make_event("Create", forged, env=LEGACY), Context())

    assert cfn.only()["Status"] == "SUCCESS"  # the stub checked the template's bucket and prefix


@pytest.mark.parametrize(
    "stack_region, url",
    [
        ("us-east-1", "https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/r"),
        ("us-east-1", "https://cloudformation-custom-resource-response-useast1.s3.us-east-1.amazonaws.com/r"),
        ("eu-west-1", "https://cloudformation-custom-resource-response-euwest1.s3-eu-west-1.amazonaws.com/r"),
        ("ap-northeast-1",
         "https://cloudformation-custom-resource-response-apnortheast1.s3-ap-northeast-1.amazonaws.com/r"),
        ("us-gov-west-1",
         "https://cloudformation-custom-resource-response-usgovwest1.s3.us-gov-west-1.amazonaws.com/r"),
    ],
)
def test_answers_cloudformations_response_bucket_of_the_stacks_region(aws, cfn, make_event, stack_region, url):
    partition = "aws-us-gov" if "gov" in stack_region else "aws"
    stack = STACK_ID.replace("arn:aws:", f"arn:{partition}:").replace("eu-west-1", stack_region)
    event = make_event("Delete", dict(LEGACY, RetainOnDelete="true"), physical_id="onramp-cur", stack_id=stack)
    event["ResponseURL"] = url + "?" + SECRET_QUERY

    cost_report.handler(event, Context())

    assert cfn.only()["Status"] == "SUCCESS"
    assert cfn.attempts[0][0].startswith(url)


def test_answers_the_china_partitions_response_bucket(aws, cfn, make_event):
    stack = "arn:aws-cn:cloudformation:cn-north-1:210987654321:stack/onramp-cur/0a1b2c3d"
    event = make_event("Delete", dict(LEGACY, RetainOnDelete="true"), physical_id="onramp-cur", stack_id=stack)
    event["ResponseURL"] = CHINA_URL

    cost_report.handler(event, Context())

    assert cfn.only()["Status"] == "SUCCESS"


HOST = RESPONSE_HOST[len("https://"):]


@pytest.mark.parametrize(
    "url",
    [
        "https://attacker.example/collect",
        f"http://{HOST}/r",  # not https
        f"https://{HOST}.attacker.example/r",  # a longer host
        f"https://{HOST}@attacker.example/r",  # userinfo: the host is attacker.example
        f"https://{HOST}:8443/r",
        "https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/r",  # another region
        "https://cloudformation-custom-resource-response-euwest1.s3.eu-west-1.amazonaws.com.cn/r",  # China's
        "https://cloudformation-custom-resource-response-euwest1x.s3.eu-west-1.amazonaws.com/r",  # a bucket alike
        f"https://attacker.example/?{HOST}/",
        "",
        None,
    ],
)
def test_any_other_response_url_gets_no_request_at_all(aws, cfn, capsys, make_event, url):
    event = make_event("Create", LEGACY, status=None)
    event["ResponseURL"] = url

    with pytest.raises(cost_report.Refused, match="the ResponseURL is not CloudFormation's response bucket in eu-west-1"):
        cost_report.handler(event, Context())

    assert cfn.attempts == [] and cfn.requests == []
    assert aws.asked == []  # no API call either
    assert "refused, no answer sent: the ResponseURL is not" in capsys.readouterr().out


def test_a_request_for_another_stack_is_refused(aws, cfn, capsys, make_event):
    event = make_event("Delete", LEGACY, physical_id="onramp-cur", status=None)
    event["StackId"] = STACK_ID.replace("onramp-cur", "other-stack")

    with pytest.raises(cost_report.Refused, match="names stack 'arn:aws:cloudformation:eu-west-1:"):
        cost_report.handler(event, Context())

    assert cfn.attempts == [] and aws.asked == []
    assert "refused, no answer sent" in capsys.readouterr().out


def test_without_its_stack_in_the_environment_the_function_answers_nothing(aws, cfn, make_event, monkeypatch):
    event = make_event("Create", LEGACY, status=None)
    monkeypatch.delenv("StackId")

    with pytest.raises(cost_report.Refused):
        cost_report.handler(event, Context())

    assert cfn.attempts == [] and aws.asked == []


def test_delete_of_a_report_the_environment_does_not_name_deletes_nothing(aws, cfn, make_event):
    # The old name after a rename, or another report of the account named in a direct invoke.
    cost_report.handler(make_event("Delete", LEGACY, physical_id="finance-cur"), Context())

    body = cfn.only()
    assert (body["Status"], body["PhysicalResourceId"]) == ("SUCCESS", "finance-cur")
    assert aws.asked == [OWN_STATUS]


def test_delete_of_an_export_the_environment_does_not_name_deletes_nothing(aws, cfn, make_event):
    other = EXPORT_ARN.replace("onramp-cur2", "finance")
    aws.stub("bcm-data-exports").add_response(
        "get_export", {"Export": dict(export_spec(), Name="finance")}, {"ExportArn": other}
    )  # no delete queued

    cost_report.handler(make_event("Delete", CUR2, physical_id=other), Context())

    assert cfn.only()["Status"] == "SUCCESS"


def test_update_naming_another_export_does_not_touch_it(aws, cfn, make_event):
    other = EXPORT_ARN.replace("onramp-cur2", "finance")
    aws.stub("bcm-data-exports").add_response("list_exports", {"Exports": [listed("onramp-cur2", EXPORT_ARN)]}, {})

    cost_report.handler(make_event("Update", CUR2, physical_id=other, old_props=CUR2), Context())

    body = cfn.only()
    assert (body["Status"], body["PhysicalResourceId"]) == ("FAILED", other)
    assert "refused to adopt it" in body["Reason"]


# --- an answer before the deadline, and no orphan (issue 23, finding 5) ----------------------------


@pytest.mark.parametrize("timeout_s", [30, 300, 900])  # the blueprint's range of Lambda timeouts
def test_the_timers_answer_lands_before_the_function_is_stopped(aws, cfn, make_event, monkeypatch, timeout_s):
    intervals = []
    real_timer = threading.Timer

    def timer(interval, *args):
        intervals.append(interval)
        return real_timer(interval, *args)

    monkeypatch.setattr(threading, "Timer", timer)
    event = make_event("Delete", dict(LEGACY, RetainOnDelete="true"), physical_id="onramp-cur")

    cost_report.handler(event, Context(remaining_ms=timeout_s * 1000))

    put_timeout = cfn.attempts[0][1]
    assert put_timeout and timeout_s - intervals[0] > put_timeout  # FAILED is sent, not cut off


def block_until_the_timer_answers(aws, cfn, service, operation):
    def block(**kwargs):
        cfn.arrived.wait(10)

    aws.clients[service].meta.events.register(f"before-parameter-build.{service}.{operation}", block)


def test_a_create_that_finishes_after_the_timers_failed_deletes_what_it_created(aws, cfn, make_event):
    stub = aws.stub("cur")
    stub.add_response("put_report_definition", {}, {"ReportDefinition": legacy_definition()})
    stub.add_response("delete_report_definition", {}, {"ReportName": "onramp-cur"})  # the cleanup
    block_until_the_timer_answers(aws, cfn, "cur", "PutReportDefinition")

    cost_report.handler(make_event("Create", LEGACY), Context(remaining_ms=1000))

    body = cfn.only()
    assert (body["Status"], body["PhysicalResourceId"]) == ("FAILED", PLACEHOLDER)
    # The fixture's teardown checks that the delete was made.


def test_a_late_cur2_create_deletes_its_export(aws, cfn, make_event):
    stub = aws.stub("bcm-data-exports")
    stub.add_response("list_exports", {"Exports": []}, {})
    stub.add_response("create_export", {"ExportArn": EXPORT_ARN}, {"Export": export_spec()})
    stub.add_response("delete_export", {"ExportArn": EXPORT_ARN}, {"ExportArn": EXPORT_ARN})
    block_until_the_timer_answers(aws, cfn, "bcm-data-exports", "CreateExport")

    cost_report.handler(make_event("Create", CUR2), Context(remaining_ms=1000))

    assert cfn.only()["Status"] == "FAILED"


def test_a_late_adoption_deletes_nothing(aws, cfn, make_event):
    stub = aws.stub("cur")
    duplicate_report(stub)
    stub.add_response(
        "modify_report_definition", {}, {"ReportName": "onramp-cur", "ReportDefinition": legacy_definition()}
    )  # no delete queued: the report existed before
    block_until_the_timer_answers(aws, cfn, "cur", "ModifyReportDefinition")

    cost_report.handler(make_event("Create", dict(LEGACY, AdoptExisting="true")), Context(remaining_ms=1000))

    assert cfn.only()["Status"] == "FAILED"


# --- only while CloudFormation could be sending the request (issue 23, finding 4) -----------------

# Every stack status, from botocore's CloudFormation model (not from the handler).
STATUSES = botocore.session.Session().get_service_model("cloudformation").shape_for("StackStatus").enum
# The statuses in which CloudFormation sends each request (the handler's WHEN, spelled out here).
SENDS_IN = {
    "Create": {"CREATE_IN_PROGRESS", "UPDATE_IN_PROGRESS", "IMPORT_IN_PROGRESS"},
    "Update": {"UPDATE_IN_PROGRESS", "UPDATE_ROLLBACK_IN_PROGRESS", "IMPORT_IN_PROGRESS"},
    "Delete": {"DELETE_IN_PROGRESS", "ROLLBACK_IN_PROGRESS", "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS",
               "UPDATE_ROLLBACK_IN_PROGRESS", "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS",
               "IMPORT_ROLLBACK_IN_PROGRESS"},
}


def test_the_handler_names_only_statuses_that_exist():
    assert len(STATUSES) >= 23  # botocore's model lists them all
    for request_type, statuses in cost_report.WHEN.items():
        assert set(statuses.split()) == SENDS_IN[request_type]
        assert set(statuses.split()) <= set(STATUSES)


def refused_in(status, request_type, event, cfn, aws, capsys, context=None):
    with pytest.raises(cost_report.Refused, match=f"a '{request_type}' request while the stack is {status}"):
        cost_report.handler(event, context or Context())
    assert cfn.attempts == [] and cfn.requests == []  # no answer
    assert aws.asked == [OWN_STATUS]  # and no billing API: no stub of one is queued either
    assert f"refused, no answer sent: a '{request_type}' request while the stack is {status}" in capsys.readouterr().out


@pytest.mark.parametrize("status", sorted(set(STATUSES) - SENDS_IN["Delete"]))
def test_a_delete_in_any_other_status_deletes_nothing_and_answers_nothing(aws, cfn, capsys, make_event, status):
    # Someone in the account invokes the function directly: its own stack, a well-formed URL.
    event = make_event("Delete", LEGACY, physical_id="onramp-cur", status=status)

    refused_in(status, "Delete", event, cfn, aws, capsys)


@pytest.mark.parametrize("status", sorted(SENDS_IN["Delete"]))
def test_a_delete_in_each_status_cloudformation_deletes_in_deletes_the_report(aws, cfn, make_event, status):
    aws.stub("cur").add_response("delete_report_definition", {"ResponseMessage": "deleted"}, {"ReportName": "onramp-cur"})

    cost_report.handler(make_event("Delete", LEGACY, physical_id="onramp-cur", status=status), Context())

    assert cfn.only()["Status"] == "SUCCESS"


@pytest.mark.parametrize("status", sorted(set(STATUSES) - SENDS_IN["Create"]))
def test_a_create_in_any_other_status_is_refused(aws, cfn, capsys, make_event, status):
    refused_in(status, "Create", make_event("Create", LEGACY, status=status), cfn, aws, capsys)


@pytest.mark.parametrize("status", sorted(SENDS_IN["Create"]))
def test_a_create_in_each_status_cloudformation_creates_in_creates(aws, cfn, make_event, status):
    aws.stub("cur").add_response("put_report_definition", {}, {"ReportDefinition": legacy_definition()})

    cost_report.handler(make_event("Create", LEGACY, status=status), Context())

    assert cfn.only()["Status"] == "SUCCESS"


@pytest.mark.parametrize("status", sorted(set(STATUSES) - SENDS_IN["Update"]))
def test_an_update_in_any_other_status_is_refused(aws, cfn, capsys, make_event, status):
    event = make_event("Update", LEGACY, physical_id="onramp-cur", old_props=LEGACY, status=status)

    refused_in(status, "Update", event, cfn, aws, capsys)


@pytest.mark.parametrize("status", sorted(SENDS_IN["Update"]))
def test_an_update_in_each_status_cloudformation_updates_in_updates(aws, cfn, make_event, status):
    aws.stub("cur").add_response(
        "modify_report_definition", {}, {"ReportName": "onramp-cur", "ReportDefinition": legacy_definition()}
    )

    cost_report.handler(make_event("Update", LEGACY, physical_id="onramp-cur", old_props=LEGACY, status=status),
                        Context())

    assert cfn.only()["Status"] == "SUCCESS"


def test_an_unknown_request_type_is_refused(aws, cfn, capsys, make_event):
    refused_in("CREATE_COMPLETE", "Purge", make_event("Purge", LEGACY, status="CREATE_COMPLETE"), cfn, aws, capsys)


def test_a_refused_request_gets_no_answer_from_the_timer_either(aws, cfn, capsys, make_event):
    event = make_event("Delete", LEGACY, physical_id="onramp-cur", status="UPDATE_COMPLETE")

    refused_in("UPDATE_COMPLETE", "Delete", event, cfn, aws, capsys, Context(remaining_ms=400))
    time.sleep(0.5)  # past the timer's 0.2 s

    assert cfn.attempts == []


@pytest.mark.parametrize("request_type", ["Create", "Update", "Delete"])
def test_when_the_status_cannot_be_read_it_does_nothing_and_answers_failed(aws, cfn, make_event, request_type):
    # Throttled (anyone in the account can exhaust the CloudFormation API's rate), denied, or down:
    # a Delete fails closed too (DELETE_FAILED, the report kept; the delete can be retried) rather
    # than deleting unchecked, and answers at once rather than at the timeout.
    event = make_event(request_type, LEGACY, physical_id=None if request_type == "Create" else "onramp-cur",
                       status=None)
    aws.stub("cloudformation").add_client_error(
        "describe_stacks", service_error_code="Throttling", service_message="Rate exceeded",
        expected_params={"StackName": STACK_ID},
    )  # no billing API stub queued: a call would fail the handler

    cost_report.handler(event, Context())

    body = cfn.only()
    assert body["Status"] == "FAILED"
    assert body["Reason"].startswith("did nothing: could not read this stack's status (")
    assert "Rate exceeded" in body["Reason"]
    assert aws.asked == [OWN_STATUS]


def test_it_asks_the_stacks_own_region_and_partition(aws, cfn, make_event):
    stack = "arn:aws-cn:cloudformation:cn-north-1:210987654321:stack/onramp-cur/0a1b2c3d"
    event = make_event("Delete", dict(LEGACY, RetainOnDelete="true"), physical_id="onramp-cur", stack_id=stack)
    event["ResponseURL"] = CHINA_URL

    cost_report.handler(event, Context())

    assert cfn.only()["Status"] == "SUCCESS"
    assert aws.asked == [("cloudformation", "cn-north-1")]  # the stub checked StackName: its stack id
