// -Dcfn.validate.skip skips cfn:validate alone: generate and report still run in the same build.
def log = new File(basedir, 'build.log').readLines('UTF-8')
assert log.count('[INFO] Skipping template validation (cfn.validate.skip)') == 1 : log.join('\n')
assert !log.any { it.startsWith('[INFO] Skipping') && !it.contains('cfn.validate.skip') } : log.join('\n')
assert new File(basedir, 'target/cfn/acme-readonly/template.yaml').isFile() : 'generate must run'
assert new File(basedir, 'target/cfn-review/acme-readonly/permissions.md').isFile() : 'report must run'
assert !new File(basedir, 'target/cfn-reports').exists() : 'validate must not run'
return true
