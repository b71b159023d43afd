// A clean template that no cfn:validate run vouches for (no report, no cfn-lint cache) is refused
// before any S3 request, with the fix; nothing is written.
def log = new File(basedir, 'build.log').readLines('UTF-8')
def located = log.findIndexOf {
  it ==~ /\[ERROR\] src\/main\/blueprints\/acme\.yaml: error ONR611: no cfn:validate run vouches for template acme 1\.0\.0 \(sha256 [0-9a-f]{64}\): target\/cfn-reports\/cfn-validate\.json lists no template with these bytes, and the cfn-lint cache has none/
}
assert located >= 0 : "expected the ONR611 refusal in build.log:\n${log.join('\n')}"
def hint = "[ERROR]   fix: run cfn:validate on this build before cfn:publish (mvn verify cfn:publish, or mvn deploy, whose verify phase runs it) with the same cfn.reportDirectory"
assert log[located + 1] == hint : "expected '${hint}' after the refusal, got '${log[located + 1]}'"
assert log.any { it.endsWith(': 1 error in 1 template, see above; nothing was written -> [Help 1]') }
assert !new File(basedir, 'target/cfn-publish').exists() : 'nothing may be written when the gate refuses'
return true
