/**
 * A network failure as text (format `network-text`, spec section 6): the codes and
 * messages `matchNetworkText` recognises. curl's `--fail` message
 * (`curl: (22) The requested URL returned error: 403`) is a response with that status and
 * no headers: the server answered.
 *
 * Imported by both server and browser code.
 * @module
 */
import { matchCurlHttpError, matchNetworkText } from "../network.js";
import type { ParsedInput } from "../types.js";
import { checkStatus } from "./http.js";

/** curl's `--fail` message: a response with the status it names. */
export function readCurlFail(t: string): ParsedInput | undefined {
  const status = matchCurlHttpError(t);
  if (status === undefined) return undefined;
  checkStatus(status, "in curl's message");
  return {
    format: "network-text",
    status,
    headers: [],
    body: "",
    warnings: ["curl --fail printed only the status: no headers and no body, so the request id, the retry wait and the provider's own words are unknown."],
  };
}

/** A failure with no response, told by its code or message. */
export function readNetworkText(t: string): ParsedInput | undefined {
  const network = matchNetworkText(t);
  return network === undefined ? undefined : { format: "network-text", headers: [], body: "", network, warnings: [] };
}
