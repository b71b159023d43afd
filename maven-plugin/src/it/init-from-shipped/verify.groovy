// The payer and its member, each renamed and given the vendor's role.
def payer = new File(basedir, 'src/main/blueprints/acme-finops.yaml').getText('UTF-8')
def member = new File(basedir, 'src/main/blueprints/acme-finops-member.yaml').getText('UTF-8')
assert payer.startsWith('# Scaffolded by cfn:init from the shipped blueprint finops-payer.')
assert payer.contains('  name: acme-finops\n')
assert payer.contains('  memberBlueprint: acme-finops-member\n')
assert payer.contains('vendor:\n  roleArn: arn:aws:iam::111122223333:role/AcmeOnboarding\n')
assert member.contains('  name: acme-finops-member\n')
assert member.contains('vendor:\n  roleArn: arn:aws:iam::111122223333:role/AcmeOnboarding\n')
return true
