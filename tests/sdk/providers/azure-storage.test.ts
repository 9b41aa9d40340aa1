/**
 * Azure Storage: named by its hosts, its servers' names and its XML error whose message ends with the request's id; its codes
 * read from the XML, a JSON body or the `x-ms-error-code` header; its request id from the header, else from the message.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const xml = (code: string, message: string) =>
  `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}\nRequestId:c83039d6-b01e-0015-5ed8-17dadc000000\nTime:2024-05-02T10:01:02.1234567Z</Message></Error>`;

describe("azure-storage", () => {
  test("its XML error names it, and its message gives the request id when no header does", () => {
    const x = explain(`HTTP/1.1 403 Forbidden\nContent-Type: application/xml\n\n${xml("AuthorizationPermissionMismatch", "This request is not authorized to perform this operation using this permission.")}`);
    expect([x.provider?.id, x.rule, x.error!.retryable, x.error!.requestId]).toEqual([
      "azure-storage",
      "provider.azure-storage.permission-mismatch",
      false,
      "c83039d6-b01e-0015-5ed8-17dadc000000",
    ]);
  });

  test("its code from the x-ms-error-code header alone (a HEAD has no body); its server's name identifies a body", () => {
    const x = explain("HTTP/1.1 403 Forbidden\nServer: Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0\nx-ms-request-id: 1a9db850-b01e-0036-17c2-5708ec000000\nx-ms-error-code: AuthenticationFailed\n\n", {
      providerId: "azure-storage",
    });
    expect([x.rule, x.error!.name, x.error!.requestId]).toEqual([
      "provider.azure-storage.authentication-failed",
      "ProviderUnauthorizedError",
      "1a9db850-b01e-0036-17c2-5708ec000000",
    ]);
    const served = explain("HTTP/1.1 500 Internal Server Error\nServer: Windows-Azure-Queue/1.0 Microsoft-HTTPAPI/2.0\n\nServer encountered an internal error.");
    expect(served.provider?.id).toBe("azure-storage");
  });

  test("ServerBusy is retried; a host of its account names it", () => {
    const x = explain(`HTTP/1.1 503 Service Unavailable\n\n${xml("ServerBusy", "Egress is over the account limit.")}`, { providerId: "azure-storage" });
    expect([x.rule, x.error!.retryable]).toEqual(["provider.azure-storage.server-busy", true]);
    const hosted = explain('GET https://acct.queue.core.windows.net/q/messages\n--------------------------------------------------------------------------------\nRESPONSE 404: 404 The specified queue does not exist.\nERROR CODE: QueueNotFound\n--------------------------------------------------------------------------------');
    expect(hosted.provider?.id).toBe("azure-storage");
  });

  test("S3's XML error, its RequestId an element of its own, is not Azure Storage's", () => {
    const s3 = explain('HTTP/1.1 403 Forbidden\n\n<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>7B92N9P287TVT1QR</RequestId></Error>');
    expect(s3.provider?.id).not.toBe("azure-storage");
  });
});
