/**
 * Azure OpenAI: OpenAI's models behind an Azure resource (`<resource>.openai.azure.com`), called
 * with OpenAI's SDKs, Azure's, Semantic Kernel or LangChain. Not OpenAI's API: its errors are
 * Azure's `{"error": {"code": "DeploymentNotFound", "message"}}` or a numeric `code` as text
 * (`"429"`), its rate limits are per deployment and say their wait in words ("Please retry after
 * 45 seconds") and in `retry-after`, `retry-after-ms` or `x-rate-limit-reset-tokens`, and the URL
 * names a deployment (a name the resource's owner chose), not a model. Added beyond spec section
 * 14's list: trial pastes kept showing it unnamed, its request id unquoted.
 * @module
 */
import { INCLUDE_REQUEST_ID } from "./openai.js";
import { provider, said, type ProviderDocs } from "./types.js";

/** The words its rate limits and quota messages say: "This request was for ChatCompletions_Create under Azure OpenAI API version 2023-05-15." */
// Its API version in a message, or its 5xx's pointer to an Azure support request (the fwlink OpenAI's messages do not have), or its
// newer rate limits' sentence, a deployment and its region ("Your requests to gpt-5.1 for gpt-5.1 in East US 2 have exceeded the token
// rate limit for your current AIServices S0 pricing tier", dyad-sh/dyad#1849; "Your requests to gpt-5.4 in eastus have exceeded the
// rate limit", rancher-ai-agent#364): OpenAI's own says "Rate limit reached for <model> in organization ...".
const OWN_WORDS = /\bunder Azure OpenAI API version \d{4}-\d\d-\d\d\b|\bYour requests to [\w.:-]{1,80}(?: for [\w.:-]{1,80})? in [A-Za-z0-9 ]{2,40} have exceeded the (?:token )?rate limit\b|\bcontact us through an Azure support request at: https:\/\/go\.microsoft\.com\/fwlink\/\?linkid=2213926\b/;

/** The wait its message names: its own "Please retry after 7 seconds.", or API Management's "Try again in 2 seconds." in front of it. */
const RETRY_IN_SECONDS = /\b(?:Please retry after|Try again in) (\d{1,6}) seconds?\b/;

