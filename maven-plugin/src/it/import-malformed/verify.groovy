// cfn:import of a template with an unknown short-form tag (!Reff on line 20), without a pom: the
// located error and its fix are printed once, the failure is one line that counts the errors, and
// nothing is written (no blueprint folder, no report).
assert !new File(basedir, 'pom.xml').exists() : 'this IT runs without a pom'
def log = new File(basedir, 'build.log').readLines('UTF-8')
def all = log.join('\n')

def located = log.findIndexOf {
  it ==~ /^\[ERROR\] vendor\/acme-onboarding\.yaml:20:\d+: error ONR7\d\d\b.*/
}
assert located >= 0 : "the located error at line 20 expected:\n${all}"
assert log[located].contains('Reff') : "the error should name the unknown tag:\n${log[located]}"
assert log[located + 1].startsWith('[ERROR]   fix: ') : "a fix line expected after the error:\n${all}"
assert log.count { it.contains(': error ONR') } == 1 : "the error printed once:\n${all}"

def failure = log.findAll { it.startsWith('[ERROR] Failed to execute goal ') }
assert failure.size() == 1 : all
assert failure[0].contains(':import (default-cli) on project ') : failure[0]
assert failure[0].contains('see above; nothing was written') : failure[0]

assert !new File(basedir, 'src/main/blueprints').exists() : 'no blueprint may be written'
assert !new File(basedir, 'target/cfn-import').exists() : 'no report may be written'
return true
