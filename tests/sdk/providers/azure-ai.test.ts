/**
 * Azure AI services (Document Intelligence, Language, Translator, Speech): named by its hosts, its clients (`Azure.AI.FormRecognizer`)
 * and the gateway's words for its own pricing tiers; a 429 waits the Retry-After or the seconds its message names; a free tier's
 * spent call volume is not retried. What it shares with Azure OpenAI (`apim-request-id`, the 401 "invalid subscription key or wrong
 * API endpoint") names neither; Azure OpenAI's own words stay Azure OpenAI's, Resource Manager's stay Azure's.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");
const SUBSCRIPTION_KEY_401 =
  '{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}';

describe("azure-ai", () => {
  test("Form Recognizer's .NET client names it; the 401 is a key or endpoint to fix, its apim-request-id quoted", () => {
    // https://github.com/Azure/azure-sdk-for-net/issues/36237
    const x = explain(paste("204-azure-formrecognizer-dotnet-401-1.txt"), { now });
    expect([x.provider?.id, x.rule, x.error!.name, x.error!.retryable, x.error!.requestId]).toEqual([
      "azure-ai",
      "provider.401",
      "ProviderUnauthorizedError",
      false,
      "63bc829f-5905-4c87-9cdc-b582ceae6489",
    ]);
    expect(x.provider?.evidence).toMatch(/^the client in the paste: Azure\.AI\.FormRecognizer\./);
  });

  test("its hosts name it: a resource's, the regional and Translator's, Speech's", () => {
    for (const host of ["contoso.cognitiveservices.azure.com/formrecognizer/v2.1/layout/analyze", "westus.api.cognitive.microsoft.com/vision/v3.2/ocr", "api.cognitive.microsofttranslator.com/translate?api-version=3.0", "westus.tts.speech.microsoft.com/cognitiveservices/v1"]) {
      const x = explain(`HTTP request failed: POST https://${host} -> 401 Unauthorized\n${SUBSCRIPTION_KEY_401}`, { now });
      expect([x.provider?.id, x.error!.name, x.error!.retryable], host).toEqual(["azure-ai", "ProviderUnauthorizedError", false]);
    }
    // https://github.com/terryyin/translate-python/issues/59 (its token endpoint on the regional host)
    const sts = explain(paste("195-azure-translator-requests-401-issuetoken-1.txt"), { now });
    expect([sts.provider?.id, sts.provider?.evidence, sts.error!.name]).toEqual(["azure-ai", "request URL host api.cognitive.microsoft.com", "ProviderUnauthorizedError"]);
  });

  test("Translator's 6-digit code with its own words names it; its X-RequestId is quoted", () => {
    // https://github.com/MicrosoftDocs/azure-docs/issues/57430
    const x = explain(paste("195-azure-translator-401-response-object-1.txt"), { now });
    expect([x.provider?.id, x.rule, x.error!.name, x.error!.requestId]).toEqual(["azure-ai", "provider.401", "ProviderUnauthorizedError", "TRAN.PS1P.8BE7.0622T1018.4F006B"]);
    // https://github.com/MicrosoftDocs/azure-docs/issues/28643 (a bare body: its code states the status)
    expect(explain(paste("183-azure-401000-bare-json-1.txt"), { now }).provider?.id).toBe("azure-ai");
    // Another API's 6-digit code is not Translator's.
    expect(explain('HTTP/1.1 401 Unauthorized\n\n{"error":{"code":401001,"message":"token expired"}}', { now }).provider).toBeUndefined();
  });

  test("a 429 waits the Retry-After sent, else the seconds its message names", () => {
    // https://github.com/Azure/azure-sdk-for-net/issues/25014 (.NET, Retry-After: 1)
    const net = explain(paste("204-azure-ai-textanalytics-dotnet-429-1.txt"), { now });
    expect([net.provider?.id, net.rule, net.error!.retryable, net.error!.retryAfter, net.error!.requestId]).toEqual([
      "azure-ai",
      "provider.azure-ai.rate-limit",
      true,
      1,
      "335f2f2b-627e-41d6-b5e9-f191dab9e79b",
    ]);
    // https://github.com/Azure/azure-sdk-for-java/issues/20265 (Java prints the body alone: its words say 34 seconds)
    const java = explain(paste("204-azure-ai-textanalytics-java-429-34s-1.txt"), { now });
    expect([java.provider?.id, java.provider?.evidence, java.rule, java.error!.retryable, java.error!.retryAfter]).toEqual(["azure-ai", "body shape", "provider.azure-ai.rate-limit", true, 34]);
  });

  test("a free tier's spent call volume is not retried, whether the gateway answers 403 or 429", () => {
    // https://github.com/Azure/azure-sdk-for-python/issues/25619 (the body as quoted; its code states 403)
    const bare = explain(paste("204-azure-ai-textanalytics-f0-quota-403-1.txt"), { now });
    expect([bare.provider?.id, bare.rule, bare.error!.name, bare.error!.retryable]).toEqual(["azure-ai", "provider.azure-ai.call-volume-quota", "ProviderAPIError", false]);
    // The Retry-After of days it comes with is still reported (azure-sdk-for-python's mock of it: 186688 s, "1 day").
    const withHeader = explain(
      'HTTP/1.1 429 Too Many Requests\nRetry-After: 186688\nContent-Type: application/json\n\n{"error": {"code": "403", "message": "Out of call volume quota for FormRecognizer F0 pricing tier. Please retry after 1 day. To increase your call volume switch to a paid tier."}}',
      { now },
    );
    expect([withHeader.provider?.id, withHeader.rule, withHeader.error!.retryable, withHeader.error!.retryAfter]).toEqual(["azure-ai", "provider.azure-ai.call-volume-quota", false, 186688]);
  });

  test("Document Intelligence's InvalidRequest with its inner code names it, and is a request to fix", () => {
    // https://learn.microsoft.com/en-us/azure/ai-services/document-intelligence/v3-error-guide (its example; status line added)
    const x = explain(
      'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":{"code":"InvalidRequest","message":"Invalid request.","innererror":{"code":"InvalidContent","message":"The file is corrupted or format is unsupported. Refer to documentation for the list of supported formats."}}}',
      { now },
    );
    expect([x.provider?.id, x.provider?.evidence, x.error!.name, x.error!.retryable]).toEqual(["azure-ai", "body shape", "ProviderAPIError", false]);
    // Another API's InvalidRequest without its inner codes is not its.
    expect(explain('HTTP/1.1 400 Bad Request\n\n{"error":{"code":"InvalidRequest","message":"Invalid request."}}', { now }).provider).toBeUndefined();
  });

  test("what it shares with Azure OpenAI names neither; Azure OpenAI's 429 and Resource Manager's refusal stay theirs", () => {
    // The shared 401 alone (https://github.com/microsoft/semantic-kernel/issues/10337 is an Azure OpenAI call) and the shared gateway id.
    expect(explain(paste("127-semantic-kernel-azure-401-1.txt"), { now }).provider).toBeUndefined();
    expect(explain(`HTTP/1.1 401 Unauthorized\napim-request-id: 63bc829f-5905-4c87-9cdc-b582ceae6489\nx-envoy-upstream-service-time: 12\n\n${SUBSCRIPTION_KEY_401}`, { now }).provider).toBeUndefined();
    // Azure OpenAI's rate limit names its API version and an AIServices tier: Azure OpenAI's.
    const aoai = explain(
      'HTTP/1.1 429 Too Many Requests\napim-request-id: 1\n\n{"error":{"code":"429","message":"Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-08-01-preview have exceeded call rate limit of your current AIServices S0 pricing tier. Please retry after 2 seconds."}}',
      { now },
    );
    expect([aoai.provider?.id, aoai.rule, aoai.error!.retryAfter]).toEqual(["azure-openai", "provider.azure-openai.rate-limit", 2]);
    // https://github.com/microsoft/copilot-camp/issues/551 (Azure OpenAI's gateway 429, with its apim-request-id and x-ms-region)
    expect(explain(paste("117-azure-429-inside-400-headers-1.txt"), { now }).provider?.id).toBe("azure-openai");
    // An Azure OpenAI resource's host, and an Entra token's audience named in Azure OpenAI's message, are not this provider's calls.
    expect(explain(paste("106-llamaindex-azure-401-1.txt"), { now }).provider?.id).toBe("azure-openai");
    expect(explain(paste("103-azure-token-missing-invalid-or-expired-401-1.txt"), { now }).provider).toBeUndefined();
    // Resource Manager's RBAC refusal on a Cognitive Services account stays Azure's.
    const arm = explain(
      "HTTP/1.1 403 Forbidden\nx-ms-request-id: 1\n\n{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"The client 'x' with object id 'y' does not have authorization to perform action 'Microsoft.CognitiveServices/accounts/listKeys/action' over scope '/subscriptions/s/resourceGroups/r/providers/Microsoft.CognitiveServices/accounts/a' or the scope is invalid.\"}}",
      { now },
    );
    expect([arm.provider?.id, arm.rule]).toEqual(["azure", "provider.azure.authorization-failed"]);
    // API Management's own quota words (no pricing tier), in front of another API, stay the generic gateway rule's.
    const apim = explain(paste("132-azure-apim-quota-403-python-log-1.txt"), { now });
    expect([apim.provider, apim.rule, apim.error!.retryable]).toEqual([undefined, "provider.gateway-quota-renews", true]);
  });
});
