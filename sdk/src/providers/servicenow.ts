/**
 * ServiceNow (an instance's REST APIs at `<instance>.service-now.com/api/now/...`, the Table API above all; also an instance on a
 * company's own domain): an error is `{"error": {"message": "Operation Failed", "detail": "ACL Exception Insert Failed due to
 * security constraints"}, "status": "failure"}`, a shape only it sends, its 401 challenges `Basic realm="Service-now"`, and its
 * answers name their server `snow_adc`.
 * A 403 whose detail is an "ACL Exception ... Failed due to security constraints" is the instance's access control refusing the
 * integration user: it lacks a role (`itil`, the table's) or an ACL's condition. That user's credential is valid and reconnecting
 * brings the same user back, so the signal answers it not retryable: an admin grants the role or changes the ACL. The generic
 * rules read its 401 ("User Not Authenticated", "Required to provide Auth information") as a credential to replace, and its 429
 * (an instance's rate limit rules) by its `Retry-After`. No request id is documented.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

/** Its access control's refusal (an insert, an update, a delete, a read), as the body's detail or printed. */
const ACL = /ACL Exception \w{1,20} Failed due to security constraints/;

export const servicenow = provider({
  id: "servicenow",
  name: "ServiceNow",
  aliases: ["service-now"],
  // service-now.com (every instance, `<instance>.service-now.com`), servicenow.com (its store, developer portal and docs; its
  // site, so a URL there counts only as a request URL or one that looks like an API's).
  hosts: ["service-now.com", "servicenow.com"],
  // An instance on a company's own domain (`servicenow.example.com`, `snow.example.com`): its REST APIs' path.
  selfHosted: { labels: ["servicenow", "snow"], path: /^\/api\/now\// },
  // Its clients: pysnow (`pysnow.exceptions.UnexpectedResponseFormat`), PySNC (`pysnc.exceptions`), the Ansible collection
  // `servicenow.itsm` (its modules' `ServiceNowError`), ServiceNow.Api (.NET). Classes starting `ServiceNow`.
  clients: { packages: ["pysnow", "pysnc", "servicenow", "ansible_collections.servicenow", "ServiceNow"], classes: ["ServiceNow"] },
  fingerprints: {
    body: {
      any: [
        // Its error body: a message and a detail under `error`, and `"status": "failure"`.
        { all: [{ json: "status", is: "failure" }, { json: "error.message" }, { json: "error.detail" }] },
        // Its 401's challenge, and its front end's name (`Server: snow_adc`, on every answer: kafka-docker-playground#8780).
        { header: "www-authenticate", matches: /^Basic realm="Service-now"/i },
        { header: "server", is: "snow_adc" },
        // Its access control's words, as the body's detail or printed.
        { json: "error.detail", matches: ACL },
        { text: ACL },
      ],
    },
  },
  message: ["error.detail", "error.message"],
  signals: {
    // The integration user lacks the role (or an ACL's condition) for the table and operation: an admin must grant it.
    "provider.servicenow.acl-denied": {
      status: [403],
      when: { any: [{ json: "error.detail", matches: ACL }, { text: ACL }] },
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const servicenowDocs: ProviderDocs<typeof servicenow> = {
  docs: [
    { title: "REST API HTTP response codes (KB1479016)", url: "https://support.servicenow.com/kb?id=kb_article_view&sysparm_article=KB1479016" },
    { title: "Inbound REST API rate limiting (429, Retry-After, X-RateLimit-*)", url: "https://www.servicenow.com/docs/bundle/yokohama-api-reference/page/integrate/inbound-rest/concept/inbound-REST-API-rate-limiting.html" },
    { title: "Inbound Web Services: rate limits and throttling (KB3046852)", url: "https://support.servicenow.com/kb?id=kb_article_view&sysparm_article=KB3046852" },
  ],
  answers: {
    scope: {
      rules: ["provider.servicenow.acl-denied"],
      note: "An operation the integration user may not do answers 403 \"Operation Failed\" with the detail \"ACL Exception Insert Failed due to security constraints\" (Update, Delete): the user lacks the role the table's ACL asks for (`itil` for incidents) or fails its condition. An admin grants the role or changes the ACL; the same user reconnecting meets the same answer. A read it may not do answers 404 \"No Record found\" with \"Record doesn't exist or ACL restricts the record retrieval\", which does not say which.",
    },
    credential: {
      rules: ["provider.401"],
      note: "A wrong or locked user, a password, or an expired OAuth token answers 401 `{\"error\": {\"message\": \"User Not Authenticated\", \"detail\": \"Required to provide Auth information\"}, \"status\": \"failure\"}` with `WWW-Authenticate: Basic realm=\"Service-now\"`. A user that may not use web services (\"Web service access only\", SSO-only accounts) is refused the same way.",
    },
    rateLimit: {
      rules: ["provider.error"],
      note: "An instance's rate limit rules (per user, per role, or for everyone, counted per hour) answer 429 with `Retry-After` (seconds), `X-RateLimit-Limit`, `X-RateLimit-Reset` (epoch seconds) and `X-RateLimit-Rule`; the generic rules wait for `Retry-After`. The limits are the instance's, set by its admins.",
    },
    notRetryable: {
      rules: ["provider.servicenow.acl-denied"],
      note: "A 403 is an ACL, a business rule or a data policy refusing the operation: none passes on a retry.",
    },
  },
  notes: [
    "A developer instance that hibernates answers its wake-up page in HTML instead of JSON (pysnow's `ijson` then fails on '<'): wake it in the developer portal.",
    "No request id is documented; quote the time and the instance's name to its admins, who find the call in the transaction log.",
  ],
  signals: {
    "provider.servicenow.acl-denied": {
      statement:
        "ServiceNow answers an operation the instance's access control refuses the integration user with 403 \"Operation Failed\" and the detail \"ACL Exception Insert Failed due to security constraints\" (Update, Delete): a ProviderAPIError that is not retryable; the user lacks the role (or an ACL's condition) the table asks for, so an admin grants it. Reconnecting brings the same user back.",
      action: "Have a ServiceNow admin grant the integration user the role (or meet the ACL's condition) the table asks for: reconnecting does not help.",
      source: "https://support.servicenow.com/kb?id=kb_article_view&sysparm_article=KB1479016",
      examples: [
        {
          source: "https://support.okta.com/help/s/article/ServiceNow-Provisioning-Error-Record-Doesnt-Exist-Or-ACL-Restricts-The-Record-Retrieval",
          reconstructed: "the second of the two errors the article quotes, alone (the first is the 404 of a read)",
          text: `403. Operation Failed. ACL Exception Insert Failed due to security constraints`,
        },
        {
          source: "https://learn.microsoft.com/en-us/azure/azure-monitor/alerts/itsmc-dashboard-errors",
          reconstructed: "status line added (the page quotes the body; ServiceNow answers ACL failures with a 403, KB1479016), and the closing brace its quote lacks",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"error":{"message":"Operation Failed","detail":"ACL Exception Update Failed due to security constraints"}}`,
        },
      ],
    },
  },
};
