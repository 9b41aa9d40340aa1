/**
 * Azure AI services (formerly Cognitive Services): Document Intelligence (Form Recognizer), Language (Text Analytics), Translator,
 * Speech, Vision, Content Safety, each called on a resource's `<name>.cognitiveservices.azure.com`, a regional
 * `<region>.api.cognitive.microsoft.com`, Translator's `api.cognitive.microsofttranslator.com`, or Speech's
 * `<region>.stt.speech.microsoft.com` and `<region>.tts.speech.microsoft.com`. Every call passes the same API Management gateway
 * as Azure OpenAI's (`apim-request-id`, `x-envoy-upstream-service-time`, `x-ms-region`, its 401 "Access denied due to invalid
 * subscription key or wrong API endpoint"), so none of those names it: only its hosts, its clients and the gateway's words for its
 * own pricing tiers do ("... have exceeded rate limit of your current TextAnalytics S pricing tier. Please retry after 1 second.",
 * "Out of call volume quota for FormRecognizer F0 pricing tier. Please retry after 15 days."). Added beyond spec section 14's
 * list: trial pastes of Form Recognizer and Translator went unnamed, their free tier's spent quota unread.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

/**
 * The gateway's rate limit in its own words, for a pricing tier of one of these services: "Requests to the Sentiment Operation under
 * Text Analytics API (v3.2-preview.2) have exceeded rate limit of your current TextAnalytics S pricing tier." (Azure OpenAI's says
 * "token rate limit" or names an `OpenAI` tier, and its "under Azure OpenAI API version" is Azure OpenAI's fingerprint, tried first.)
 */
const RATE_LIMIT = /have exceeded (?:call )?rate limit of your current (?!OpenAI )[A-Za-z]{2,40} [A-Z]{1,2}\d{0,2} pricing tier\b/;
/** A free (F0) tier's call volume for its period spent: "Out of call volume quota for TextTranslator F0 pricing tier." */
const QUOTA = /Out of call volume quota for [A-Za-z]{2,40} [A-Z]{1,2}\d{0,2} pricing tier\b/;
/** The wait its rate limit names: "Please retry after 1 second.", "Please retry after 34 seconds." */
const RETRY_AFTER_SECONDS = /\bPlease retry after (\d{1,6}) seconds?\b/;
/** Translator's own words for its 6-digit codes (401000, 403001, 429001): a code alone is a number other APIs use too. */
const TRANSLATOR_WORDS =
  /^The (?:request is not authorized because credentials are missing or invalid|server rejected the request because the client has exceeded request limits|operation is not allowed because the subscription has exceeded its free quota)\b/;
/** Translator's documented codes (the first three digits its status). */
const TRANSLATOR_CODES = ["401000", "401001", "401015", "403000", "403001", "429000", "429001", "429002"];
/** Document Intelligence's inner error codes under its `InvalidRequest` and `InvalidArgument` (its error guide). */
const DOC_INTEL_INNER = [
  "ContentSourceNotAccessible",
  "ContentSourceTimeout",
  "InvalidContentSourceFormat",
  "InvalidContent",
  "InvalidContentDimensions",
  "InvalidContentLength",
  "InvalidSasToken",
  "InvalidParameterLength",
  "ParameterMissing",
  "DocumentModelLimit",
  "DocumentModelLimitNeural",
  "DocumentModelLimitComposed",
  "InvalidFieldsDefinition",
  "InvalidTrainingContentLength",
  "InvalidTrainingContentPageCount",
  "ModelAnalyzeError",
  "ModelBuildError",
  "ModelComposeError",
  "ModelNotReady",
];
/** Form Recognizer v2's answer to a body it cannot read, as its quickstarts print it. */
const BAD_ARGUMENT_WORDS = /^Bad or unrecognizable request JSON or binary file\./;

