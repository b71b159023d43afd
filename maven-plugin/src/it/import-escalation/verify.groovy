// cfn:import refuses a draft that grants more than the original: the verdict and the escalation
// are printed as warnings, the build fails naming the reason, the report and the switch that
// accepts it, the report and the draft's copy are there, and no blueprint was written.
def log = new File(basedir, 'build.log').readLines('UTF-8')
def all = log.join('\n')

assert log.any { it == '[WARNING] import of vendor/acme-onboarding.yaml as blueprint acme: escalation: 1 difference, 1 granting more than the original' } : all
assert log.any { it.startsWith('[WARNING]   ESCALATION') && it.contains('s3:PutObject') } : all
def failure = log.findAll { it.startsWith('[ERROR] Failed to execute goal ') }
assert failure.size() == 1 : all
assert failure[0].contains('The draft of acme was not written to src/main/blueprints: it grants more than the original') : failure[0]
assert log.any { it.startsWith('[ERROR]   fix: ') && it.contains('target/cfn-import/acme/import-report.md') && it.contains('-Dcfn.import.acceptEscalation=true') } : all

assert new File(basedir, 'target/cfn-import/acme/import-report.md').text.contains('created always: condition FullInEurope')
assert new File(basedir, 'target/cfn-import/acme/acme.yaml').isFile()
assert !new File(basedir, 'src/main/blueprints').exists() : 'no blueprint may be written'
return true
