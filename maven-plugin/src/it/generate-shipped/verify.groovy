// A shipped blueprint by name, generated for the vendor given in <vendor>.
def yaml = new File(basedir, 'target/cfn/cross-account-read-only/template.yaml')
assert yaml.isFile() : "missing ${yaml}"
assert new File(basedir, 'target/cfn/cross-account-read-only/template.json').isFile()
def text = yaml.getText('UTF-8')
assert text.contains('AWSTemplateFormatVersion')
assert text.contains(':iam::444455556666:') : 'the vendor account from <vendor> is trusted'
assert !text.contains('111122223333') : 'the placeholder vendor of the shipped blueprint is replaced'

def log = new File(basedir, 'build.log').readLines('UTF-8')
assert log.any { it ==~ /^\[INFO\] cross-account-read-only: \d+ resources, .* -> target\/cfn\/cross-account-read-only$/ }
return true
