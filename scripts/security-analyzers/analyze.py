"""IAM analyzers Onramp did not write, over every policy of every generated template.

Reads each template.json under the folders it is given, takes out every IAM policy document
(a role's trust policy and inline Policies, AWS::IAM::ManagedPolicy, AWS::IAM::Policy, bucket and
other resource policies), resolves CloudFormation's intrinsic functions to concrete example values
(partition aws, customer account 123456789012, region us-east-1, parameter defaults) and runs:

- cloudsplaining: its policy scan (privilege escalation, data exfiltration, resource exposure,
  credentials exposure, infrastructure modification, service wildcards) on each identity policy;
- parliament, with its community auditors, on each policy;
- policy_sentry: every action and wildcard expanded with its own database; an action rated Write,
  Permissions management or Tagging in a set that the template marks read-only
  (Metadata.Onramp.ReadOnly), an action it does not know, a wildcard that matches nothing;
- @cloud-copilot/iam-simulate (simulate.mjs): simulated requests against each read-only set and
  each trust policy.

Every finding must match a waiver of the waiver file (tool, finding, template, policy, optional
subjects, reason); a waiver that matches nothing is reported too. Exit 0 when both lists are
empty, 1 when not, 2 when the analysis could not run. See docs/security-analyzers.md.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import fnmatch
import io
import json
import logging
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

PARTITION = "aws"
ACCOUNT = "123456789012"
REGION = "us-east-1"
STACK = "onramp-stack"
NO_VALUE = object()
# Reads that return configuration which often holds secrets (issue 23, finding 1): added to
# cloudsplaining's include-actions, which it flags wherever they are granted on Resource "*"; they
# are reported as cloudsplaining's SecretRead rather than under the category it files them in.
SECRET_READS = [
    "lambda:GetFunctionConfiguration",
    "lambda:GetFunction",
    "lambda:ListFunctions",
    "lambda:ListVersionsByFunction",
    "apigateway:GET",
    "ecs:DescribeTaskDefinition",
    "ec2:DescribeInstanceAttribute",
    "ec2:DescribeLaunchTemplateVersions",
    "autoscaling:DescribeLaunchConfigurations",
    "cloudformation:DescribeStacks",
    "cloudformation:GetTemplate",
    "elasticmapreduce:DescribeCluster",
]
WRITE_LEVELS = {"Write", "Permissions management", "Tagging"}
# Resource types whose policy document is a resource policy (the principal is named in it).
RESOURCE_POLICIES = {
    "AWS::S3::BucketPolicy": "PolicyDocument",
    "AWS::SQS::QueuePolicy": "PolicyDocument",
    "AWS::SNS::TopicPolicy": "PolicyDocument",
    "AWS::KMS::Key": "KeyPolicy",
    "AWS::Events::EventBusPolicy": "Statement",
}


# --------------------------------------------------------------------------------------------
# Templates and their policies
# --------------------------------------------------------------------------------------------


@dataclass
class PolicyRecord:
    """One policy document of one template, resolved to concrete values."""

    template: str  # label/folder, e.g. shipped/finops-payer
    policy: str  # the resource's logical id, /PolicyName for an inline policy
    kind: str  # identity | trust | resource
    document: dict[str, Any]
    role: str | None = None  # the role an identity policy is attached to, or the trusting role
    read_only: bool | None = None  # Metadata.Onramp.ReadOnly of the policy set
    policy_set: str | None = None
    role_arn: str | None = None
    external_id: str | None = None  # the trust's expected ExternalId, resolved


class Resolver:
    """CloudFormation intrinsic functions resolved for one example deployment."""

    def __init__(self, template: dict[str, Any]):
        self.template = template
        self.resources = template.get("Resources", {})
        self.parameters = template.get("Parameters", {})

    def parameter(self, name: str) -> Any:
        definition = self.parameters[name]
        if "Default" in definition and definition["Default"] not in ("", None):
            value = definition["Default"]
        elif definition.get("AllowedValues"):
            value = definition["AllowedValues"][0]
        elif "ExternalId" in name:
            value = "example-external-id-0123456789"
        else:
            value = f"example-{name.lower()}"
        if str(definition.get("Type", "")).startswith(("CommaDelimitedList", "List<")):
            return [v.strip() for v in str(value).split(",")] if isinstance(value, str) else value
        return value

    def ref(self, name: str) -> Any:
        pseudo = {
            "AWS::Partition": PARTITION,
            "AWS::AccountId": ACCOUNT,
            "AWS::Region": REGION,
            "AWS::StackName": STACK,
            "AWS::StackId": f"arn:{PARTITION}:cloudformation:{REGION}:{ACCOUNT}:stack/{STACK}/1",
            "AWS::URLSuffix": "amazonaws.com",
            "AWS::NoValue": NO_VALUE,
            "AWS::NotificationARNs": [],
        }
        if name in pseudo:
            return pseudo[name]
        if name in self.parameters:
            return self.parameter(name)
        if name in self.resources:
            return self.physical(name)
        raise ValueError(f"Ref to unknown {name}")

    def physical(self, logical: str) -> str:
        resource = self.resources[logical]
        kind = resource.get("Type", "")
        props = resource.get("Properties", {}) or {}
        for key in ("RoleName", "BucketName", "FunctionName", "ManagedPolicyName", "QueueName"):
            if key in props:
                return str(self.resolve(props[key]))
        if kind == "AWS::S3::Bucket":
            return f"{STACK}-{logical.lower()}"
        if kind == "AWS::IAM::ManagedPolicy":
            return f"arn:{PARTITION}:iam::{ACCOUNT}:policy/{logical}"
        return logical

    def get_att(self, logical: str, attribute: str) -> Any:
        if logical not in self.resources:
            raise ValueError(f"GetAtt of unknown {logical}")
        kind = self.resources[logical].get("Type", "")
        name = self.physical(logical)
        if attribute == "Arn":
            arns = {
                "AWS::IAM::Role": f"arn:{PARTITION}:iam::{ACCOUNT}:role/{name}",
                "AWS::S3::Bucket": f"arn:{PARTITION}:s3:::{name}",
                "AWS::Lambda::Function": f"arn:{PARTITION}:lambda:{REGION}:{ACCOUNT}:function:{name}",
                "AWS::Logs::LogGroup": f"arn:{PARTITION}:logs:{REGION}:{ACCOUNT}:log-group:{name}:*",
                "AWS::SQS::Queue": f"arn:{PARTITION}:sqs:{REGION}:{ACCOUNT}:{name}",
                "AWS::SNS::Topic": f"arn:{PARTITION}:sns:{REGION}:{ACCOUNT}:{name}",
            }
            return arns.get(kind, f"arn:{PARTITION}:cloudformation:{REGION}:{ACCOUNT}:{logical}")
        if attribute == "RoleId":
            return "AROAEXAMPLE0123456789"
        return f"{name}.{attribute}"

    def sub(self, text: str, variables: dict[str, Any]) -> str:
        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name.startswith("!"):
                return "${" + name[1:] + "}"
            if name in variables:
                value = variables[name]
            elif "." in name and name.split(".", 1)[0] in self.resources:
                value = self.get_att(*name.split(".", 1))
            else:
                value = self.ref(name)
            if isinstance(value, list):
                raise ValueError(f"list {name} inside Fn::Sub")
            return str(value)

        return re.sub(r"\$\{([^}]+)\}", replace, text)

    def condition(self, name: str) -> bool:
        return bool(self.truth(self.template.get("Conditions", {})[name]))

    def truth(self, node: Any) -> bool:
        if isinstance(node, dict):
            if "Condition" in node:
                return self.condition(node["Condition"])
            if "Fn::Equals" in node:
                a, b = (self.resolve(v) for v in node["Fn::Equals"])
                return json.dumps(a) == json.dumps(b)
            if "Fn::Not" in node:
                return not self.truth(node["Fn::Not"][0])
            if "Fn::And" in node:
                return all(self.truth(c) for c in node["Fn::And"])
            if "Fn::Or" in node:
                return any(self.truth(c) for c in node["Fn::Or"])
        return bool(node)

    def resolve(self, node: Any) -> Any:
        if isinstance(node, list):
            out = []
            for item in node:
                # An Fn::If among a list's items (statements, actions): both branches may be
                # deployed, so both are analyzed.
                if isinstance(item, dict) and list(item) == ["Fn::If"]:
                    for branch in item["Fn::If"][1:]:
                        value = self.resolve(branch)
                        if value is NO_VALUE:
                            continue
                        out.extend(value if isinstance(value, list) else [value])
                    continue
                value = self.resolve(item)
                if value is not NO_VALUE:
                    out.append(value)
            return out
        if not isinstance(node, dict):
            return node
        if len(node) == 1:
            (key, value), = node.items()
            if key == "Ref":
                return self.ref(value)
            if key == "Fn::Sub":
                if isinstance(value, list):
                    variables = {k: self.resolve(v) for k, v in value[1].items()}
                    return self.sub(value[0], variables)
                return self.sub(value, {})
            if key == "Fn::GetAtt":
                logical, attribute = value if isinstance(value, list) else value.split(".", 1)
                return self.get_att(logical, attribute)
            if key == "Fn::Join":
                items = self.resolve(value[1])
                return str(value[0]).join(str(i) for i in items)
            if key == "Fn::If":
                # A value chosen by a condition: the branch the example deployment takes.
                branch = value[1] if self.condition(value[0]) else value[2]
                return self.resolve(branch)
            if key == "Fn::Select":
                return self.resolve(value[1])[int(self.resolve(value[0]))]
            if key == "Fn::Split":
                return str(self.resolve(value[1])).split(value[0])
            if key == "Fn::ImportValue":
                return f"example-import-{self.resolve(value)}"
            if key.startswith("Fn::"):
                raise ValueError(f"{key} is not resolved by this analyzer")
        out = {}
        for key, value in node.items():
            resolved = self.resolve(value)
            if resolved is not NO_VALUE:
                out[key] = resolved
        return out


def policies_of(label: str, template: dict[str, Any]) -> list[PolicyRecord]:
    resolver = Resolver(template)
    records: list[PolicyRecord] = []
    resources = template.get("Resources", {})
    for logical, resource in resources.items():
        kind = resource.get("Type", "")
        props = resource.get("Properties", {}) or {}
        onramp = (resource.get("Metadata") or {}).get("Onramp") or {}
        if kind == "AWS::IAM::Role":
            trust = resolver.resolve(props["AssumeRolePolicyDocument"])
            records.append(
                PolicyRecord(
                    label,
                    logical,
                    "trust",
                    trust,
                    role=logical,
                    role_arn=resolver.get_att(logical, "Arn"),
                    external_id=external_id_of(trust),
                )
            )
            # Resolved as a list, so that an inline policy under Fn::If is analyzed too.
            for inline in resolver.resolve(props.get("Policies", []) or []):
                records.append(
                    PolicyRecord(
                        label,
                        f"{logical}/{inline.get('PolicyName', 'inline')}",
                        "identity",
                        inline["PolicyDocument"],
                        role=logical,
                    )
                )
        elif kind in ("AWS::IAM::ManagedPolicy", "AWS::IAM::Policy"):
            roles = [
                r["Ref"] for r in props.get("Roles", []) or [] if isinstance(r, dict) and "Ref" in r
            ]
            records.append(
                PolicyRecord(
                    label,
                    logical,
                    "identity",
                    resolver.resolve(props["PolicyDocument"]),
                    role=roles[0] if roles else None,
                    read_only=onramp.get("ReadOnly"),
                    policy_set=onramp.get("PolicySet"),
                )
            )
        elif kind in RESOURCE_POLICIES and RESOURCE_POLICIES[kind] in props:
            document = resolver.resolve(props[RESOURCE_POLICIES[kind]])
            if kind == "AWS::Events::EventBusPolicy":
                document = {"Version": "2012-10-17", "Statement": [document]}
            records.append(PolicyRecord(label, logical, "resource", document))
    return records


def external_id_of(trust: dict[str, Any]) -> str | None:
    for statement in as_list(trust.get("Statement")):
        for operator, keys in (statement.get("Condition") or {}).items():
            for key, value in keys.items():
                if key.lower() == "sts:externalid":
                    return as_list(value)[0]
    return None


def fail(message: str) -> None:
    """The analysis cannot run: exit 2, apart from 1 for findings."""
    print(message, file=sys.stderr)
    sys.exit(2)


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def templates_in(arguments: list[str]) -> list[tuple[str, Path]]:
    """label=folder or folder arguments: (label/relative folder, template.json) pairs."""
    found = []
    for argument in arguments:
        label, _, folder = argument.rpartition("=") if "=" in argument else ("", "", argument)
        root = Path(folder)
        label = label or root.name
        if not root.is_dir():
            fail(f"security-analyzers: {root} is not a folder")
        for path in sorted(root.rglob("template.json")):
            relative = path.parent.relative_to(root).as_posix()
            found.append((label if relative == "." else f"{label}/{relative}", path))
    return found


# --------------------------------------------------------------------------------------------
# Findings
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    tool: str
    finding: str
    template: str
    policy: str
    subject: str  # an action, a statement, a request: what the finding is about
    message: str
    read_only: bool | None = field(default=None, compare=False)

    def key(self) -> tuple[str, ...]:
        return (self.tool, self.finding, self.template, self.policy, self.subject)


def cloudsplaining_findings(record: PolicyRecord) -> list[Finding]:
    from cloudsplaining.command.scan_policy_file import scan_policy
    from cloudsplaining.shared.constants import DEFAULT_EXCLUSIONS_CONFIG

    config = dict(DEFAULT_EXCLUSIONS_CONFIG)
    config["include-actions"] = list(config.get("include-actions", [])) + SECRET_READS
    secret = {a.lower() for a in SECRET_READS}
    results = scan_policy(record.document, config)
    findings = []
    for category, result in (results or {}).items():
        for item in (result.get("findings", []) if isinstance(result, dict) else []):
            if isinstance(item, dict):  # PrivilegeEscalation: a method and its actions
                subject = f"{item.get('type')}: {', '.join(item.get('actions', []))}"
            else:
                subject = str(item)
            findings.append(
                Finding(
                    "cloudsplaining",
                    "SecretRead" if subject.lower() in secret else category,
                    record.template,
                    record.policy,
                    subject,
                    f"{result.get('severity', '')} severity",
                )
            )
    return findings


_PARLIAMENT_CONFIGURED = False


def parliament_findings(record: PolicyRecord) -> list[Finding]:
    from parliament import analyze_policy_string, enhance_finding, override_config
    from parliament.cli import is_finding_filtered

    global _PARLIAMENT_CONFIGURED
    if not _PARLIAMENT_CONFIGURED:
        # As its CLI does with --include-community-auditors: their severities and titles.
        import parliament.community_auditors as community

        override_config(Path(community.__file__).parent / "config_override.yaml")
        _PARLIAMENT_CONFIGURED = True

    policy = analyze_policy_string(
        json.dumps(record.document), filepath=record.policy, include_community_auditors=True
    )
    findings = []
    for finding in policy.findings:
        finding = enhance_finding(finding)
        if is_finding_filtered(finding, "LOW"):
            continue
        location = finding.location or {}
        # One finding per action where parliament names them, so that a waiver can name actions
        # and a new action is never hidden behind an old waiver.
        if isinstance(finding.detail, list):
            actions = finding.detail
        else:
            actions = location.get("string") or location.get("actions") or [str(finding.detail)]
        for action in as_list(actions):
            findings.append(
                Finding(
                    "parliament",
                    finding.issue,
                    record.template,
                    record.policy,
                    str(action)[:300],
                    f"{finding.severity}: {finding.title}",
                    record.read_only,
                )
            )
    return findings


def policy_sentry_findings(record: PolicyRecord) -> list[Finding]:
    from policy_sentry.analysis.expand import expand
    from policy_sentry.shared.iam_data import get_service_prefix_data

    def level(action: str) -> str | None:
        service, _, name = action.partition(":")
        data = get_service_prefix_data(service.lower())
        if not data:
            return None
        exact = data["privileges_lower_name"].get(name.lower())
        return data["privileges"][exact]["access_level"] if exact else None

    findings = []
    for index, statement in enumerate(as_list(record.document.get("Statement"))):
        if statement.get("Effect") != "Allow":
            continue
        where = statement.get("Sid") or f"Statement[{index}]"
        if "NotAction" in statement and record.read_only:
            findings.append(
                Finding(
                    "policy_sentry",
                    "NotActionInReadOnlySet",
                    record.template,
                    record.policy,
                    where,
                    "a read-only set allows everything but the NotAction list",
                )
            )
        for pattern in as_list(statement.get("Action")):
            pattern = str(pattern)
            expanded = expand(pattern) if "*" in pattern or "?" in pattern else [pattern]
            if "*" in pattern and expanded == [pattern] and pattern != "*":
                findings.append(
                    Finding(
                        "policy_sentry",
                        "WildcardMatchesNothing",
                        record.template,
                        record.policy,
                        pattern,
                        f"{where}: policy_sentry's database has no action matching {pattern}",
                    )
                )
                continue
            for action in expanded:
                access = level(action)
                if access is None:
                    findings.append(
                        Finding(
                            "policy_sentry",
                            "UnknownAction",
                            record.template,
                            record.policy,
                            action,
                            f"{where}: policy_sentry's database has no action {action}",
                        )
                    )
                elif record.read_only and access in WRITE_LEVELS:
                    findings.append(
                        Finding(
                            "policy_sentry",
                            "WriteInReadOnlySet",
                            record.template,
                            record.policy,
                            action,
                            f"{where}: {pattern} allows {action}, rated '{access}', in the"
                            f" read-only set {record.policy_set}",
                        )
                    )
    return findings


def simulator_findings(records: list[PolicyRecord], simulator: Path) -> tuple[list[Finding], str]:
    request = {
        "account": ACCOUNT,
        "partition": PARTITION,
        "region": REGION,
        "policies": [
            {
                "template": r.template,
                "policy": r.policy,
                "kind": r.kind,
                "document": r.document,
                "readOnly": r.read_only,
                "policySet": r.policy_set,
                "roleArn": r.role_arn,
                "externalId": r.external_id,
            }
            for r in records
            if r.kind == "trust" or r.read_only
        ],
    }
    run = subprocess.run(
        ["node", str(simulator)],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        cwd=simulator.parent,
        timeout=1800,
        check=False,
    )
    if run.returncode != 0:
        fail(f"security-analyzers: simulate.mjs failed ({run.returncode}):\n{run.stderr}")
    reply = json.loads(run.stdout)
    findings = [
        Finding(
            "iam-simulate", f["finding"], f["template"], f["policy"], f["subject"], f["message"]
        )
        for f in reply["findings"]
    ]
    return findings, reply["summary"]


# --------------------------------------------------------------------------------------------
# Waivers
# --------------------------------------------------------------------------------------------


@dataclass
class Waiver:
    tool: str
    finding: str
    template: str
    policy: str
    subjects: list[str]
    reason: str
    read_only_sets: bool = False
    used: int = field(default=0)

    def matches(self, finding: Finding) -> bool:
        return (
            self.tool == finding.tool
            and fnmatch.fnmatchcase(finding.finding, self.finding)
            and template_matches(self.template, finding.template)
            and fnmatch.fnmatchcase(finding.policy, self.policy)
            and (not self.read_only_sets or finding.read_only is True)
            and (
                not self.subjects
                or any(fnmatch.fnmatchcase(finding.subject.lower(), s.lower()) for s in self.subjects)
            )
        )

    def describe(self) -> str:
        subjects = f" [{', '.join(self.subjects)}]" if self.subjects else ""
        subjects += " (read-only sets)" if self.read_only_sets else ""
        return f"{self.tool} {self.finding} {self.template} {self.policy}{subjects}"


def template_matches(pattern: str, template: str) -> bool:
    """A waiver's template names a template folder (any label) or label/folder, with globs."""
    return fnmatch.fnmatchcase(template, pattern) or fnmatch.fnmatchcase(
        template.split("/", 1)[-1], pattern
    )


