// cfn:report writes each blueprint's inventory as Markdown and JSON and logs a summary line.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def markdown = new File(basedir, 'target/cfn-review/acme/permissions.md')
def json = new File(basedir, 'target/cfn-review/acme/permissions.json')
assert markdown.isFile() : 'permissions.md expected'
assert json.isFile() : 'permissions.json expected'

def text = markdown.getText('UTF-8')
assert text.contains('AcmeRole') : text
assert text.toLowerCase().contains('sts:externalid') : 'the trust condition must be shown:\n' + text
assert text.contains('| `ce` |') : 'Cost Explorer actions expected by service:\n' + text
def parsed = new JsonSlurper().parse(json)
assert parsed != null

assert log =~ /\[INFO\] acme: 1 role, \d+ actions allowed \(/ : 'summary line expected:\n' + log
return true
