# Custom::CostReport handler, inlined as ZipFile (at most 4096 chars).
import json, re, threading, urllib.request
import boto3

API = {'legacy': 'cur', 'cur2': 'bcm-data-exports'}

def pick(p, keys):  # absent keys are left out
  return {k: p[k] for k in keys.split() if k in p}

def legacy(c, p, update):
  d = pick(p, 'ReportName TimeUnit Format Compression S3Bucket S3Prefix S3Region '
           'AdditionalSchemaElements AdditionalArtifacts ReportVersioning')
  d.setdefault('AdditionalSchemaElements', [])
  if 'RefreshClosedReports' in p:
    d['RefreshClosedReports'] = str(p['RefreshClosedReports']).lower() == 'true'
  if not update:
    try:
      return c.put_report_definition(ReportDefinition=d)
    except c.exceptions.DuplicateReportNameException:
      pass  # exists: update it
  c.modify_report_definition(ReportName=d['ReportName'], ReportDefinition=d)

def cur2(c, p, arn):
  s3 = pick(p, 'S3Bucket S3Prefix S3Region')
  s3['S3OutputConfigurations'] = dict(pick(p, 'Format Compression Overwrite'), OutputType='CUSTOM')
  q = pick(p, 'QueryStatement')
  q['TableConfigurations'] = json.loads(p.get('TableConfigurations') or '{}')
  x = dict(Name=p['ReportName'], DataQuery=q, DestinationConfigurations={'S3Destination': s3},
           RefreshCadence={'Frequency': 'SYNCHRONOUS'})
  if not arn:  # an export of that name?
    arn = next((e['ExportArn'] for pg in c.get_paginator('list_exports').paginate()
                for e in pg['Exports'] if e['ExportName'] == x['Name']), 0)
  if arn:
    return c.update_export(ExportArn=arn, Export=x)['ExportArn']
  return c.create_export(Export=x)['ExportArn']

def delete(p, pid):
  v = pid[:4] == 'arn:'
  ours = ':bcm-data-exports:' in pid if v else ':' not in pid  # names cannot hold ':'
  if not ours or str(p.get('RetainOnDelete')).lower() == 'true':
    return  # a placeholder, or retained
  c = boto3.client('bcm-data-exports' if v else 'cur', region_name=p['ApiRegion'])
  try:
    c.delete_export(ExportArn=pid) if v else c.delete_report_definition(ReportName=pid)
  except Exception as e:
    if not re.search('not ?found|not exist', str(e), re.I):
      raise

def handler(event, context):
  rt, p = event['RequestType'], event.get('ResourceProperties', {})
  pid = event.get('PhysicalResourceId') or 'not-created:' + event['RequestId']
  once = threading.Lock()

  def answer(status, reason='', new=None, data={}):
    if not once.acquire(False):
      return  # answered already: never released
    print(rt, event['LogicalResourceId'], status, reason)  # not the URL
    r = pick(event, 'StackId RequestId LogicalResourceId')
    r.update(Status=status, Reason=reason[:900], PhysicalResourceId=new or pid, Data=data)
    h = {'content-type': ''}  # urllib adds content-length
    req = urllib.request.Request(event['ResponseURL'], json.dumps(r).encode(), h, method='PUT')
    try:
      urllib.request.urlopen(req, timeout=9)
    except Exception as e:
      print('response not sent:', repr(e)[:99])

  s = context.get_remaining_time_in_millis() / 1000
  s = max(s - 5, s / 2)
  timer = threading.Timer(s, answer, ('FAILED', 'timed out after %.1f s' % s))
  timer.start()
  try:
    if rt == 'Delete':
      delete(p, pid)
      return answer('SUCCESS')
    kind, name, o = p['Kind'], p['ReportName'], event.get('OldResourceProperties', {})
    if kind not in API:
      raise ValueError('Kind must be legacy or cur2, not %r' % kind)
    same = (o.get('Kind'), o.get('ReportName')) == (kind, name)
    c = boto3.client(API[kind], region_name=p['ApiRegion'])
    if kind == 'cur2':
      arn = new = cur2(c, p, same and pid)
    else:
      legacy(c, p, same)
      a = event['StackId'].split(':')
      arn, new = 'arn:%s:cur:%s:%s:definition/%s' % (a[1], p['ApiRegion'], a[4], name), name
    answer('SUCCESS', '', new, dict(ReportName=name, ReportArn=arn))
  except KeyError as e:
    answer('FAILED', 'missing property %s' % e)
  except Exception as e:
    answer('FAILED', str(e) or repr(e))
  finally:
    timer.cancel()
    timer.join()  # a fired timer finishes its answer
