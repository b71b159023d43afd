// cfn:diff against a baseline folder: the switchable tag write-back is an escalation, so the build
// fails with the reason, after writing the diff as Markdown, JSON and SARIF.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines('UTF-8')
def review = new File(basedir, 'target/cfn-review')
['policy-diff.md', 'policy-diff.json', 'policy-diff.sarif'].each {
  assert new File(review, it).isFile() : "${it} expected in ${review}"
}

def summary = log.find { it.startsWith('[INFO] acme: changed, ') }
assert summary != null : 'summary line expected:\n' + log.join('\n')
assert summary.contains('escalation') : summary
assert log.any { it.startsWith('[WARNING]   ESCALATION') && it.contains('ec2:CreateTags') } :
    'the added tagging action must be logged as an escalation:\n' + log.join('\n')
assert log.any {
  it.startsWith('[ERROR]') && it.contains('The policy diff against directory baseline ') &&
      it.contains('cfn.diff.failOn=escalation does not accept')
} : 'the failure must say why:\n' + log.join('\n')

def markdown = new File(review, 'policy-diff.md').getText('UTF-8')
assert markdown.contains('ec2:CreateTags') : markdown
def sarif = new JsonSlurper().parse(new File(review, 'policy-diff.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.size() > 0
return true
