"""Fixtures for the custom-resource Lambdas kept as real Python files under src/main/resources.

- ``cfn``: a local HTTP server on 127.0.0.1 (random port) standing in for CloudFormation's presigned
  response URL; it records every PUT. The events carry a real-looking response URL (the handler
  answers no other host); ``urlopen`` sends what goes to such a host to the local server instead and
  fails a test whose handler tries any other host.
- ``aws``: replaces ``boto3.client`` with a factory that records the (service, region) asked for and
  returns a real botocore client with an active ``Stubber`` (dummy credentials, no network). moto 5
  implements neither ``cur`` nor ``bcm-data-exports``, hence the stubs.
- ``make_event`` / ``Context``: a CloudFormation custom-resource event and a Lambda context;
  ``make_event`` also sets the function's environment (the template's settings, and StackId) and
  queues the stack's DescribeStacks answer: the status CloudFormation is in when it sends that
  request (``status=None`` queues none, for a request refused before the handler asks).
"""

import datetime
import faulthandler
import json
import os
import re
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import boto3
import botocore.session
import pytest
from botocore.stub import Stubber

# Run from src/main/resources must not leave __pycache__ there (it would be packaged).
sys.dont_write_bytecode = True
CUR_DIR = Path(__file__).resolve().parents[2] / "main" / "resources" / "dev" / "onramp" / "cur"
sys.path.insert(0, str(CUR_DIR))

STACK_ID = "arn:aws:cloudformation:eu-west-1:123456789012:stack/onramp-cur/0a1b2c3d-aaaa-bbbb-cccc-0123456789ab"
# The host of CloudFormation's response bucket in the stack's region (eu-west-1).
RESPONSE_HOST = "https://cloudformation-custom-resource-response-euwest1.s3.eu-west-1.amazonaws.com"
# What a presigned URL's query looks like; it must never reach the logs.
SECRET_QUERY = "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=SECRETSIGNATURE0123456789"


@pytest.fixture(scope="session")
def real_stderr(pytestconfig):
    """The process's stderr, which pytest's capture would otherwise swallow on a hard exit."""
    with pytestconfig.pluginmanager.getplugin("capturemanager").global_and_fixture_disabled():
        stream = os.fdopen(os.dup(2), "w")
    yield stream
    stream.close()


@pytest.fixture(autouse=True)
def watchdog(real_stderr):
    """A handler that hangs (a timer never cancelled, a lock never freed) fails the build after 60 s,
    printing every thread's stack, instead of hanging it."""
    faulthandler.dump_traceback_later(60, exit=True, file=real_stderr)
    yield
    faulthandler.cancel_dump_traceback_later()


class Recorder:
    """The PUT requests received, in order."""

    def __init__(self):
        self.requests = []
        self.arrived = threading.Event()  # a request came in (its answer may be held back)
        self.received = threading.Event()  # a request was recorded
        self.delay = 0  # seconds to hold each answer back, as a slow endpoint would
        self.url = None  # the ResponseURL of the events
        self.local = None  # where requests to a CloudFormation response host really go
        self.attempts = []  # (url, timeout) of every urlopen the handler made

    def only(self):
        """Asserts exactly one response was sent and returns its JSON body."""
        assert len(self.requests) == 1, f"expected exactly one response, got {self.requests!r}"
        return self.requests[0]["body"]


@pytest.fixture
def cfn(monkeypatch):
    recorder = Recorder()

    class Handler(BaseHTTPRequestHandler):
        def do_PUT(self):  # noqa: N802 (http.server's naming)
            recorder.arrived.set()
            time.sleep(recorder.delay)
            length = int(self.headers.get("Content-Length", "0"))
            raw = self.rfile.read(length)
            recorder.requests.append(
                {
                    "method": self.command,
                    "path": self.path,
                    "headers": dict(self.headers),
                    "content_type": self.headers.get("Content-Type"),
                    "content_length": self.headers.get("Content-Length"),
                    "body": json.loads(raw),
                    "raw_length": len(raw),
                }
            )
            recorder.received.set()
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_POST(self):  # noqa: N802 - CloudFormation only accepts PUT: make a POST visible
            self.do_PUT()
            recorder.requests[-1]["method"] = "POST"

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    recorder.local = f"http://127.0.0.1:{server.server_address[1]}"
    recorder.url = f"{RESPONSE_HOST}/cloudformation-response?{SECRET_QUERY}"
    real_urlopen = urllib.request.urlopen

    def urlopen(request, *args, timeout=None, **kwargs):
        recorder.attempts.append((request.full_url, timeout))
        host = re.match(r"https://cloudformation-custom-resource-response-[^/]+", request.full_url)
        assert host, f"the handler sent a request elsewhere than CloudFormation: {request.full_url}"
        request.full_url = recorder.local + request.full_url[host.end():]
        return real_urlopen(request, *args, timeout=timeout, **kwargs)

    monkeypatch.setattr(urllib.request, "urlopen", urlopen)
    yield recorder
    server.shutdown()
    server.server_close()


