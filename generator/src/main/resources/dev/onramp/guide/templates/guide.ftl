<#-- The customer's onboarding guide. Every value is Markdown made by GuideView; this template only
     lays the sections out. Section headings are fixed so that their anchors are too. -->
# ${guide.title}

${guide.description}

This guide describes version ${guide.version} of the `${guide.blueprint}` stack. It is generated
from the same blueprint as the template, so it says what the stack really does. The template's
SHA-256 is `${guide.sha256}`.

<#assign sections = ["Before you start", "What the stack creates", "Permissions", "Parameters"]>
<#if guide.organizationIds?has_content>
<#assign sections = sections + ["Find your organization's ids"]>
</#if>
<#assign sections = sections + ["Create the stack", "Acknowledge the IAM resources", "Check that it worked"]>
<#if guide.organization?has_content>
<#assign sections = sections + ["Member accounts"]>
</#if>
<#assign sections = sections + ["Updating to a new version", "Troubleshooting", "Uninstall", "How it fits together"]>
<#list sections as section>
${section?counter}. [${section}](#${section?lower_case?replace("[^a-z0-9 -]", "", "r")?replace(" ", "-")})
</#list>

## Before you start

<#list guide.prerequisites as prerequisite>
- ${prerequisite}
</#list>

## What the stack creates

| Resource | Type | What it is for | Created |
| --- | --- | --- | --- |
<#list guide.resources as resource>
| ${resource.logicalId} | ${resource.type} | ${resource.purpose} | ${resource.when} |
</#list>
<#if guide.rawResources?has_content>

### What else this stack creates

The blueprint adds these resources as CloudFormation written by ${guide.vendor}, outside Onramp's
sections. They were checked like the rest: no role trusts anyone outside your account without your
ExternalId, nothing is open to everyone, and what they grant is listed here and in the permission
inventory.

| Resource | Type | What it grants | Created |
| --- | --- | --- | --- |
<#list guide.rawResources as raw>
| ${raw.logicalId} | ${raw.type} | ${raw.grants} | ${raw.when} |
</#list>
</#if>

## Permissions

<#if !guide.trust?has_content>
This stack creates no role: it adds permissions to roles you already have, and their own trust
policies decide who may assume them.
<#else>
<#if guide.rawResources?filter(raw -> raw.resourcePolicy)?has_content>
Only the roles of this stack let ${guide.vendor} into your account, and only with your ExternalId;
the resource policies listed under "What else this stack creates" grant what they say there.
<#else>
Only the roles of this stack let ${guide.vendor} into your account, and only with your ExternalId.
</#if>
<#if guide.trust?filter(trust -> trust.conditions?contains("no sts:ExternalId"))?has_content>
The roles marked "no sts:ExternalId" are never assumed by ${guide.vendor} directly: AWS services,
other roles of this stack, your own account or your organization's hub role assume them.
</#if>
<#if guide.trust?filter(trust -> trust.conditions?contains("any principal of that account"))?has_content>
The roles marked "any principal of that account" trust ${guide.vendor}'s whole AWS account: any of
its users or roles that its own IAM policies allow, and that holds your ExternalId, may assume
them. Ask ${guide.vendor} for the role it assumes from if you want to trust only that role.
</#if>

| Role | Who may assume it | On these conditions | When |
| --- | --- | --- | --- |
<#list guide.trust as trust>
| ${trust.role} | ${trust.principal} | ${trust.conditions} | ${trust.when} |
</#list>
</#if>
<#list guide.roles as role>

### Role ${role.role}

It may use ${role.summary}.
<#if role.permissionSets?has_content>

| Permission set | What it allows | Read-only | When |
| --- | --- | --- | --- |
<#list role.permissionSets as set>
| ${set.name} | ${set.allows} | ${set.readOnly} | ${set.when} |
</#list>
</#if>
<#if role.grants?has_content>

| Effect | Actions | Resources | Conditions | When |
| --- | --- | --- | --- | --- |
<#list role.grants as grant>
| ${grant.effect} | ${grant.actions} | ${grant.resources} | ${grant.conditions} | ${grant.when} |
</#list>
</#if>
<#if role.managedPolicies?has_content || role.boundaries?has_content>

</#if>
<#list role.managedPolicies as policy>
- Managed policy ${policy}
</#list>
<#list role.boundaries as boundary>
- Permissions boundary ${boundary}
</#list>
<#if role.secretReads?has_content>

It may also read configuration that often holds secrets. AWS counts these as reads, but what they
return can be passwords, tokens or keys:

<#list role.secretReads as read>
- ${read}
</#list>
</#if>
<#if role.serviceTable?has_content>

<details>
<summary>Every allowed action, by service and access level</summary>

<#list role.serviceTable as block>
${block}

</#list>
</details>
</#if>
</#list>

## Parameters

<#if guide.parameters?has_content>
| Parameter | Label | Default | Allowed | Description |
| --- | --- | --- | --- | --- |
<#list guide.parameters as parameter>
| ${parameter.name} | ${parameter.label} | ${parameter.defaultValue} | ${parameter.allowed} | ${parameter.description} |
</#list>

</#if>
<#if !guide.parameters?has_content>
The stack has no parameters.
<#elseif guide.launch.externalIdParameter?has_content>
`${guide.launch.externalIdParameter}` is your ExternalId, which the link fills in. Keep the
defaults of the other parameters unless you mean to change what the stack allows.
<#else>
Keep the defaults of the parameters unless you mean to change what the stack allows.
</#if>

<#if guide.organizationIds?has_content>
## Find your organization's ids

<#list guide.organizationIds as block>
${block}

</#list>
</#if>
## Create the stack

<#if guide.launch.links?has_content>
<#if guide.launch.externalIdParameter?has_content>
Use the link ${guide.vendor} gives you: it opens this template with your ExternalId filled in. The
links below open the same template without it; with them, type your ExternalId yourself.
<#else>
Use the link for your region: it opens this template in the CloudFormation console.
</#if>

| Region | Launch |
| --- | --- |
<#list guide.launch.links as link>
| `${link.region}` | [**Launch stack** in ${link.region}](${link.url}) |
</#list>

1. Sign in to the AWS account you connect, then open the link for your region.
2. Keep the stack name `${guide.launch.stackName}`, or choose another.
<#elseif guide.launch.published>
1. Sign in to the AWS account you connect, then open the link ${guide.vendor} gives you: it opens
   the CloudFormation console with this template<#if guide.launch.externalIdParameter?has_content> and your ExternalId filled in</#if>.
2. Keep the stack name `${guide.launch.stackName}`, or choose another.
<#else>
${guide.vendor?cap_first} gives you the template file, `template.yaml`.

1. Sign in to the AWS account you connect and open the CloudFormation console in your region.
2. Choose **Create stack**, **With new resources (standard)**, **Upload a template file**, select
   `template.yaml`, and name the stack `${guide.launch.stackName}` (or as you like).
</#if>
<#if guide.launch.externalIdParameter?has_content>
3. Check that `${guide.launch.externalIdParameter}` holds your ExternalId, and fill in the other
   parameters.
<#else>
3. Fill in the parameters.
</#if>
4. Acknowledge the IAM resources (next section) and choose **Create stack**.

The same with the AWS CLI<#if guide.launch.cli?contains("<your bucket>")> (the template is over 51,200 bytes, so
the CLI takes it from an S3 bucket of yours, in the stack's region; the console's upload does that
for you)</#if>:

