// A template that fails an own check (ONR506) is refused before any S3 request, named with its
// version, its SHA-256, the failing rule and the fix; nothing is written.
def log = new File(basedir, 'build.log').readLines('UTF-8')
def located = log.findIndexOf {
  it ==~ /\[ERROR\] src\/main\/blueprints\/acme\.yaml: error ONR610: template acme 1\.0\.0 \(sha256 [0-9a-f]{64}\) fails ONR506 and is not published/
}
assert located >= 0 : "expected the ONR610 refusal in build.log:\n${log.join('\n')}"
def hint = "[ERROR]   fix: run cfn:validate (mvn verify) and fix the errors it reports for acme, or waive a rule in the blueprint's suppressions with a reason; then publish again"
assert log[located + 1] == hint : "expected '${hint}' after the refusal, got '${log[located + 1]}'"
assert log.any { it.endsWith(': 1 error in 1 template, see above; nothing was written -> [Help 1]') }
assert !new File(basedir, 'target/cfn-publish').exists() : 'nothing may be written when the gate refuses'
return true