export const azureAi = provider({
  id: "azure-ai",
  name: "Azure AI services",
  aliases: [
    "cognitive-services",
    "azure-cognitive-services",
    "azure-ai-services",
    "form-recognizer",
    "document-intelligence",
    "azure-document-intelligence",
    "azure-speech",
    "azure-translator",
    "azure-text-analytics",
  ],
  // Not `apiOnlyHosts`: Azure OpenAI's Entra message names `https://cognitiveservices.azure.com` as a token's audience, and a
  // multi-service resource's host also serves Azure OpenAI's `/openai/deployments/...`: such a URL counts only as a request's.
  hosts: [
    "cognitiveservices.azure.com",
    "api.cognitive.microsoft.com",
    "api.cognitive.microsofttranslator.com",
    "stt.speech.microsoft.com",
    "tts.speech.microsoft.com",
    "stt.speech.azure.cn",
    "tts.speech.azure.cn",
  ],
  // .NET's `Azure.AI.FormRecognizer`, `Azure.AI.DocumentIntelligence`, `Azure.AI.TextAnalytics`, `Azure.AI.Translation.*`,
  // `Azure.AI.Vision.*`, `Azure.AI.ContentSafety` (three names: `Azure.AI.OpenAI` is Azure OpenAI's), the Speech SDK's
  // `Microsoft.CognitiveServices.Speech`, the older `Microsoft.Azure.CognitiveServices.*` and `Microsoft.ProjectOxford.*`; Python's
  // `azure.ai.formrecognizer`, `azure.ai.documentintelligence`, `azure.ai.textanalytics`, `azure.ai.translation`,
  // `azure.ai.contentsafety`, `azure.cognitiveservices.*`; npm's `@azure/ai-form-recognizer`, `@azure-rest/ai-document-intelligence`,
  // `@azure/ai-text-analytics`, `@azure/ai-language-text`, `@azure-rest/ai-translation-text`, `@azure-rest/ai-content-safety`,
  // `microsoft-cognitiveservices-speech-sdk`. Not `Azure.Core`, `azure.core` or `com.azure.core`: every Azure client's.
  clients: {
    packages: [
      "Azure.AI.FormRecognizer",
      "Azure.AI.DocumentIntelligence",
      "Azure.AI.TextAnalytics",
      "Azure.AI.Translation",
      "Azure.AI.Vision",
      "Azure.AI.ContentSafety",
      "Microsoft.CognitiveServices",
      "Microsoft.Azure.CognitiveServices",
      "Microsoft.ProjectOxford",
      "azure.ai.formrecognizer",
      "azure.ai.documentintelligence",
      "azure.ai.textanalytics",
      "azure.ai.translation",
      "azure.ai.contentsafety",
      "azure.cognitiveservices",
      "@azure.ai-form-recognizer",
      "@azure-rest.ai-document-intelligence",
      "@azure.ai-text-analytics",
      "@azure.ai-language-text",
      "@azure-rest.ai-translation-text",
      "@azure-rest.ai-content-safety",
      "microsoft-cognitiveservices-speech-sdk",
    ],
    classes: [],
  },
  // The gateway's id (Azure OpenAI's too), then Translator's own `X-RequestId` ("TRAN.PS1P.8BE7.0622T1018.4F006B").
  requestIdHeaders: ["apim-request-id", "x-requestid"],
  fingerprints: {
    body: {
      any: [
        said("error.message", { matches: RATE_LIMIT }),
        said(["error.message", "message"], { matches: QUOTA }),
        { all: [{ json: "error.code", is: TRANSLATOR_CODES }, { json: "error.message", matches: TRANSLATOR_WORDS }] },
        { all: [{ json: "error.code", is: ["InvalidRequest", "InvalidArgument"] }, { json: "error.innererror.code", is: DOC_INTEL_INNER }] },
        { all: [{ json: "error.code", is: "BadArgument" }, { json: "error.message", matches: BAD_ARGUMENT_WORDS }] },
      ],
    },
  },
  message: ["error.message", "message"],
  signals: {
    // Before the rate limit: the gateway answers a free tier's spent period with 403 (or 429), and a Retry-After of days.
    "provider.azure-ai.call-volume-quota": {
      status: [403, 429],
      when: said(["error.message", "message"], { matches: QUOTA }),
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.azure-ai.rate-limit": {
      status: [429],
      when: { all: [] },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ json: "error.message", capture: RETRY_AFTER_SECONDS }, { text: RETRY_AFTER_SECONDS }],
    },
  },
});

