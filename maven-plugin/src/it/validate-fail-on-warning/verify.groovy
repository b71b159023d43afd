// A template over the inline limit is a warning; with cfn.failOnWarning the build fails and says why.
def log = new File(basedir, 'build.log').readLines('UTF-8')
def warning = log.findIndexOf { it ==~ /^\[WARNING\] src\/main\/blueprints\/big\.yaml:1:1: warning ONR303: the template is \d+ bytes, over the 51200 bytes CloudFormation accepts inline$/ }
assert warning >= 0 : "expected the located ONR303 warning in build.log:\n${log.join('\n')}"
assert log[warning + 1] == "[WARNING]   fix: publish it to S3 and deploy it by URL (quick-create links do this); if it is, waive this warning with 'suppressions: [{rule: ONR303, reason: ...}]'"
assert log.any { it.contains('big: 0 errors, 1 warning, 0 info') }
// cfn:validate prints each finding at its own level, never at INFO (issue 23), and the counts at INFO.
assert !log.any { it ==~ /^\[INFO\] .*: (error|warning) [A-Z]+[0-9]+.*/ } : "a finding was logged at INFO:\n${log.join('\n')}"
assert log.contains('[INFO] big: 0 errors, 1 warning, 0 info')
assert log.any { it.contains('(cfn-lint 1.51.0): 0 errors, 1 warning (cfn.failOnWarning is on); see the findings above or target/cfn-reports/cfn-validate.sarif') }
assert new File(basedir, 'target/cfn-reports/cfn-validate.sarif').isFile() : 'reports are written even when the build fails'
// The second build waives ONR303 in the blueprint: no warning, and failOnWarning passes.
def second = log.findIndexOf { it == '[INFO] BUILD FAILURE' }
assert second >= 0
assert !log.drop(second).any { it.contains('warning ONR303') } : 'the second build does not warn'
assert log.contains('[INFO] big: 0 errors, 0 warnings, 0 info')
assert log.contains('[INFO] BUILD SUCCESS')
return true
