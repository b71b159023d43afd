// The constructs are generated but not compiled (the project lacks aws-cdk-lib), with a warning
// that says why and how to fix it; the project's own code compiles.
def log = new File(basedir, 'build.log').readLines('UTF-8')
def warning = log.findIndexOf { it.startsWith('[WARNING] the CDK constructs in target/generated-sources/onramp-cdk are not compiled with this project: it does not depend on software.amazon.awscdk:aws-cdk-lib, which they import') }
assert warning >= 0 : 'expected the warning about aws-cdk-lib'
def fix = log[warning + 1]
assert fix.contains('fix: add the dependency software.amazon.awscdk:aws-cdk-lib (compile scope)')
assert new File(basedir, 'target/generated-sources/onramp-cdk/com/acme/onboarding/Acme.java').isFile()
assert new File(basedir, 'target/classes/com/acme/App.class').isFile()
assert !new File(basedir, 'target/classes/com/acme/onboarding').exists()
return true