export const azureAiDocs: ProviderDocs<typeof azureAi> = {
  docs: [
    { title: "Document Intelligence error guide (v4.0, v3.1, v3.0)", url: "https://learn.microsoft.com/en-us/azure/ai-services/document-intelligence/v3-error-guide" },
    { title: "Document Intelligence service quotas and limits", url: "https://learn.microsoft.com/en-us/azure/ai-services/document-intelligence/service-limits" },
    { title: "Translator: status and response codes", url: "https://learn.microsoft.com/en-us/azure/ai-services/translator/text-translation/reference/status-response-codes" },
    { title: "Speech to text REST API for short audio (regional endpoints)", url: "https://learn.microsoft.com/en-us/azure/ai-services/speech-service/rest-speech-to-text-short" },
  ],
  requestIdSource: "https://github.com/Azure/azure-sdk-for-net/issues/25014",
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401"],
      note: "401 `{\"error\":{\"code\":\"401\",\"message\":\"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.\"}}`: the key is not this resource's, or the endpoint is another region's or resource's (a key is valid only for its resource and region). Not a user's grant: fix the key or the endpoint, no consent helps. Translator says 401000 \"The request is not authorized because credentials are missing or invalid.\" (often a regional resource's key sent without `Ocp-Apim-Subscription-Region`). Azure OpenAI sends the same 401 words: only the host or the client tells the two apart.",
    },
    rateLimit: {
      rules: ["provider.azure-ai.rate-limit"],
      note: "A 429 per resource and operation (\"Requests to the Sentiment Operation under Text Analytics API (v3.2-preview.2) have exceeded rate limit of your current TextAnalytics S pricing tier. Please retry after 1 second.\"): wait the `Retry-After` sent, else the seconds its message names; a free (F0) tier's limit is far lower (Speech: 20 requests a minute).",
    },
    notRetryable: {
      rules: ["provider.azure-ai.call-volume-quota", "provider.error"],
      note: "A free (F0) tier's call volume for its period spent answers 403 (or 429) \"Out of call volume quota for FormRecognizer F0 pricing tier. Please retry after 15 days. To increase your call volume switch to a paid tier.\" with a `Retry-After` of days: not retried (Azure's own Python clients raise it at once rather than wait); switch to a paid tier or wait for the period. Document Intelligence's 400 `InvalidRequest` and `InvalidArgument` (`innererror.code` `InvalidContent`, `ParameterMissing`, `ContentSourceNotAccessible`, ...) and Form Recognizer v2's `BadArgument` are the request to fix: the generic 400 rule says so.",
    },
  },
  notes: [
    "`apim-request-id` is the id to quote (Translator's is `X-RequestId`); it, `x-envoy-upstream-service-time` and `x-ms-region` come on Azure OpenAI's answers too, so none of them names this provider. No `x-ms-request-id` is documented or shown on its answers.",
    "An Azure OpenAI deployment called on a multi-service resource's `<name>.cognitiveservices.azure.com/openai/deployments/...` is named Azure AI services by that host: its 429 still waits what its message says.",
    "The Speech SDK reports a refused WebSocket upgrade or a throttle in its own codes (`CANCELED: ErrorCode=...`, USP close code 4429), with no HTTP status: those printouts name no status to act on.",
    "An API Management gateway of a company's own says \"Out of call volume quota. Quota will be replenished in 03:30:56.\" (no pricing tier): that is the generic gateway rule's, whatever API is behind it.",
  ],
  signals: {
    "provider.azure-ai.call-volume-quota": {
      statement:
        "Azure AI services answer a free (F0) tier whose call volume for its period is spent with 403 (or 429) \"Out of call volume quota for TextAnalytics F0 pricing tier. Please retry after 15 days. To increase your call volume switch to a paid tier.\" and a `Retry-After` of days: a ProviderAPIError that is not retryable (a retry in seconds meets the same answer; Azure's own Python clients raise it at once); switch the resource to a paid tier, or wait for the period the message names.",
      action: "Switch the resource to a paid tier, or wait out the period the message names; a retry in seconds gets the same answer.",
      source: "https://github.com/Azure/azure-sdk-for-python/issues/25619",
      examples: [
        {
          source: "https://github.com/Azure/azure-sdk-for-python/issues/25619",
          reconstructed: "status line added (the thread says the service answers it with 403 and a Retry-After of 15 days in seconds)",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"error": {"code": "403", "message": "Out of call volume quota for TextAnalytics F0 pricing tier. Please retry after 15 days. To increase your call volume switch to a paid tier."}}`,
        },
      ],
    },
    "provider.azure-ai.rate-limit": {
      statement:
        "Azure AI services answer a resource over its rate for an operation with 429 (\"Requests to the Sentiment Operation under Text Analytics API (v3.2-preview.2) have exceeded rate limit of your current TextAnalytics S pricing tier. Please retry after 1 second.\"): a retryable ProviderAPIError whose wait is the `Retry-After` sent, else the seconds its message names (clients that print only the message drop the header).",
      action: "Wait the `Retry-After` seconds or those the message names (`err.retryAfter`), then send the same call again.",
      source: "https://github.com/Azure/azure-sdk-for-net/issues/25014",
      examples: [
        {
          source: "https://github.com/Azure/azure-sdk-for-net/issues/25014",
          text: `Azure.RequestFailedException : Requests to the Sentiment Operation under Text Analytics API (v3.2-preview.2) have exceeded rate limit of your current TextAnalytics S pricing tier. Please retry after 1 second. Please contact Azure support service if you would like to further increase the default rate limit.
Status: 429 (Too Many Requests)
ErrorCode: 429

Content:
{"error":{"code":"429","message": "Requests to the Sentiment Operation under Text Analytics API (v3.2-preview.2) have exceeded rate limit of your current TextAnalytics S pricing tier. Please retry after 1 second. Please contact Azure support service if you would like to further increase the default rate limit."}}

Headers:
Retry-After: 1
apim-request-id: 335f2f2b-627e-41d6-b5e9-f191dab9e79b
Strict-Transport-Security: max-age=31536000; includeSubDomains; preload
x-content-type-options: nosniff
Content-Length: 314
Content-Type: application/json
Date: Fri, 29 Oct 2021 01:56:14 GMT`,
        },
        {
          source: "https://github.com/Azure/azure-sdk-for-java/issues/20265",
          text: `Exception in thread "main" com.azure.core.exception.HttpResponseException: Status code 429, "{"error":{"code":"429","message": "Requests to the Detect Language Operation under Text Analytics API (v3.1-preview.4) have exceeded rate limit of your current TextAnalytics S2 pricing tier. Please retry after 34 seconds. Please contact Azure support service if you would like to further increase the default rate limit."}}"
        at com.azure.ai.textanalytics.implementation.Utility.mapToHttpResponseExceptionIfExists(Utility.java:130)`,
        },
      ],
    },
  },
};
