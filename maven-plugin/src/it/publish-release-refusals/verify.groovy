import dev.onramp.maven.InvokerS3
import groovy.json.JsonSlurper

try {
  def log = new File(basedir, 'build.log').readLines('UTF-8')
  def text = log.join('\n')

  // 2: the same version with other bytes is refused before anything is written, naming both
  // SHA-256s and the fix.
  def same = log.findIndexOf { it.endsWith('1 published version would change:') }
  assert same >= 0 : 'expected the same-version refusal in build.log'
  def changed = log[same + 1]
  assert changed ==~ /\[ERROR\]\s+blueprint acme version 1\.0\.0 in s3:\/\/acme-it-us-east-1\/onramp\/acme\/1\.0\.0\/ \(us-east-1\): published with sha256 [0-9a-f]{64} \(\d+ bytes\), this release has sha256 [0-9a-f]{64} \(\d+ bytes\)/
  assert text.contains('Nothing was written.')
  assert text.contains('fix: raise metadata.version of the blueprint (for example 1.0.0 to 1.0.1)')

  // 3: an escalation without approval is refused, naming the change and the approval switch.
  def esc = log.findIndexOf { it.contains('1 blueprint grants more access than its latest published release:') }
  assert esc >= 0 : 'expected the escalation refusal in build.log'
  def escalated = log[esc + 1]
  assert escalated ==~ /\[ERROR\]\s+acme 1\.0\.0 \(sha256 [0-9a-f]{64}\) -> 1\.0\.1 \(sha256 [0-9a-f]{64}\): escalation/
  assert log.any { it.contains('ESCALATION') && it.contains('s3:PutObject') }
  assert text.contains('-Dcfn.publish.approveEscalation="<reason>"')

  // 4: approved, published, recorded in the release manifest.
  assert log.any { it.contains('[INFO] escalation of acme over 1.0.0 approved: uploads of reports, ticket SEC-42') }

  def store = InvokerS3.contents('acme-it-us-east-1')
  def templates = store.keySet().findAll { it ==~ /onramp\/acme\/1\.0\.[01]\/[0-9a-f]{64}\.yaml/ }
  assert templates.size() == 2 : "one template of 1.0.0 (the changed one refused) and one of 1.0.1: ${store.keySet()}"
  def latest = new JsonSlurper().parseText(store['onramp/manifest.json'])
  def entry = latest.blueprints.find { it.name == 'acme' }
  assert entry.version == '1.0.1'
  assert entry.escalationApproved.reason == 'uploads of reports, ticket SEC-42'
  assert entry.escalationApproved.fromVersion == '1.0.0'
  assert entry.escalationApproved.verdict == 'escalation'
  def history = new JsonSlurper().parseText(store['onramp/acme/releases.json'])
  assert history.releases.size() == 2 : "two releases in the history: ${history}"
  def local = new JsonSlurper().parse(new File(basedir, 'target/cfn-publish/manifest.json'))
  assert local == latest : 'the local copy is the published manifest'

  // 5: the links of the older release launch its template, found through the history.
  def first = history.releases.find { it.version == '1.0.0' }
  def links = new JsonSlurper().parse(new File(basedir, 'target/cfn-links/acme/links.json'))
  assert links.version == '1.0.0'
  assert links.links.size() == 1
  def url = links.links[0].url
  assert url.contains("%2Fonramp%2Facme%2F1.0.0%2F${first.sha256}.yaml")
  assert log.contains('[INFO] acme 1.0.0: 1 links for 1 tenant in us-east-1 -> target/cfn-links/acme/links.json')
  return true
} finally {
  InvokerS3.stop()
}
