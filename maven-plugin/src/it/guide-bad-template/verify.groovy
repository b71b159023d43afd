// A vendor's guide.ftl that names a value the guide does not have fails the build with the template,
// the line and the value, and writes no guide.
def log = new File(basedir, 'build.log').text
assert log.contains('template guide.ftl failed') : log
assert log.contains('guide.vendorName') : log
assert log.contains('line 3') : log
assert log.contains('  fix: correct guide.ftl in ') : log
assert log.count('template guide.ftl failed') == 1 : 'the failure is printed once:\n' + log
assert !new File(basedir, 'target/cfn-guides/acme/onboarding-guide.md').exists() : 'no guide expected'
return true
