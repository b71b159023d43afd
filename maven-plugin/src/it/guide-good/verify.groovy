// cfn:guide writes the customer's onboarding guide, with the sections a customer reads, and logs
// where it went.
def log = new File(basedir, 'build.log').text
def guide = new File(basedir, 'target/cfn-guides/acme/onboarding-guide.md')
assert guide.isFile() : 'onboarding-guide.md expected'

def text = guide.getText('UTF-8')
assert text.startsWith('# Connect your AWS account to Acme\n') : text
['## Before you start', '## What the stack creates', '## Permissions', '## Parameters',
 '## Create the stack', '## Acknowledge the IAM resources', '## Check that it worked',
 '## Updating to a new version', '## Troubleshooting', '## Uninstall', '## How it fits together', '```mermaid\nflowchart LR'].each {
  assert text.contains(it) : "missing '${it}':\n" + text
}
assert text.contains('| `AllowTagWriteBack` is `true` |') : 'the tag write-back switch, in words:\n' + text
assert text.contains('https://eu-west-1.console.aws.amazon.com/cloudformation/home?region=eu-west-1#/stacks/quickcreate?templateURL=https%3A%2F%2Facme-templates-eu-west-1.s3.eu-west-1.amazonaws.com%2Fonramp%2Facme%2F1.0.0%2F') : text
assert !text.contains('\r') : 'LF line ends only'

assert log.contains('[INFO] acme: onboarding guide -> target/cfn-guides/acme/onboarding-guide.md') : log
return true
