# Custom::CostReport handler, inlined into the template as Code.ZipFile.
# The report's settings come from this function's environment, which the template sets, never from
# the request: anyone allowed to invoke the function writes the request. It answers only
# CloudFormation's response bucket, only for the stack the function belongs to, and only while that
# stack's status (WHEN) says CloudFormation sent it.
import json, os, re, threading, urllib.request
import boto3

API = {'legacy': 'cur', 'cur2': 'bcm-data-exports'}
PUT_TIMEOUT = 9  # seconds to send the answer
MARGIN = 15  # seconds left when the timer answers FAILED; more than PUT_TIMEOUT, so it lands

# Stack statuses in which CloudFormation sends each request (CloudFormation User Guide, "Stack
# status codes"): Create as the stack is created or updated (resource added or replaced); Update as
# it is updated or rolled back; Delete as it is deleted, a failed create or update rolls back, or an
# update cleans up. IMPORT_*: an import change set may add this resource. In other statuses
# (CREATE_COMPLETE, UPDATE_COMPLETE...) the request is not CloudFormation's.
WHEN = {
  'Create': 'CREATE_IN_PROGRESS UPDATE_IN_PROGRESS IMPORT_IN_PROGRESS',
  'Update': 'UPDATE_IN_PROGRESS UPDATE_ROLLBACK_IN_PROGRESS IMPORT_IN_PROGRESS',
  'Delete': 'DELETE_IN_PROGRESS ROLLBACK_IN_PROGRESS UPDATE_COMPLETE_CLEANUP_IN_PROGRESS'
            ' UPDATE_ROLLBACK_IN_PROGRESS UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS'
            ' IMPORT_ROLLBACK_IN_PROGRESS'}

class Refused(Exception):  # not CloudFormation's request: no answer
  pass

def pick(p, keys):  # absent keys are left out
  return {k: p[k] for k in keys.split() if k in p}

def yes(p, key):
  return p.get(key, '').lower() == 'true'

def guard(event, stack):
  """Refuses a request that is not CloudFormation's for this function's stack."""
  if not stack or event.get('StackId') != stack:
    raise Refused('the request names stack %.200r, not this function\'s' % event.get('StackId'))
  partition, region = stack.split(':')[1:4:2]
  bucket = r'https://cloudformation-custom-resource-response-%s\.s3(?:[.-]%s)?\.amazonaws\.com%s/'
  cn = r'\.cn' if partition == 'aws-cn' else ''
  if not re.match(bucket % (region.replace('-', ''), region, cn), str(event.get('ResponseURL'))):
    raise Refused('the ResponseURL is not CloudFormation\'s response bucket in ' + region)

def taken(kind, name):
  what = 'Cost and Usage Report' if kind == 'legacy' else 'Data Exports export'
  return ValueError(
    'a %s named %s already exists in this account and this stack did not create it: refused to'
    ' adopt it (the stack would re-point it to its bucket and delete it with the stack). Choose'
    ' another report name, or set costReport.report.adoptExisting: true to adopt it' % (what, name))

def legacy(c, p, ours):
  """Creates or updates the report; True when it created it."""
  d = pick(p, 'ReportName TimeUnit Format Compression S3Bucket S3Prefix S3Region ReportVersioning')
  d['AdditionalSchemaElements'] = [e for e in p.get('AdditionalSchemaElements', '').split(',') if e]
  if 'RefreshClosedReports' in p:
    d['RefreshClosedReports'] = yes(p, 'RefreshClosedReports')
  if not ours:
    try:
      c.put_report_definition(ReportDefinition=d)
      return True
    except c.exceptions.DuplicateReportNameException:
      if not yes(p, 'AdoptExisting'):
        raise taken('legacy', d['ReportName'])
  c.modify_report_definition(ReportName=d['ReportName'], ReportDefinition=d)
  return False

def cur2(c, p, pid):
  """Creates or updates the export; its ARN, and True when it created it."""
  s3 = pick(p, 'S3Bucket S3Prefix S3Region')
  s3['S3OutputConfigurations'] = dict(pick(p, 'Format Compression Overwrite'), OutputType='CUSTOM')
  q = pick(p, 'QueryStatement')
  q['TableConfigurations'] = json.loads(p.get('TableConfigurations') or '{}')
  x = dict(Name=p['ReportName'], DataQuery=q, DestinationConfigurations={'S3Destination': s3},
           RefreshCadence={'Frequency': 'SYNCHRONOUS'})
  arn = next((e['ExportArn'] for pg in c.get_paginator('list_exports').paginate()
              for e in pg['Exports'] if e['ExportName'] == x['Name']), None)
  if not arn:
    return c.create_export(Export=x)['ExportArn'], True
  if arn != pid and not yes(p, 'AdoptExisting'):
    raise taken('cur2', x['Name'])
  c.update_export(ExportArn=arn, Export=x)
  return arn, False

