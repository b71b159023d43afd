// validate checks exactly what generate wrote: a hand-edited or missing template is refused.
def log = new File(basedir, 'build.log').readLines('UTF-8')
def edited = log.findIndexOf { it ==~ /^\[ERROR\] generated\/cfn\/acme-readonly\/template\.yaml: error ONR404: the template differs from what its blueprint generates now$/ }
assert edited >= 0 : "expected ONR404 for template.yaml in build.log:\n${log.join('\n')}"
assert log[edited + 1] == '[ERROR]   fix: run cfn:generate first (validate checks exactly what generate wrote)'
assert log.any { it ==~ /^\[ERROR\] generated\/cfn\/acme-readonly\/template\.json: error ONR404: the template has not been generated$/ }
assert log.count { it.contains(': error ONR404: ') } == 2 : 'each stale file is named once:\n' + log.join('\n')
assert log.any { it.endsWith(': 2 errors in 2 generated files, see above; nothing was written -> [Help 1]') }
assert !new File(basedir, 'target/cfn-reports').exists() : 'no reports for templates that were not validated'
return true
