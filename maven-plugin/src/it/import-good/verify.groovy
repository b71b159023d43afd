// cfn:import of a vendor's template (IAM role with ExternalId, SecurityAudit and an inline policy, a
// Cost and Usage Report, a StackSet with an inline member template) into a project without
// blueprints, then cfn:generate of the draft: the blueprints, the report and the draft's copy are
// written, the proof's verdict is logged, and the draft generates. The draft's content is the
// importer's to choose; only the files, the verdict and the report's coverage are checked here.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines('UTF-8')
def all = log.join('\n')

// The blueprints: the draft under the name given, and the StackSet member's beside it.
def blueprints = new File(basedir, 'src/main/blueprints')
def draft = new File(blueprints, 'larkspur.yaml')
assert draft.isFile() : "missing ${draft}:\n${all}"
assert draft.getText('UTF-8').contains('onramp.dev/v1') : draft.getText('UTF-8')
def written = blueprints.listFiles().findAll { it.name.endsWith('.yaml') }*.name.sort()
assert written.size() == 2 : "the draft and the StackSet member's blueprint expected, got ${written}"
written.each { name ->
  assert log.contains("[INFO] Blueprint: src/main/blueprints/${name}".toString()) : "${name}:\n${all}"
}

// The report and the draft's copy beside it.
def reports = new File(basedir, 'target/cfn-import/larkspur')
['import-report.md', 'import-report.json', 'larkspur.yaml'].each {
  assert new File(reports, it).isFile() : "${it} expected in ${reports}:\n${all}"
}
assert log.contains('[INFO] Import report: target/cfn-import/larkspur/import-report.md and import-report.json') : all
def json = new JsonSlurper().parse(new File(reports, 'import-report.json'))
assert json : 'the JSON report is empty'
// Every resource, parameter, condition and output of the original is accounted for.
def markdown = new File(reports, 'import-report.md').getText('UTF-8')
['LarkspurRole', 'ReportBucket', 'ReportBucketPolicy', 'CostReport', 'MemberRoles',
 'ExternalId', 'EnableCostReport', 'OrganizationalUnitIds', 'CreateCostReport',
 'RoleArn', 'ReportBucketName'].each {
  assert markdown.contains(it) : "the report does not mention ${it}:\n${markdown}"
}

// The proof: the verdict, before the files are listed.
def verdict = log.indexOf('[INFO] import of vendor/larkspur-onboarding.yaml as blueprint larkspur: same access')
assert verdict >= 0 : "the verdict 'same access' expected:\n${all}"
assert verdict < log.findIndexOf { it.startsWith('[INFO] Blueprint: ') } : all
// The own checks may find weaknesses of the original (they are the report's to show), but the draft
// generates and is not refused.
assert !log.any { it.contains('does not generate') || it.contains('Failed to execute goal') } : all
assert !log.any { it.contains('acceptEscalation') } : all

// cfn:generate in the same build: the draft is a blueprint that compiles.
def templates = new File(basedir, 'target/cfn')
def template = new File(templates, 'larkspur/template.yaml')
assert template.isFile() : "missing ${template}:\n${all}"
assert template.getText('UTF-8').contains('AWSTemplateFormatVersion')
assert log.any { it ==~ /^\[INFO\] larkspur: \d+ resources, template\.yaml \d+ bytes, .*/ } : all
return true
