// A tenant file with a misspelt column: the located error and its hint, and no links written.
def log = new File(basedir, 'build.log').readLines('UTF-8')
def located = "[ERROR] tenants.csv:1:8: error ONR604: unknown column 'regoin'"
def hint = "[ERROR]   fix: did you mean 'region'? The columns are tenant (required), region, stackName, blueprint and param:<Parameter>."

def at = log.indexOf(located)
assert at >= 0 : "expected the line '${located}' in build.log:\n${log.join('\n')}"
assert log[at + 1] == hint : "expected '${hint}' after the located line, got '${log[at + 1]}'"
assert log.any { it.endsWith(': 1 error in 1 tenant file, see above; nothing was written -> [Help 1]') }
assert log.count(located) == 1 : 'the located error is printed once'
assert !new File(basedir, 'target/cfn-links').exists() : 'nothing may be written when the tenant file is wrong'
return true