def load_waivers(path: Path) -> list[Waiver]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    waivers = []
    for index, entry in enumerate(data.get("waivers", []) or []):
        missing = [k for k in ("tool", "finding", "template", "policy", "reason") if not entry.get(k)]
        if missing:
            fail(f"security-analyzers: {path}: waiver {index + 1} lacks {', '.join(missing)}")
        if len(str(entry["reason"]).split()) < 6:
            fail(f"security-analyzers: {path}: waiver {index + 1} needs a real reason")
        waivers.append(
            Waiver(
                entry["tool"],
                entry["finding"],
                entry["template"],
                entry["policy"],
                [str(s) for s in as_list(entry.get("subjects"))],
                str(entry["reason"]).strip(),
                bool(entry.get("readOnlySets", False)),
            )
        )
    return waivers


# --------------------------------------------------------------------------------------------


def of(record: PolicyRecord, findings: list[Finding]) -> list[Finding]:
    """The findings, marked with whether their policy is a read-only set (for waivers)."""
    return [dataclasses.replace(f, read_only=record.read_only) for f in findings]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", help="[label=]folder with */template.json")
    parser.add_argument("--waivers", required=True, type=Path)
    parser.add_argument("--simulator", type=Path, help="simulate.mjs, installed beside node_modules")
    parser.add_argument("--report", type=Path, help="write every finding and waiver here (JSON)")
    args = parser.parse_args()
    logging.disable(logging.WARNING)

    import cloudsplaining
    import parliament
    from importlib.metadata import version

    waivers = load_waivers(args.waivers)
    records: list[PolicyRecord] = []
    templates = templates_in(args.folders)
    for label, path in templates:
        records.extend(policies_of(label, json.loads(path.read_text(encoding="utf-8"))))
    identity = [r for r in records if r.kind == "identity"]

    findings: list[Finding] = []
    timings = {}
    started = time.monotonic()
    for record in identity:
        with contextlib.redirect_stdout(io.StringIO()):
            findings.extend(of(record, cloudsplaining_findings(record)))
    timings["cloudsplaining"] = time.monotonic() - started
    started = time.monotonic()
    for record in records:
        # parliament reads identity and resource policies; a trust policy has no Resource, which
        # it reports as malformed, so trust policies are left to the simulator.
        if record.kind != "trust":
            findings.extend(of(record, parliament_findings(record)))
    timings["parliament"] = time.monotonic() - started
    started = time.monotonic()
    for record in identity:
        findings.extend(of(record, policy_sentry_findings(record)))
    timings["policy_sentry"] = time.monotonic() - started
    simulated = "not run (no --simulator)"
    if args.simulator:
        started = time.monotonic()
        more, simulated = simulator_findings(records, args.simulator)
        findings.extend(more)
        timings["iam-simulate"] = time.monotonic() - started

    findings = sorted(set(findings), key=Finding.key)
    unwaived = []
    for finding in findings:
        matched = [w for w in waivers if w.matches(finding)]
        for waiver in matched:
            waiver.used += 1
        if not matched:
            unwaived.append(finding)
    unused = [w for w in waivers if not w.used]

    print(
        f"security-analyzers: {len(templates)} template(s), {len(records)} policies"
        f" ({len(identity)} identity, {sum(r.kind == 'trust' for r in records)} trust,"
        f" {sum(r.kind == 'resource' for r in records)} resource)"
    )
    print(
        f"  cloudsplaining {version('cloudsplaining')}, parliament {version('parliament')},"
        f" policy_sentry {version('policy_sentry')}, iam-simulate: {simulated}"
    )
    print("  seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in timings.items()))
    by_tool: dict[str, int] = {}
    for finding in findings:
        by_tool[finding.tool] = by_tool.get(finding.tool, 0) + 1
    print(
        f"  {len(findings)} finding(s) ("
        + ", ".join(f"{k} {v}" for k, v in sorted(by_tool.items()))
        + f"), {len(findings) - len(unwaived)} waived by {len(waivers) - len(unused)} waiver(s)"
    )
    for finding in unwaived:
        print(
            f"UNWAIVED {finding.tool} {finding.finding} {finding.template} {finding.policy}:"
            f" {finding.subject} -- {finding.message}"
        )
    for waiver in unused:
        print(f"UNUSED WAIVER {waiver.describe()} (matches no finding: remove it)")
    print(f"security-analyzers: {len(unwaived)} unwaived finding(s), {len(unused)} unused waiver(s)")

    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(
            json.dumps(
                {
                    "templates": [f"{label}: {path}" for label, path in templates],
                    "findings": [
                        dict(vars(f), waived=f not in unwaived) for f in findings
                    ],
                    "unusedWaivers": [w.describe() for w in unused],
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    del cloudsplaining, parliament
    return 1 if unwaived or unused else 0


if __name__ == "__main__":
    sys.exit(main())