```sh
${guide.launch.cli}
```

<#if guide.launch.cli?contains("ParameterValue=<")>
Replace each `<…>` with your value, keeping the single quotes; separate the items of a list with
`\,`. The parameters left out keep their defaults.

</#if>
<#if guide.launch.region == "<region>">
Every command of this guide names the stack's region: write the same region for `<region>` in each.
<#else>
Every command of this guide names the region `${guide.launch.region}`: for a stack in another
region, write that region in each.
</#if>

## Acknowledge the IAM resources

The stack creates IAM resources, so CloudFormation asks you to acknowledge them: tick
**${guide.capability.checkbox}** in the console, or pass `--capabilities ${guide.capability.name}`.
<#if guide.capability.reasons?has_content>

</#if>
<#list guide.capability.reasons as reason>
- It ${reason}.
</#list>
<#if guide.capability.named>

Named IAM resources are global to the account: create this stack once per account.
</#if>

## Check that it worked

In the CloudFormation console the stack's status turns from `CREATE_IN_PROGRESS` to
`CREATE_COMPLETE`. From the CLI:

```sh
aws cloudformation wait stack-create-complete --region ${guide.launch.region} --stack-name ${guide.launch.stackName}
aws cloudformation describe-stacks --region ${guide.launch.region} --stack-name ${guide.launch.stackName} --query "Stacks[0].StackStatus"
```
<#list guide.callback as note>

${note}
</#list>

A status of `ROLLBACK_COMPLETE` means nothing was kept: the stack's **Events** tab names the
resource that failed and why. Delete the stack, fix the cause, and create it again.
<#if guide.outputs?has_content>

Once created, the stack's **Outputs** tab shows:

| Output | What it holds | When |
| --- | --- | --- |
<#list guide.outputs as output>
| ${output.name} | ${output.description} | ${output.when} |
</#list>
</#if>
<#if guide.organization?has_content>

## Member accounts

<#list guide.organization as note>
- ${note}
</#list>
</#if>

## Updating to a new version

<#list guide.updating as block>
${block}

</#list>
## Troubleshooting

<#list guide.troubleshooting as bullet>
- ${bullet}
</#list>

## Uninstall

Delete the stack in the CloudFormation console, or:

```sh
aws cloudformation delete-stack --region ${guide.launch.region} --stack-name ${guide.launch.stackName}
```

Once the roles are gone, nothing lets ${guide.vendor} into your account.

<#if guide.retained?has_content>
These stay, on purpose:

| Resource | Type | Why it stays | To remove it |
| --- | --- | --- | --- |
<#list guide.retained as kept>
| ${kept.logicalId} | ${kept.type} | ${kept.why} | ${kept.removal} |
</#list>
<#else>
Nothing of the stack stays behind.
</#if>

## How it fits together

```mermaid
${guide.mermaid}
```
