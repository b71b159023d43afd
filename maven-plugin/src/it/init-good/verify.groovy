// The blueprint is written from the answers, and the pom snippet and plugin group are printed.
def blueprint = new File(basedir, 'src/main/blueprints/acme-portal.yaml')
assert blueprint.isFile()
def text = blueprint.getText('UTF-8')
assert text.contains('  roleArn: arn:aws:iam::111122223333:role/AcmeOnboarding\n')
assert text.contains('    policySets: [read-only, billing-read]\n')
assert text.contains('regions: [us-east-1, eu-west-1]\n')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Blueprint: src/main/blueprints/acme-portal.yaml')
assert log.contains('[INFO]     <artifactId>cfn-maven-plugin</artifactId>')
assert log.contains('[INFO]     <pluginGroup>dev.onramp</pluginGroup>')
return true
