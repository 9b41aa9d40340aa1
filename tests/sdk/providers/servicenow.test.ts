/**
 * ServiceNow: named by `*.service-now.com`, an instance on its own domain by its `/api/now/` path, its error body (`error.message`
 * and `error.detail` beside `"status": "failure"`), its 401's `Basic realm="Service-now"` and its clients (`pysnow`,
 * `ServiceNowError`); an "ACL Exception ... Failed due to security constraints" 403 is a role the integration user lacks, not
 * retried, and "User Not Authenticated" a credential to replace. Another API's `"status": "failure"` body is not it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { identifyByClient } from "../../../sdk/src/providers/clients.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("servicenow", () => {
  test("an ACL's refusal is a role to grant the integration user, not retried", () => {
    // https://learn.microsoft.com/en-us/azure/azure-monitor/alerts/itsmc-dashboard-errors (the body it quotes; status line added)
    const x = explain(
      'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"error":{"message":"Operation Failed","detail":"ACL Exception Update Failed due to security constraints"}}',
      { now },
    );
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.name, x.error!.retryable]).toEqual([
      "servicenow",
      "body shape",
      "provider.servicenow.acl-denied",
      "ProviderAPIError",
      false,
    ]);
    // https://support.okta.com/help/s/article/ServiceNow-Provisioning-Error-Record-Doesnt-Exist-Or-ACL-Restricts-The-Record-Retrieval
    // (the article's second error, alone)
    const okta = explain("403. Operation Failed. ACL Exception Insert Failed due to security constraints", { now });
    expect([okta.provider?.id, okta.rule, okta.error!.retryable]).toEqual(["servicenow", "provider.servicenow.acl-denied", false]);
  });

  test("User Not Authenticated names it by its error body, and is a credential to replace", () => {
    // https://github.com/panoramicdata/ServiceNow.Api/issues/16
    const x = explain(paste("107-servicenow-api-401-user-not-authenticated-1.txt"), { now });
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.name]).toEqual(["servicenow", "body shape", "provider.401", "ProviderUnauthorizedError"]);
  });

  test("an instance's host, on service-now.com or its own domain, names it", () => {
    // https://github.com/vdesabou/kafka-docker-playground/issues/8780 (google-http-java-client's log of a Table API call)
    const logged = paste("198-servicenow-kafka-connect-google-http-401-1.txt");
    const hosted = explain(logged, { now });
    // (Its headers name it first: `Server: snow_adc` and the Basic realm, read also on a response with no body.)
    expect([hosted.provider?.id, hosted.provider?.evidence, hosted.error!.name, hosted.error!.retryable]).toEqual(["servicenow", "a header's value", "ProviderUnauthorizedError", false]);
    const headless = explain(logged.slice(0, logged.indexOf("HTTP/1.1 401")) + "HTTP/1.1 401 Unauthorized\n", { now });
    expect([headless.provider?.id, headless.provider?.evidence]).toEqual(["servicenow", "an API call in the paste to dev402087.service-now.com"]);
    // Constructed: the same call to an instance on a company's own domain (a custom URL keeps the REST API's /api/now/ path)
    const own = explain("GET https://servicenow.example.com/api/now/table/incident\nHTTP/1.1 403 Forbidden", { now });
    expect(own.provider?.id).toBe("servicenow");
  });

  test("its clients name it", () => {
    // The Ansible collection's error (ansible-collections/servicenow.itsm, plugins/module_utils/errors.py) and pysnow's, as a traceback names them
    expect(identifyByClient("ansible_collections.servicenow.itsm.plugins.module_utils.errors.AuthError: Failed to authenticate with the instance: 401 Unauthorized")?.provider.id).toBe(
      "servicenow",
    );
    expect(identifyByClient("pysnow.exceptions.UnexpectedResponseFormat: Unexpected response")?.provider.id).toBe("servicenow");
  });

  test("another API's failure body, and a 404 that may be an ACL's, are not its ACL signal", () => {
    // Constructed: a `"status": "failure"` body in other members (no `error.detail`) is not its shape
    const other = explain('HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"status":"failure","message":"Invalid request","code":400}', { now });
    expect(other.provider).toBeUndefined();
    // https://support.okta.com/help/s/article/ServiceNow-Provisioning-Error-Record-Doesnt-Exist-Or-ACL-Restricts-The-Record-Retrieval (the read's 404)
    const read = explain(paste("198-servicenow-okta-provisioning-acl-1.txt"), { now });
    expect([read.rule, read.input.status, read.error!.retryable]).toEqual(["provider.error", 404, false]);
  });
});
