// One bucket in us-east-1, stacks also in eu-west-1: a located error before any S3 request.
def log = new File(basedir, 'build.log').readLines('UTF-8')
def located = "[ERROR] src/main/blueprints/acme.yaml:14:22: error ONR602 at regions[1]: no bucket for region eu-west-1: bucket 'acme-templates' is in us-east-1, and CloudFormation reads a template from the stack's region"
def hint = "[ERROR]   fix: name the buckets with {region} (acme-templates-{region}) and create one per region, or remove eu-west-1 from regions"

def at = log.indexOf(located)
assert at >= 0 : "expected the line '${located}' in build.log:\n${log.join('\n')}"
assert log[at + 1] == hint : "expected '${hint}' after the located line, got '${log[at + 1]}'"
assert log.any { it.endsWith(': 1 error in 1 blueprint, see above; nothing was written -> [Help 1]') }
assert log.count(located) == 1 : 'the located error is printed once'
assert !new File(basedir, 'target/cfn-publish').exists() : 'nothing may be written when the plan is wrong'
return true
