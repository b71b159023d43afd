// Refused with the setting, the problem and the fix, printed once; the file is untouched.
def log = new File(basedir, 'build.log').readLines('UTF-8')
def refusal = ': cfn.init.name: src/main/blueprints/acme.yaml exists; cfn:init never replaces a blueprint'
def at = log.findIndexOf { it.startsWith('[ERROR] Failed to execute goal') && it.endsWith(refusal) }
assert at >= 0 : 'expected the refusal in build.log'
assert log[at + 1] == '[ERROR]   fix: choose another name, or delete the file first'
assert log.count { it.contains('never replaces a blueprint') } == 1 : 'printed once'
assert new File(basedir, 'src/main/blueprints/acme.yaml').getText('UTF-8') == "# The vendor's own blueprint, which cfn:init must not replace.\n"
return true
