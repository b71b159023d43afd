// Generated templates pass cfn-lint and Onramp's checks; the reports are written.
def log = new File(basedir, 'build.log').readLines('UTF-8')
assert log.any { it.startsWith('[INFO] cfn-lint engine: ') } : "the engine is logged:\n${log.join('\n')}"
assert log.contains('[INFO] acme-readonly: 0 errors, 0 warnings, 0 info')
assert log.any { it ==~ /^\[INFO\] Validated 1 template with .* \(cfn-lint 1\.51\.0\): 0 errors, 0 warnings$/ }

def reports = new File(basedir, 'target/cfn-reports')
['cfn-validate.json', 'cfn-validate.sarif', 'cfn-validate-junit.xml'].each {
  assert new File(reports, it).isFile() : "missing report ${it}"
}
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'cfn-validate.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs*.results.flatten().isEmpty()
return true
