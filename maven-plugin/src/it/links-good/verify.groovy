// Links per tenant and region, ExternalIds recomputed here from the secret, the secret nowhere.
import groovy.json.JsonSlurper
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

def secret = 'it-secret-0123456789-abcdefghijklmnopqrstuvwxyz'
def log = new File(basedir, 'build.log').getText('UTF-8')
def dir = new File(basedir, 'target/cfn-links/acme')
def json = new JsonSlurper().parse(new File(dir, 'links.json'))
def csv = new File(dir, 'links.csv').getText('UTF-8')

def externalId = { String tenant ->
  def mac = Mac.getInstance('HmacSHA256')
  mac.init(new SecretKeySpec(secret.getBytes('UTF-8'), 'HmacSHA256'))
  'onr1-' + mac.doFinal(tenant.getBytes('UTF-8')).encodeHex().toString()
}

assert json.blueprint == 'acme' && json.version == '1.0.0'
assert json.links.collect { [it.tenant, it.region, it.stackName] } == [
    ['acme-7', 'us-east-1', 'acme'],
    ['acme-7', 'eu-west-1', 'acme'],
    ['globex, inc', 'eu-west-1', 'GlobexOnboarding']]
json.links.each { link ->
  assert link.externalId == externalId(link.tenant)
  assert link.url.startsWith("https://${link.region}.console.aws.amazon.com/cloudformation/home?region=${link.region}#/stacks/quickcreate?templateURL=https%3A%2F%2Facme-templates-${link.region}.s3.${link.region}.amazonaws.com%2Fonramp%2Facme%2F1.0.0%2F")
  assert link.url.endsWith("&stackName=${link.stackName}&param_ExternalId=${link.externalId}")
}
assert csv.startsWith('tenant,region,stackName,externalId,url\r\n')
assert csv.contains('"globex, inc",eu-west-1,GlobexOnboarding,' + externalId('globex, inc') + ',https://')
assert log.contains('[INFO] acme 1.0.0: 3 links for 2 tenants in us-east-1, eu-west-1 -> target/cfn-links/acme/links.json')

[log, csv, new File(dir, 'links.json').getText('UTF-8')].each { assert !it.contains(secret) }
return true
