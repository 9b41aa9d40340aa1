/**
 * Hugging Face's inference APIs (the serverless Inference API at `api-inference.huggingface.co`, the Inference Providers router
 * at `router.huggingface.co`) and the Hub (`huggingface.co/api`). A model not yet loaded answers 503 with the seconds it expects
 * to take; the Hub answers with `X-Request-Id`, which `huggingface_hub` prints in its errors.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

/** Its words for a model still loading: "Model distilbert-base-cased-distilled-squad is currently loading". */
const LOADING = /\bis currently loading\b/;

export const huggingface = provider({
  id: "huggingface",
  name: "Hugging Face",
  hosts: ["huggingface.co", "hf.co"],
  aliases: ["hf", "hugging-face"],
  // `HfHubHTTPError` and its subclasses; `@huggingface/inference` for JavaScript.
  clients: { packages: ["huggingface_hub", "@huggingface"], classes: ["Hf"] },
  requestIdHeaders: ["x-request-id"],
  // The loading body is its own: `{"error": "Model <id> is currently loading", "estimated_time": 20.0}`.
  fingerprints: { body: { all: [{ json: "error", matches: LOADING }, { json: "estimated_time" }] } },
  // That body printed without its status (a curl command's output in an issue): the 503 its docs give it.
  documentedStatus: {
    source: "https://huggingface.co/docs/api-inference/parameters",
    // (Or the message alone, the whole of it: the body's `error` member, as a Python dict's printout keeps it.)
    messages: [
      [/(?<=^|\n|: ?|")Model [\w./-]{1,200} is currently loading"?,[ \t]{0,4}"estimated_time"[ \t]{0,4}:/, 503],
      [/^Model [\w./-]{1,200} is currently loading$/, 503],
    ],
  },
  signals: {
    "provider.huggingface.model-loading": {
      status: [503],
      when: { json: "error", matches: LOADING },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ json: "estimated_time" }],
    },
  },
});

export const huggingfaceDocs: ProviderDocs<typeof huggingface> = {
  docs: [
    { title: "Inference API: parameters (x-wait-for-model)", url: "https://huggingface.co/docs/api-inference/parameters" },
    { title: "huggingface_hub: HfHubHTTPError", url: "https://huggingface.co/docs/huggingface_hub/package_reference/utilities#huggingface_hub.errors.HfHubHTTPError" },
  ],
  requestIdSource: "https://huggingface.co/docs/huggingface_hub/package_reference/utilities#huggingface_hub.errors.HfHubHTTPError",
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401"],
      note: "A missing, wrong or revoked access token (`hf_...`), or one without the permission to call Inference Providers, is a 401 (\"Invalid username or password.\", \"Invalid credentials in Authorization header\").",
    },
    rateLimit: {
      rules: ["provider.huggingface.model-loading", "provider.error"],
      note: "A model being loaded is a 503 with `estimated_time` in seconds: wait that long, or send `x-wait-for-model: true` (`wait_for_model` in the older options) to have the call wait. Rate limits are 429s; no wait header is documented.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "Inference Providers bills by credits: a 402 \"You have exceeded your monthly included credits\" waits for the next month or a paid plan, not a retry.",
  ],
  signals: {
    "provider.huggingface.model-loading": {
      statement:
        "Hugging Face's Inference API answers 503 with `{\"error\": \"Model <id> is currently loading\", \"estimated_time\": <seconds>}` while it loads a model it had not kept ready: a retryable ProviderAPIError whose wait is `estimated_time`; the header `x-wait-for-model: true` makes the next call wait for it instead. A model that stays loading for hours is not served: try another.",
      action: "Wait `estimated_time` seconds (`err.retryAfter`) and send the call again, or send `x-wait-for-model: true`; if it loads for hours, try another model.",
      source: "https://huggingface.co/docs/api-inference/parameters",
      examples: [
        {
          source: "https://github.com/huggingface/unity-api/issues/18",
          reconstructed: "the first line of the Unity log, without the stack of calls below it",
          text: `Attempted request to https://api-inference.huggingface.co/models/distilbert-base-cased-distilled-squad failed: HTTP/1.1 503 Service Unavailable - {"error":"Model distilbert-base-cased-distilled-squad is currently loading","estimated_time":20.0}`,
        },
      ],
    },
  },
};
