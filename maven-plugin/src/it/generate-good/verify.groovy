// A valid blueprint: both templates are written and the build log says what was written.
def out = new File(basedir, 'target/cfn/acme-readonly')
def yaml = new File(out, 'template.yaml')
def json = new File(out, 'template.json')
assert yaml.isFile() : "missing ${yaml}"
assert json.isFile() : "missing ${json}"
assert yaml.getText('UTF-8').contains('AWSTemplateFormatVersion')
assert json.getText('UTF-8').contains('AWSTemplateFormatVersion')

def log = new File(basedir, 'build.log').readLines('UTF-8')
def pattern = ~/^\[INFO\] acme-readonly: (\d+) resources, template\.yaml (\d+) bytes, template\.json (\d+) bytes -> target\/cfn\/acme-readonly$/
def lines = log.findAll { it ==~ pattern }
assert lines.size() == 1 : "expected one summary line for acme-readonly in build.log:\n${log.join('\n')}"
def m = lines[0] =~ pattern
assert m.matches()
assert (m.group(1) as int) > 0
assert (m.group(2) as long) == yaml.length() : 'template.yaml size in the log'
assert (m.group(3) as long) == json.length() : 'template.json size in the log'
assert !log.any { it.startsWith('[WARNING] src/main/blueprints/') } : 'no warnings expected'
return true