export const azureOpenai = provider({
  id: "azure-openai",
  name: "Azure OpenAI",
  aliases: ["aoai", "azureopenai"],
  hosts: ["openai.azure.com"],
  apiOnlyHosts: true,
  // Its SDKs are OpenAI's (which call every OpenAI-compatible API) and Azure's, whose errors are Azure.Core's: only the
  // JavaScript one's directory in a stack trace names it.
  clients: { packages: ["@azure.openai"], classes: [] },
  // The API Management gateway in front of every deployment stamps `apim-request-id` (openai/openai-python#937's 429).
  requestIdHeaders: ["apim-request-id", "x-request-id"],
  bodyRequestId: [{ json: "error.message", capture: INCLUDE_REQUEST_ID }],
  fingerprints: {
    // Its content filter's stamp on every answer of a deployment (Azure AI Content Safety, "Responsible AI"), beside `apim-request-id`
    // and `azureml-model-session`: what Azure.Core's RequestFailedException prints under "Headers:" when the ids are redacted.
    headers: ["x-ms-rai-invoked"],
    body: {
      any: [
        // A deployment the URL names that the resource does not have: a code only it sends.
        { json: "error.code", is: ["DeploymentNotFound"] },
        // Its content filter's verdict inside the error (`innererror.code`, `content_filter_result`).
        { json: "error.innererror.code", is: ["ResponsibleAIPolicyViolation"] },
        said("error.message", { matches: OWN_WORDS }),
      ],
    },
  },
  signals: {
    "provider.azure-openai.rate-limit": {
      status: [429],
      when: { all: [] },
      error: "ProviderAPIError",
      retryable: true,
      // Its message says the wait; a token limit also comes as `x-rate-limit-reset-tokens` in seconds (not OpenAI's
      // `x-ratelimit-reset-tokens`, a duration): after `retry-after-ms` and `Retry-After`, which the generic places read first.
      // (Or its gateway's words, API Management's "Rate limit is exceeded. Try again in 2 seconds.")
      wait: [
        { header: "x-rate-limit-reset-tokens" },
        { json: "error.message", capture: RETRY_IN_SECONDS },
        { text: RETRY_IN_SECONDS },
      ],
    },
    "provider.azure-openai.deployment-not-found": {
      status: [404],
      when: { any: [{ json: "error.code", is: "DeploymentNotFound" }, { text: /\bDeploymentNotFound\b/ }] },
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const azureOpenaiDocs: ProviderDocs<typeof azureOpenai> = {
  docs: [
    { title: "Quotas and limits", url: "https://learn.microsoft.com/en-us/azure/ai-foundry/openai/quotas-limits" },
    { title: "Manage quota (rate limits)", url: "https://learn.microsoft.com/en-us/azure/ai-services/openai/how-to/quota" },
    { title: "Content filtering", url: "https://learn.microsoft.com/en-us/azure/ai-services/openai/concepts/content-filter" },
  ],
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401"],
      note: "401 \"Access denied due to invalid subscription key or wrong API endpoint\": the key is not this resource's (or the endpoint's region is wrong); with Microsoft Entra ID, \"Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired\": get a token for that audience.",
    },
    rateLimit: {
      rules: ["provider.azure-openai.rate-limit"],
      note: "A 429 per deployment, on its tokens or requests per minute (\"have exceeded token rate limit of your current OpenAI S0 pricing tier ... Please retry after 7 seconds\"); the wait in words, in `retry-after` and `retry-after-ms`, or in `x-rate-limit-reset-tokens` (seconds). A daily quota's message asks for a wait of up to 86,400 seconds: raise the deployment's quota instead.",
    },
    notRetryable: { rules: ["provider.azure-openai.deployment-not-found"] },
  },
  notes: [
    "A prompt its content filter refused is a 400 `content_filter` (`innererror.code` `ResponsibleAIPolicyViolation`): change the input; the generic 400 rule says so.",
    "OpenAI's own rate-limit and quota signals do not apply: Azure's messages are other words, and its quota is a deployment's, raised in the Azure portal.",
    "A proxy in front of it (LiteLLM) may pass its 404 or 401 on as a 500 (\"500: AzureException NotFoundError - Error code: 404 - {...}\"): the inner status says what to do.",
  ],
  signals: {
    "provider.azure-openai.rate-limit": {
      statement:
        "Azure OpenAI answers a deployment over its tokens or requests per minute with 429 (\"Requests to the ChatCompletions_Create Operation under Azure OpenAI API version ... have exceeded token rate limit ... Please retry after 7 seconds.\"): a retryable ProviderAPIError whose wait is the `retry-after-ms` or `Retry-After` sent, else `x-rate-limit-reset-tokens`, else the seconds its message names (or its API Management gateway's, \"Rate limit is exceeded. Try again in 2 seconds.\").",
      action: "Wait the `Retry-After` seconds or those the message names (`err.retryAfter`), then send the same call again.",
      source: "https://learn.microsoft.com/en-us/azure/ai-services/openai/how-to/quota",
      examples: [
        {
          source: "https://github.com/icereed/paperless-gpt/issues/814",
          text: "error generating suggestions for document 441: Document 441: error getting response from LLM: all retry attempts failed, last error: API returned unexpected status code: 429: Your requests to gpt-4.1-nano for gpt-4.1-nano in Sweden Central have exceeded the token rate limit for your current AIServices S0 pricing tier. This request was for ChatCompletions_Create under Azure OpenAI API version 2023-05-15. Please retry after 45 seconds.",
        },
      ],
    },
    "provider.azure-openai.deployment-not-found": {
      statement:
        "Azure OpenAI answers 404 `DeploymentNotFound` (\"The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.\") when the URL's deployment name is not one of the resource's deployments: a ProviderAPIError that is not retryable; use the deployment's name (not the model's), on the right resource.",
      action: "Put the deployment's name (not the model's) in the URL, on the resource that has it; a deployment created in the last 5 minutes may need a moment.",
      source: "https://github.com/MicrosoftDocs/azure-docs/issues/114013",
      examples: [
        {
          source: "https://github.com/aurelio-labs/semantic-router/issues/434",
          text: `File "/opt/venv/lib/python3.11/site-packages/openai/_base_client.py", line 921, in request
raise self._make_status_error_from_response(err.response) from None
openai.NotFoundError: Error code: 404 - {'error': {'code': 'DeploymentNotFound', 'message': 'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.'}}`,
        },
        {
          source: "https://github.com/MicrosoftDocs/azure-docs/issues/107395",
          text: `'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.
Status: 404 (Not Found)
ErrorCode: DeploymentNotFound'`,
        },
      ],
    },
  },
};
