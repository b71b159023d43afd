"""Writes Onramp's region list from a botocore wheel's endpoints data.

    python3 scripts/regions.py <botocore wheel> <output dir>

Writes, into <output dir>:
  regions.tsv         one line per region, "partition<TAB>region", sorted by partition then
                      region; LF line ends, so the same botocore version gives the same bytes
  regions.properties  package name, version, licence, source, region and partition counts
"""
import json
import os
import re
import sys
import zipfile

wheel, output = sys.argv[1:3]
version = re.match(r"botocore-([^-]+)-", os.path.basename(wheel)).group(1)
with zipfile.ZipFile(wheel) as archive:
    endpoints = json.loads(archive.read("botocore/data/endpoints.json"))

lines = []
for partition in endpoints["partitions"]:
    for region in partition["regions"]:
        if not re.fullmatch(r"[a-z]{2,4}(-[a-z]+)+-\d", region):
            sys.exit(f"unexpected region name {region!r} in partition {partition['partition']}")
        lines.append(f"{partition['partition']}\t{region}")
lines.sort()

os.makedirs(output, exist_ok=True)
with open(os.path.join(output, "regions.tsv"), "w", encoding="utf-8", newline="\n") as out:
    out.write("\n".join(lines) + "\n")
with open(os.path.join(output, "regions.properties"), "w", encoding="utf-8", newline="\n") as out:
    out.write(
        "# AWS regions by partition: a snapshot of botocore's endpoints data (botocore/data/\n"
        "# endpoints.json), made by scripts/refresh-regions.sh. Do not edit; rerun the script.\n"
        "package=botocore\n"
        f"version={version}\n"
        "license=Apache-2.0\n"
        f"source=https://pypi.org/project/botocore/{version}/\n"
        f"partitions={len(endpoints['partitions'])}\n"
        f"regions={len(lines)}\n"
    )
