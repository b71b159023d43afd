// cfn:diff of two template folders, run without a pom and without blueprints: the reports are
// written, the escalation is logged and fails the build, SARIF points at the current side's file,
// and no blueprint was compiled (no template was generated).
import groovy.json.JsonSlurper

assert !new File(basedir, 'pom.xml').exists() : 'this IT runs without a pom'
def log = new File(basedir, 'build.log').readLines('UTF-8')
def review = new File(basedir, 'target/cfn-review')
['policy-diff.md', 'policy-diff.json', 'policy-diff.sarif'].each {
  assert new File(review, it).isFile() : "${it} expected in ${review}"
}
assert !new File(basedir, 'target/cfn').exists() : 'no blueprint may be compiled'
assert !log.any { it.contains('No blueprints') } : log.join('\n')

assert log.any { it == '[INFO] acme: changed, escalation (1 escalation)' } :
    'acme summary expected:\n' + log.join('\n')
assert log.any { it.startsWith('[INFO] beta: added') } : 'beta summary expected:\n' + log.join('\n')
assert log.any { it.startsWith('[WARNING]   ESCALATION') && it.contains('iam:PassRole') } :
    'the added PassRole must be logged as an escalation:\n' + log.join('\n')
assert !log.any { it.contains('s3:GetObject') || it.contains('s3:ListBucket') } :
    'reordered actions are no change:\n' + log.join('\n')
assert log.any {
  it.startsWith('[ERROR]') &&
      it.contains('The policy diff of directory after against directory before has changes that' +
          ' cfn.diff.failOn=escalation does not accept')
} : 'the failure must say why:\n' + log.join('\n')
assert log.any { it.contains('fix: review target/cfn-review/policy-diff.md') } : log.join('\n')

def json = new JsonSlurper().parse(new File(review, 'policy-diff.json'))
assert json.toString().contains('iam:PassRole')
def sarif = new JsonSlurper().parse(new File(review, 'policy-diff.sarif'))
def uris = sarif.runs[0].results*.locations.flatten()*.physicalLocation*.artifactLocation*.uri
assert uris.contains('after/acme/template.yaml') : uris
return true
