// No src/main/blueprints and no <blueprints>: a configuration error that says what to do.
def log = new File(basedir, 'build.log').readLines('UTF-8')
def looked = new File(basedir, 'src/main/blueprints').absolutePath
def problem = "No blueprints to generate: ${looked} does not exist and <blueprints> names no" +
    ' shipped blueprint'
def fix = '[ERROR]   fix: create src/main/blueprints, or set <blueprintDirectory> to the folder of' +
    ' your blueprints'
def at = log.findIndexOf { it.endsWith(": ${problem}") }
assert at >= 0 : "expected a line ending '${problem}' in build.log:\n${log.join('\n')}"
assert log[at + 1] == fix : "expected '${fix}' after it, got '${log[at + 1]}'"
assert log.count { it.contains('No blueprints to generate') } == 1 : 'the problem is printed once'
assert !new File(basedir, 'target/cfn').exists()
return true
