// An unknown key: the build fails with the located diagnostic and its hint, and writes nothing.
def log = new File(basedir, 'build.log').readLines('UTF-8')
def located = "[ERROR] src/main/blueprints/bad.yaml:10:5: error ONR101 at roles[0].nmae: unknown key 'nmae'"
def hint = "[ERROR]   fix: did you mean 'name'?"

def at = log.indexOf(located)
assert at >= 0 : "expected the line '${located}' in build.log:\n${log.join('\n')}"
assert log[at + 1] == hint : "expected '${hint}' after the located line, got '${log[at + 1]}'"
assert log.any { it.endsWith(': 1 error in blueprints; nothing was written') }
assert !log.any { it.contains('ONR') && it != located } : 'exactly one kind of problem expected'

assert !new File(basedir, 'target/cfn').exists() : 'nothing may be written when a blueprint is wrong'
return true