def delete(p, pid):
  """Deletes this stack's report: never one the environment does not name."""
  name, v = p['ReportName'], pid[:4] == 'arn:'
  if yes(p, 'RetainOnDelete') or not (pid == name or v and ':bcm-data-exports:' in pid):
    return print('kept', pid)  # retained, a placeholder, or another report (renamed)
  c = boto3.client('bcm-data-exports' if v else 'cur', region_name=p['ApiRegion'])
  try:
    if not v:
      return c.delete_report_definition(ReportName=pid)
    if c.get_export(ExportArn=pid)['Export']['Name'] != name:
      return print('kept', pid)
    c.delete_export(ExportArn=pid)
  except Exception as e:
    if not re.search('not ?found|not exist', str(e), re.I):
      raise

def handler(event, context):
  p = os.environ
  try:
    guard(event, p.get('StackId'))
  except Refused as e:
    print('refused, no answer sent:', e)
    raise
  rt = event['RequestType']
  pid = event.get('PhysicalResourceId') or 'not-created:' + event['RequestId']
  once = threading.Lock()

  def answer(status, reason='', new=None, data={}):
    """Sends the one answer; False when one was sent already."""
    if not once.acquire(False):
      return False  # never released
    print(rt, event['LogicalResourceId'], status, reason)  # not the URL
    r = pick(event, 'StackId RequestId LogicalResourceId')
    r.update(Status=status, Reason=reason[:900], PhysicalResourceId=new or pid, Data=data)
    h = {'content-type': ''}  # urllib adds content-length
    req = urllib.request.Request(event['ResponseURL'], json.dumps(r).encode(), h, method='PUT')
    try:
      urllib.request.urlopen(req, timeout=PUT_TIMEOUT)
    except Exception as e:
      print('response not sent:', repr(e)[:99])
    return True

  s = context.get_remaining_time_in_millis() / 1000
  s = max(s - MARGIN, s / 2)  # functions run 30 s or more: MARGIN s before the end
  timer = threading.Timer(s, answer, ('FAILED', 'timed out after %.1f s' % s))
  timer.start()
  try:
    try:
      cfn = boto3.client('cloudformation', region_name=p['StackId'].split(':')[3])
      status = cfn.describe_stacks(StackName=p['StackId'])['Stacks'][0]['StackStatus']
    except Exception as e:  # fail closed, Delete too: throttling opens no way
      return answer('FAILED', "did nothing: could not read this stack's status (%s)" % e)
    if status not in WHEN.get(rt, '').split():
      once.acquire(False)  # so the timer answers nothing
      raise Refused('a %.20r request while the stack is %s' % (rt, status))
    if rt == 'Delete':
      delete(p, pid)
      return answer('SUCCESS')
    kind, name = p['Kind'], p['ReportName']
    if kind not in API:
      raise ValueError('Kind must be legacy or cur2, not %r' % kind)
    c = boto3.client(API[kind], region_name=p['ApiRegion'])
    if kind == 'cur2':
      arn, created = cur2(c, p, pid)
      new = arn
    else:
      created = legacy(c, p, pid == name)
      a = p['StackId'].split(':')
      arn, new = 'arn:%s:cur:%s:%s:definition/%s' % (a[1], p['ApiRegion'], a[4], name), name
    if not answer('SUCCESS', '', new, dict(ReportName=name, ReportArn=arn)) and created:
      print('answered FAILED before: deleting what this create made,', new)  # else orphaned
      c.delete_export(ExportArn=arn) if kind == 'cur2' else c.delete_report_definition(ReportName=name)
  except Refused as e:
    print('refused, no answer sent:', e)
    raise
  except KeyError as e:
    answer('FAILED', 'missing setting %s' % e)
  except Exception as e:
    answer('FAILED', str(e) or repr(e))
  finally:
    timer.cancel()
    timer.join()  # a fired timer finishes its answer
