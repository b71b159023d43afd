// A dry run shows every upload with its content-addressed key and URL, the release manifest and
// index appends, and the manifests last.
def log = new File(basedir, 'build.log').readLines('UTF-8')
def uploads = log.findAll { it.startsWith('[INFO] would upload ') }
assert uploads.size() == 2 : log.join('\n')
['us-east-1', 'eu-west-1'].eachWithIndex { region, i ->
  assert uploads[i] ==~ /\[INFO\] would upload s3:\/\/acme-templates-${region}\/onramp\/acme\/1\.0\.0\/[0-9a-f]{64}\.yaml \(${region}, \d+ bytes, sha256 [0-9a-f]{64}\) -> https:\/\/acme-templates-${region}\.s3\.${region}\.amazonaws\.com\/onramp\/acme\/1\.0\.0\/[0-9a-f]{64}\.yaml/
}
def manifests = log.findAll { it.startsWith('[INFO] would then write the manifest ') }
assert manifests == ['[INFO] would then write the manifest s3://acme-templates-us-east-1/onramp/manifest.json',
                     '[INFO] would then write the manifest s3://acme-templates-eu-west-1/onramp/manifest.json']
// Each release writes its own manifest and appends itself to the blueprint's release index,
// before the latest manifest.
def releases = log.findAll { it.startsWith('[INFO] would then write the release manifest ') }
def indexes = log.findAll { it.startsWith('[INFO] would then append release ') }
['us-east-1', 'eu-west-1'].eachWithIndex { region, i ->
  assert releases[i] ==~ /\[INFO\] would then write the release manifest s3:\/\/acme-templates-${region}\/onramp\/releases\/[0-9a-f]{16}\.json/
  assert indexes[i] ==~ /\[INFO\] would then append release [0-9a-f]{16} to s3:\/\/acme-templates-${region}\/onramp\/acme\/releases\.json/
}
assert releases.size() == 2 && indexes.size() == 2
assert log.indexOf(releases[0]) > log.indexOf(uploads[1])
assert log.indexOf(indexes[0]) > log.indexOf(releases[1])
assert log.indexOf(manifests[0]) > log.indexOf(indexes[1])
assert !new File(basedir, 'target/cfn-publish').exists() : 'a dry run writes nothing'
return true
