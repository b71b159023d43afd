// No src/main/blueprints and no <blueprints>: a configuration error that says what to do.
def log = new File(basedir, 'build.log').getText('UTF-8')
def looked = new File(basedir, 'src/main/blueprints').absolutePath
def expected = "No blueprints to generate: ${looked} does not exist and <blueprints> names no" +
    ' shipped blueprint, perhaps you should create src/main/blueprints or set <blueprintDirectory>'
assert log.contains(expected) : "expected '${expected}' in build.log:\n${log}"
assert !new File(basedir, 'target/cfn').exists()
return true
