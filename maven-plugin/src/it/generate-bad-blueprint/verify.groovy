// Three errors in two blueprints: each located error and its fix are printed exactly once, in file
// and line order, the failure is one line that counts them (not the list again), nothing is written.
def log = new File(basedir, 'build.log').readLines('UTF-8')
def expected = [
    "[ERROR] src/main/blueprints/bad.yaml:5:3: error ONR101 at metadata.descripton: unknown key 'descripton'",
    "[ERROR]   fix: did you mean 'description'?",
    "[ERROR] src/main/blueprints/bad.yaml:10:5: error ONR101 at roles[0].nmae: unknown key 'nmae'",
    "[ERROR]   fix: did you mean 'name'?",
    "[ERROR] src/main/blueprints/short-account.yaml:7:3: error ONR202 at vendor.accountId: '11112222333' is not an AWS account id",
    '[ERROR]   fix: write the 12 digits of the vendor\'s account, quoted: "111122223333"',
]
def at = log.indexOf(expected[0])
assert at >= 0 : "expected the line '${expected[0]}' in build.log:\n${log.join('\n')}"
assert log.subList(at, at + expected.size()) == expected : "expected, in order:\n${expected.join('\n')}\ngot:\n${log.join('\n')}"

// Exactly once each: the failure at the end of the build must not list them again.
expected.findAll { it.contains(': error ONR') }.each { located ->
  assert log.count(located) == 1 : "'${located}' printed ${log.count(located)} times:\n${log.join('\n')}"
}
assert log.count { it.contains('ONR') } == 3 : "three located errors, nothing else with a code:\n${log.join('\n')}"

def failure = log.findAll { it.startsWith('[ERROR] Failed to execute goal ') }
assert failure.size() == 1 : log.join('\n')
assert failure[0].endsWith(':generate (default) on project generate-bad-blueprint: 3 errors in 2 blueprints, see above; nothing was written -> [Help 1]') : failure[0]

assert !new File(basedir, 'target/cfn').exists() : 'nothing may be written when a blueprint is wrong'
return true