class FakeAws:
    """Stands in for boto3.client: one stubbed client per service, and the regions asked for."""

    def __init__(self):
        self.asked = []  # (service, region_name) per boto3.client call
        self.clients = {}
        self.stubbers = {}

    def stub(self, service):
        if service not in self.stubbers:
            client = botocore.session.Session().create_client(
                service,
                region_name="us-east-1",
                aws_access_key_id="testing",
                aws_secret_access_key="testing",
            )
            stubber = Stubber(client)
            stubber.activate()
            self.clients[service], self.stubbers[service] = client, stubber
        return self.stubbers[service]

    def offline(self, service):
        """A real client (no Stubber) whose requests never leave the process."""

        def refuse(**kwargs):
            raise AssertionError("a test tried to reach AWS")

        client = botocore.session.Session().create_client(
            service, region_name="us-east-1", aws_access_key_id="testing", aws_secret_access_key="testing"
        )
        client.meta.events.register("before-send", refuse)
        self.clients[service] = client

    def client(self, service, region_name=None, **kwargs):
        self.asked.append((service, region_name))
        if service not in self.clients:
            self.stub(service)
        return self.clients[service]


@pytest.fixture
def aws(monkeypatch):
    fake = FakeAws()
    monkeypatch.setattr(boto3, "client", fake.client)
    yield fake
    for stubber in fake.stubbers.values():
        stubber.assert_no_pending_responses()


class Context:
    """The part of the Lambda context the handler uses."""

    def __init__(self, remaining_ms=300_000):
        self.remaining_ms = remaining_ms

    def get_remaining_time_in_millis(self):
        return self.remaining_ms


# The environment keys the handler reads (the template sets them from the blueprint).
SETTINGS = (
    "StackId Kind ApiRegion ReportName S3Bucket S3Prefix S3Region TimeUnit Format Compression"
    " AdditionalSchemaElements RefreshClosedReports ReportVersioning QueryStatement"
    " TableConfigurations Overwrite RetainOnDelete AdoptExisting"
).split()


@pytest.fixture
def environment(monkeypatch):
    """Sets the function's environment to these settings (and this stack), removing the others."""

    def set_to(settings, stack_id=STACK_ID):
        for key in SETTINGS:
            monkeypatch.delenv(key, raising=False)
        for key, value in dict(settings, StackId=stack_id).items():
            if value is not None:
                monkeypatch.setenv(key, value)

    return set_to


# The stack's status while CloudFormation sends each request in the ordinary create, update, delete.
SENT_IN = {"Create": "CREATE_IN_PROGRESS", "Update": "UPDATE_IN_PROGRESS", "Delete": "DELETE_IN_PROGRESS"}


def stack_is(aws, status, stack_id=STACK_ID):
    """Queues DescribeStacks of this stack (by its id), answering this status."""
    stack = {"StackName": stack_id.split("/")[1], "StackId": stack_id, "StackStatus": status,
             "CreationTime": datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)}
    aws.stub("cloudformation").add_response("describe_stacks", {"Stacks": [stack]}, {"StackName": stack_id})


@pytest.fixture
def make_event(cfn, environment, aws):
    def make(request_type, props, physical_id=None, old_props=None, stack_id=STACK_ID, env=None,
             status="sent"):
        """The event CloudFormation sends; the function's environment is set to ``env`` (default
        ``props``, as the template sets both), and the stack's status to ``status`` (default: the
        one CloudFormation sends the request in; None: no DescribeStacks answer queued)."""
        environment(props if env is None else env, stack_id)
        if status is not None:
            stack_is(aws, SENT_IN.get(request_type, "CREATE_COMPLETE") if status == "sent" else status, stack_id)
        event = {
            "RequestType": request_type,
            "ServiceToken": "arn:aws:lambda:eu-west-1:123456789012:function:onramp-cost-report",
            "ResponseURL": cfn.url,
            "StackId": stack_id,
            "RequestId": "5d478ab3-5e5f-4d6e-9a8b-000000000001",
            "LogicalResourceId": "CostReport",
            "ResourceType": "Custom::CostReport",
            "ResourceProperties": {
                "ServiceToken": "arn:aws:lambda:eu-west-1:123456789012:function:onramp-cost-report",
                **props,
            },
        }
        if physical_id is not None:
            event["PhysicalResourceId"] = physical_id
        if old_props is not None:
            event["OldResourceProperties"] = old_props
        return event

    return make
