/**
 * Hugging Face: a model still loading is waited out for the seconds its body estimates; named by its hosts, its clients and
 * that body.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

describe("huggingface", () => {
  test("a model still loading is retried after its estimated_time; the body alone names it", () => {
    const x = explain('HTTP/1.1 503 Service Unavailable\nContent-Type: application/json\n\n{"error":"Model mistralai/Mistral-7B-Instruct-v0.2 is currently loading","estimated_time":579.3385620117188}');
    expect([x.provider?.id, x.rule, x.error!.retryable, x.error!.retryAfter]).toEqual(["huggingface", "provider.huggingface.model-loading", true, 580]);
  });

  test("its router's host and huggingface_hub's error name it; another 503 is its plain one", () => {
    const x = explain("huggingface_hub.errors.HfHubHTTPError: 503 Server Error: Service Temporarily Unavailable for url: https://router.huggingface.co/featherless-ai/v1/chat/completions");
    expect([x.provider?.id, x.rule, x.error!.retryable]).toEqual(["huggingface", "provider.error", true]);
  });

  test("another API's error that only says a model is loading is not Hugging Face's", () => {
    expect(explain('HTTP/1.1 503 Service Unavailable\n\n{"error":"Model is currently loading"}').provider).toBeUndefined();
  });
});
