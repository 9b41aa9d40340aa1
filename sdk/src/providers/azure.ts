/**
 * Azure Resource Manager (`management.azure.com`), the API every Azure control-plane call
 * goes through (the portal, the CLI, Terraform's `azurerm` and `azapi`, Pulumi, the
 * `azure-mgmt-*` SDKs). Not one of spec section 14's 32: added because its failures are
 * among the most pasted (Terraform and AKS logs), and because two of them read wrong
 * without it. It answers in `{"error": {"code", "message", "details"}}` (no Graph
 * `innerError`), and its permission model is Azure RBAC, not OAuth scopes: a token for
 * `https://management.azure.com/.default` carries no per-action scope, so a missing
 * permission is a role to assign, never a consent to ask for again.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

/** Codes only Resource Manager sends (its common deployment errors): a body with one is Resource Manager's. */
const ARM_CODES = [
  "AuthorizationFailed",
  "LinkedAuthorizationFailed",
  "AnotherOperationInProgress",
  "ConflictingConcurrentWriteNotAllowed",
  "MissingSubscriptionRegistration",
  "NoRegisteredProviderFound",
  "InvalidAuthenticationTokenTenant",
  "ExpiredAuthenticationToken",
  "SubscriptionNotFound",
  "ResourceGroupNotFound",
  "RequestDisallowedByPolicy",
  "InvalidTemplateDeployment",
  "ReadOnlyDisabledSubscription",
  "SubscriptionRequestsThrottled",
  "ResourceRequestsThrottled",
  // A write refused by a resource lock (https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/lock-resources).
  "ScopeLocked",
];

/** The codes of a resource a concurrent operation holds: the same call passes once that operation ends. */
const CONCURRENT = ["AnotherOperationInProgress", "ConflictingConcurrentWriteNotAllowed"];

