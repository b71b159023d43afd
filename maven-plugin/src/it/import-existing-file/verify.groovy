// cfn:import where the blueprint file already exists, without a pom: the build fails naming the
// file and the setting that would replace it (cfn.import.force), the existing blueprint is byte for byte what it was, and nothing
// else is written (no report, no other blueprint).
assert !new File(basedir, 'pom.xml').exists() : 'this IT runs without a pom'
def log = new File(basedir, 'build.log').readLines('UTF-8')
def all = log.join('\n')

def failure = log.findAll { it.startsWith('[ERROR] Failed to execute goal ') }
assert failure.size() == 1 : all
assert failure[0].contains(':import (default-cli) on project ') : failure[0]
assert failure[0].contains('cfn.import.force: ') : "the setting to change is force:\n${failure[0]}"
assert failure[0].contains('src/main/blueprints/acme-audit.yaml') : "the failure must name the file:\n${failure[0]}"
assert log.any { it.startsWith('[ERROR]   fix: ') && it.contains('another blueprint name') && it.contains('force to true') } : all

def existing = new File(basedir, 'src/main/blueprints/acme-audit.yaml')
assert existing.bytes == new File(basedir, 'expected/acme-audit.yaml').bytes : 'the existing blueprint was changed'
assert new File(basedir, 'src/main/blueprints').list() as List == ['acme-audit.yaml'] : 'no other blueprint may be written'
assert !new File(basedir, 'target/cfn-import').exists() : 'no report may be written'
return true