export const azure = provider({
  id: "azure",
  name: "Azure Resource Manager",
  hosts: ["management.azure.com", "management.usgovcloudapi.net", "management.chinacloudapi.cn"],
  // Its management SDKs: Python's `azure.mgmt.*`, .NET's `Azure.ResourceManager`. Not `azure.core`
  // or `Azure.Core`: every Azure data-plane client (Storage, Key Vault, OpenAI) shares them; nor
  // Java's `com.azure.resourcemanager` or .NET's older `Microsoft.Azure.Management`, whose first
  // two names (all a client name is read by) hold the data-plane clients too.
  clients: { packages: ["azure.mgmt", "Azure.ResourceManager"], classes: [] },
  // Terraform's two providers for it (`azurerm`, `azapi`) name it in their diagnostics' resource types.
  aliases: ["arm", "azurerm", "azapi", "azure-resource-manager", "azure-native"],
  // The correlation id first: Resource Manager adds it to every request it proxies, the
  // resource provider must log it, and the subscription's Activity Log lists operations by
  // it (`correlationId`), so it finds the failure end to end; `x-ms-request-id` is one hop's.
  requestIdHeaders: ["x-ms-correlation-request-id", "x-ms-request-id"],
  fingerprints: {
    // Resource Manager's routing id and its remaining-request counts are sent by no other API.
    headers: [
      "x-ms-routing-request-id",
      "x-ms-ratelimit-remaining-subscription-reads",
      "x-ms-ratelimit-remaining-subscription-writes",
      "x-ms-ratelimit-remaining-subscription-deletes",
      "x-ms-ratelimit-remaining-tenant-reads",
      "x-ms-ratelimit-remaining-tenant-writes",
    ],
    body: {
      any: [
        { json: "error.code", is: ARM_CODES },
        // Microsoft.Network's 429 while another operation holds the resource ("The call can be retried in 14 seconds.").
        { json: "error.details[].code", is: "RetryableErrorDueToAnotherOperation" },
        // Its RBAC refusal's own words, also when a client printed the message alone.
        { json: "error.message", matches: /does not have authorization to perform action '/ },
        { text: /does not have authorization to perform action '[A-Za-z]{1,40}\.[A-Za-z]{1,40}\// },
      ],
    },
  },
  message: ["error.message"],
  signals: {
    "provider.azure.another-operation-in-progress": {
      status: [409],
      when: { any: [{ json: "error.code", is: CONCURRENT }, { header: "x-ms-error-code", is: CONCURRENT }] },
      error: "ProviderAPIError",
      retryable: true,
    },
    "provider.azure.authorization-failed": {
      status: [403],
      when: { json: "error.code", is: ["AuthorizationFailed", "LinkedAuthorizationFailed"] },
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const azureDocs: ProviderDocs<typeof azure> = {
  docs: [
    { title: "Troubleshoot common Azure deployment errors", url: "https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/common-deployment-errors" },
    { title: "Understand how Azure Resource Manager throttles requests", url: "https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/request-limits-and-throttling" },
    { title: "Resolve errors for resource provider registration", url: "https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/error-register-resource-provider" },
    { title: "Resource Manager's resource provider contract: common API details", url: "https://github.com/Azure/azure-resource-manager-rpc/blob/master/v1.0/common-api-details.md" },
  ],
  requestIdSource: "https://github.com/Azure/azure-resource-manager-rpc/blob/master/v1.0/common-api-details.md",
  answers: {
    scope: {
      rules: ["provider.azure.authorization-failed"],
      note: "Resource Manager has no per-action OAuth scope: the token's audience is `https://management.azure.com/`, and what it may do is the principal's Azure RBAC roles. A missing permission is 403 `AuthorizationFailed`, whose message names the action and the scope: assign a role that grants that action at that scope (then get a new token if the role was just granted); re-consenting changes nothing.",
    },
    credential: {
      rules: ["provider.401"],
      note: "`ExpiredAuthenticationToken`, `InvalidAuthenticationToken` and `InvalidAuthenticationTokenTenant` (a token issued by another tenant than the subscription's) are 401s: get a new token, for the subscription's tenant.",
    },
    rateLimit: {
      rules: ["provider.error", "provider.azure.another-operation-in-progress"],
      note: "A 429 with `Retry-After` in seconds, from Resource Manager (per principal, per subscription or tenant, per hour) or from the resource provider behind it; the remaining counts are `x-ms-ratelimit-remaining-subscription-reads`, `-writes` and `-deletes` (and `-tenant-`), with no reset header. A resource provider's 429 may also be a temporary conflict (`RetryableErrorDueToAnotherOperation`), and a 409 `AnotherOperationInProgress` is one: wait and retry the same call.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "`MissingSubscriptionRegistration` (409) and `NoRegisteredProviderFound` are a resource provider namespace the subscription has not registered: `az provider register --namespace <namespace>`, then call again. Not retryable until then.",
    "Quota refusals (`QuotaExceeded`, `OperationNotAllowed` \"…exceeding approved … quota\") are 4xx and stay so until a quota increase is granted: not retryable.",
    "`RequestDisallowedByPolicy` (403) is an Azure Policy assignment, not a missing role: a role assignment does not lift it.",
    "A Terraform `azurerm` or `azapi` diagnostic names it by its resource type (`in resource \"azurerm_…\"`); Terraform's `azuread` provider calls Microsoft Graph instead.",
  ],
  signals: {
    "provider.azure.another-operation-in-progress": {
      statement:
        "Resource Manager's 409 `AnotherOperationInProgress` (\"Another operation on this or dependent resource is in progress\") or `ConflictingConcurrentWriteNotAllowed` (\"interrupted by a conflicting concurrent write on the same entity. Please retry later.\") is a retryable ProviderAPIError, although a 409 otherwise is not: the resource is held by a concurrent operation (a parallel Terraform apply on the same virtual network, say); wait for it to finish (its status URI is in the message) and send the same call again.",
      action: "Wait for the other operation on the resource to finish (the message gives its status URI), then send the same call again.",
      source: "https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/common-deployment-errors",
      examples: [
        {
          source: "https://github.com/haflidif/terraform-azurerm-alz-subnet/blob/main/README.md",
          text: `│ --------------------------------------------------------------------------------
│ RESPONSE 409: 409 Conflict
│ ERROR CODE: AnotherOperationInProgress
│ --------------------------------------------------------------------------------
│ {
│   "error": {
│     "code": "AnotherOperationInProgress",
│     "message": "Another operation on this or dependent resource is in progress. To retrieve status of the operation use uri: https://management.azure.com/subscriptions/<GUID_REMOVED>/providers/Microsoft.Network/locations/westeurope/operations/<GUID_REMOVED>?api-version=2023-04-01.",
│     "details": []
│   }
│ }
│ --------------------------------------------------------------------------------`,
        },
        {
          // Pulumi retries it since (the PR), as the message asks.
          source: "https://github.com/pulumi/pulumi-azure-native/pull/4765",
          text: `azure-native:resources:TagAtScope (tags):
error: Status=409 Code="ConflictingConcurrentWriteNotAllowed" Message="The operation was interrupted by a conflicting concurrent write on the same entity. Please retry later."`,
        },
      ],
    },
    "provider.azure.authorization-failed": {
      statement:
        "Resource Manager's 403 `AuthorizationFailed` (\"The client '…' with object id '…' does not have authorization to perform action '…' over scope '…'\") is a ProviderAPIError that is not retryable and is no OAuth scope: the principal lacks an Azure RBAC role granting that action at that scope. Assign one (Owner or User Access Administrator can), then get a new token if the role was just granted, as the message says.",
      action: "Have an Owner or User Access Administrator assign the principal a role granting the action at the scope the message names, then get a new token.",
      source: "https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/common-deployment-errors",
      examples: [
        {
          source: "https://github.com/cloudquery/cloudquery/issues/16133",
          text: `{"level":"error","module":"cli","client":"subscriptions/<AZURE_SUBSCRIPTION_ID>","error":"POST https://management.azure.com/subscriptions/<AZURE_SUBSCRIPTION_ID>/resourceGroups/<AZURE_RESOURCE_GROUP_NAME>/providers/Microsoft.Compute/virtualMachines/<VM_NAME>/assessPatches\\n--------------------------------------------------------------------------------\\nRESPONSE 403: 403 Forbidden\\nERROR CODE: AuthorizationFailed\\n--------------------------------------------------------------------------------\\n{\\n  \\"error\\": {\\n    \\"code\\": \\"AuthorizationFailed\\",\\n    \\"message\\": \\"The client '<CLIENT_ID>' with object id '<CLIENT_ID>' does not have authorization to perform action 'Microsoft.Compute/virtualMachines/assessPatches/action' over scope '/subscriptions/<AZURE_SUBSCRIPTION_ID>/resourceGroups/<AZURE_RESOURCE_GROUP_NAME>/providers/Microsoft.Compute/virtualMachines/<VM_NAME>' or the scope is invalid. If access was recently granted, please refresh your credentials.\\"\\n  }\\n}\\n--------------------------------------------------------------------------------\\n","message":"table resolver finished with error","module":"azure-src","table":"azure_compute_virtual_machine_patch_assessments","time":"2024-01-12T17:07:25Z"}`,
        },
      ],
    },
  },
};
