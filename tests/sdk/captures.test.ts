/**
 * Real pastes, as developers posted them in public issue threads (each file starts with
 * its source URL and the library line that prints it): every format of spec section 11
 * reads, with the status the text states and nothing guessed; the few a person could not
 * read either (a stack with no status, a capture cut mid-JSON) are refused with a message.
 * Then generated variants of each (CRLF, a sentence before and after, indentation,
 * Markdown around it, truncation) read the same or fail cleanly.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { AlterValueError, parseResponse, type InputFormat } from "../../sdk/src/docs.js";

const DIR = new URL("../fixtures/pastes/", import.meta.url);

interface Capture {
  file: string;
  source: string;
  text: string;
}

function load(file: string): Capture {
  const raw = readFileSync(new URL(file, DIR), "utf8");
  const cut = raw.indexOf("\n---\n");
  const source = /^source: (\S+)/m.exec(raw.slice(0, cut))?.[1] ?? "";
  return { file, source, text: raw.slice(cut + 5) };
}

/** What each capture reads as; `null`: refused, with a message (a person could not read it either). */
const EXPECTED: [string, { format: InputFormat; status: number | undefined } | null][] = [
  ["01-python-requests-1.txt", { format: "log", status: 403 }],
  ["01-python-requests-2.txt", { format: "log", status: 500 }],
  ["01-python-requests-3.txt", { format: "log", status: 500 }],
  ["01-python-requests-4.txt", { format: "log", status: 403 }],
  ["02-python-httpx-1.txt", { format: "log", status: 404 }],
  ["02-python-httpx-2.txt", { format: "log", status: 500 }],
  ["02-python-httpx-3.txt", { format: "log", status: 401 }],
  ["02-python-httpx-4.txt", { format: "log", status: 404 }],
  ["03-slack-python-sdk-1.txt", { format: "log", status: undefined }],
  ["03-slack-python-sdk-2.txt", { format: "log", status: undefined }],
  ["03-slack-python-sdk-3.txt", { format: "log", status: undefined }],
  ["03-slack-python-sdk-4.txt", { format: "log", status: undefined }],
  ["03-slack-ruby-client-1.txt", { format: "log", status: undefined }],
  ["03-slack-ruby-client-2.txt", { format: "log", status: undefined }],
  ["03-slack-ruby-client-3.txt", { format: "log", status: undefined }],
  ["04-anthropic-python-1.txt", { format: "log", status: 529 }],
  ["04-anthropic-python-2.txt", { format: "log", status: 401 }],
  ["04-anthropic-python-3.txt", { format: "log", status: 401 }],
  ["04-openai-python-1.txt", { format: "log", status: 429 }],
  ["04-openai-python-2.txt", { format: "log", status: 401 }],
  ["04-openai-python-3.txt", { format: "log", status: 401 }],
  ["04-openai-python-4.txt", { format: "log", status: 401 }],
  ["05-guzzle-php-1.txt", { format: "log", status: 403 }],
  ["05-guzzle-php-2.txt", { format: "log", status: 403 }],
  ["05-guzzle-php-3.txt", { format: "log", status: 502 }],
  ["05-guzzle-php-4.txt", { format: "log", status: 502 }],
  ["06-go-googleapi-1.txt", { format: "log", status: 403 }],
  ["06-go-googleapi-2.txt", { format: "log", status: 403 }],
  ["06-go-googleapi-3.txt", { format: "log", status: 403 }],
  ["06-go-googleapi-4.txt", { format: "log", status: 403 }],
  ["06-go-http-response-1.txt", { format: "log", status: 404 }],
  ["07-azure-go-azcore-1.txt", { format: "log", status: 404 }],
  ["07-azure-go-azcore-2.txt", { format: "log", status: 409 }],
  ["07-azure-go-azcore-3.txt", { format: "log", status: 403 }],
  ["08-boto2-botoservererror-1.txt", { format: "log", status: 400 }],
  ["08-boto2-botoservererror-2.txt", { format: "log", status: 400 }],
  ["08-boto2-botoservererror-3.txt", { format: "log", status: 401 }],
  ["08-boto2-botoservererror-4.txt", { format: "log", status: 403 }],
  ["08-botocore-clienterror-1.txt", { format: "log", status: undefined }],
  ["08-botocore-clienterror-2.txt", { format: "log", status: undefined }],
  ["08-botocore-clienterror-3.txt", { format: "log", status: undefined }],
  ["09-apache-httpclient-proxy-1.txt", { format: "log", status: 403 }],
  ["10-okhttp-logcat-1.txt", { format: "log", status: 400 }],
  ["10-okhttp-logcat-2.txt", { format: "log", status: 404 }],
  ["10-okhttp-logcat-3.txt", { format: "log", status: 404 }],
  ["10-okhttp-logcat-4.txt", { format: "log", status: 400 }],
  ["11-twilio-1.txt", { format: "log", status: 401 }],
  ["11-twilio-2.txt", { format: "log", status: 401 }],
  ["11-twilio-3.txt", { format: "log", status: 401 }],
  ["11-twilio-4.txt", null],
  ["12-r-gargle-1.txt", { format: "log", status: 403 }],
  ["12-r-gargle-2.txt", { format: "log", status: 403 }],
  ["12-r-gargle-3.txt", { format: "log", status: 403 }],
  ["13-node-axios-1.txt", { format: "log", status: 401 }],
  ["13-node-axios-2.txt", { format: "log", status: 403 }],
  ["13-node-axios-3.txt", { format: "log", status: 500 }],
  ["13-node-request-promise-5.txt", null],
  ["13-node-response-object-4.txt", { format: "log", status: 529 }],
  ["13-node-request-promise-6.txt", { format: "log", status: 429 }],
  ["14-cloudflare-5xx-in-exception-1.txt", { format: "html-page", status: 522 }],
  ["14-cloudflare-5xx-in-exception-2.txt", { format: "html-page", status: 524 }],
  ["14-cloudflare-5xx-in-exception-3.txt", { format: "html-page", status: 524 }],
  ["14-cloudflare-5xx-in-exception-4.txt", { format: "log", status: 522 }],
  ["14-nginx-502-page-1.txt", { format: "html-page", status: 502 }],
  ["14-nginx-502-page-2.txt", { format: "html-page", status: 502 }],
  ["14-nginx-502-page-3.txt", { format: "html-page", status: 502 }],
  ["15-har-chrome-1.txt", { format: "har", status: 404 }],
  ["15-har-chrome-2.txt", { format: "har", status: 400 }],
  ["15-har-chrome-3.txt", null],
  ["15-har-chrome-4.txt", { format: "har", status: undefined }],
  ["15-har-chrome-5.txt", null],
  ["16-python-googleapiclient-1.txt", { format: "log", status: 403 }],
  ["17-openapi-generator-apiexception-1.txt", { format: "log", status: 429 }],
  ["18-status-before-body-1.txt", { format: "log", status: 401 }],
  ["18-status-before-body-2.txt", { format: "log", status: 403 }],
  ["18-status-before-body-3.txt", { format: "log", status: 403 }],
  ["18-status-before-body-4.txt", { format: "log", status: 401 }],
  ["18-status-before-body-5.txt", { format: "log", status: 403 }],
  ["18-status-before-body-6.txt", { format: "log", status: 400 }],
  ["19-slack-web-api-1.txt", { format: "log", status: undefined }],
  ["20-octokit-http-error-1.txt", { format: "json-wrapper", status: 401 }],
  ["21-python-google-api-core-1.txt", { format: "log", status: 403 }],
  ["21-python-google-api-core-2.txt", { format: "log", status: 429 }],
  ["22-octokit-rb-1.txt", { format: "log", status: 403 }],
  ["22-octokit-rb-2.txt", { format: "log", status: 403 }],
  ["23-python-gitlab-1.txt", { format: "log", status: 403 }],
  ["23-python-gitlab-2.txt", { format: "log", status: 401 }],
  ["24-discord-py-1.txt", { format: "log", status: 403 }],
  ["24-discord-py-2.txt", { format: "log", status: 429 }],
  ["25-spotipy-1.txt", { format: "log", status: 403 }],
  ["26-status-phrase-1.txt", { format: "log", status: 403 }],
  ["26-status-phrase-2.txt", { format: "log", status: 403 }],
  ["26-status-phrase-3.txt", { format: "log", status: 403 }],
  ["27-stripe-ruby-1.txt", { format: "log", status: 401 }],
  ["28-box-java-1.txt", { format: "log", status: 401 }],
  ["29-status-before-body-1.txt", { format: "log", status: 401 }],
  ["29-status-before-body-2.txt", { format: "log", status: 401 }],
  ["29-status-before-body-3.txt", { format: "log", status: 403 }],
  ["30-status-message-1.txt", { format: "log", status: 401 }],
  ["30-status-message-2.txt", { format: "log", status: 429 }],
  ["31-exception-json-1.txt", { format: "json-body", status: 429 }],
  ["32-aip193-dict-1.txt", { format: "json-body", status: 429 }],
  ["33-google-java-1.txt", { format: "log", status: 403 }],
  ["34-requests-body-below-1.txt", { format: "log", status: 429 }],
  ["35-go-client-1.txt", { format: "log", status: 403 }],
  ["35-go-client-2.txt", { format: "log", status: 429 }],
  ["35-go-client-3.txt", { format: "log", status: 403 }],
  ["36-discordjs-v12-1.txt", { format: "log", status: 403 }],
  ["37-status-in-words-1.txt", { format: "log", status: 429 }],
  ["37-status-in-words-2.txt", { format: "log", status: 429 }],
  ["37-status-in-words-3.txt", { format: "log", status: 429 }],
  ["37-status-in-words-4.txt", { format: "log", status: 401 }],
  ["38-aws-go-v2-1.txt", { format: "log", status: 403 }],
  ["39-guzzle-list-body-1.txt", { format: "log", status: 401 }],
  ["40-shopify-node-1.txt", { format: "log", status: 403 }],
  ["41-quickbooks-fault-1.txt", { format: "log", status: 403 }],
  ["41-quickbooks-fault-2.txt", { format: "log", status: 403 }],
  ["42-dotnet-webexception-1.txt", { format: "log", status: 401 }],
  ["42-openapi-error-calling-1.txt", { format: "json-body", status: 401 }],
  ["42-guzzle3-1.txt", { format: "log", status: 401 }],
  ["42-http-slash-status-1.txt", { format: "log", status: 429 }],
  ["42-bracket-status-1.txt", { format: "log", status: 401 }],
  ["43-box-sdk-1.txt", { format: "log", status: 403 }],
  ["43-box-sdk-2.txt", { format: "log", status: 403 }],
  ["44-hubspot-status-code-1.txt", { format: "json-body", status: 401 }],
  ["44-status-in-words-5.txt", { format: "log", status: 403 }],
  ["44-status-in-words-6.txt", { format: "log", status: 401 }],
  ["45-headers-below-1.txt", { format: "log", status: 429 }],
  ["46-auth0-java-1.txt", { format: "log", status: 403 }],
  ["47-figma-scope-1.txt", { format: "log", status: 403 }],
  ["48-github-cli-1.txt", { format: "log", status: 403 }],
  ["48-octokit-inspected-1.txt", { format: "log", status: 403 }],
  ["49-chrome-console-1.txt", { format: "log", status: 401 }],
  ["49-chrome-console-2.txt", { format: "log", status: 401 }],
  ["49-volley-1.txt", { format: "log", status: 401 }],
  ["50-status-in-words-7.txt", { format: "log", status: 401 }],
  ["50-status-in-words-8.txt", { format: "log", status: 429 }],
  ["50-status-in-words-9.txt", { format: "log", status: 429 }],
  ["51-jira-status-code-1.txt", { format: "json-body", status: 401 }],
  ["51-graph-java-1.txt", { format: "log", status: 401 }],
  ["52-aws-go-v2-2.txt", { format: "log", status: 400 }],
  ["52-aws-java-v1-1.txt", { format: "log", status: 400 }],
  ["52-aws-go-v1-1.txt", { format: "log", status: 403 }],
  ["53-julia-embedded-1.txt", { format: "http", status: 429 }],
  ["54-spotipy-log-1.txt", { format: "log", status: 403 }],
  // Prose about a status, not a printout of one: nothing to read.
  ["55-not-an-error-1.txt", null],
  ["56-code-is-body-1.txt", { format: "log", status: 403 }],
  ["56-exception-class-status-1.txt", { format: "log", status: 401 }],
  ["56-google-dotnet-1.txt", { format: "log", status: 403 }],
  ["56-lead-status-1.txt", { format: "log", status: 401 }],
  ["56-log-tag-body-1.txt", { format: "log", status: 401 }],
  ["56-reason-dash-1.txt", { format: "log", status: 429 }],
  ["56-requests-in-json-1.txt", { format: "log", status: 429 }],
  ["56-status-in-words-10.txt", { format: "log", status: 401 }],
  ["56-status-in-words-11.txt", { format: "log", status: 401 }],
  ["57-aws-php-1.txt", { format: "log", status: 400 }],
  ["58-dotnet-headers-below-1.txt", { format: "log", status: 401 }],
  ["59-own-status-in-text-1.txt", { format: "log", status: 403 }],
  ["59-own-status-in-text-2.txt", { format: "log", status: 401 }],
  ["59-own-status-in-text-3.txt", { format: "log", status: 401 }],
  ["59-own-status-in-text-4.txt", { format: "log", status: 429 }],
  ["60-error-paren-status-1.txt", { format: "log", status: 401 }],
  ["60-error-paren-status-2.txt", { format: "log", status: 401 }],
  ["60-guzzle-cut-json-1.txt", { format: "log", status: 401 }],
  ["60-lead-status-1.txt", { format: "log", status: 529 }],
  ["60-status-in-words-1.txt", { format: "log", status: 402 }],
  ["60-urllib3-too-many-1.txt", { format: "log", status: 404 }],
  ["60-urllib3-too-many-2.txt", { format: "log", status: 429 }],
  ["61-intuitlib-1.txt", { format: "log", status: 400 }],
  ["61-okhttp-response-1.txt", { format: "log", status: 429 }],
  ["61-slacker-1.txt", { format: "log", status: undefined }],
  ["62-aws-sdk-js-v2-1.txt", { format: "json-body", status: 400 }],
  ["62-body-above-axios-1.txt", { format: "log", status: 429 }],
  ["62-body-below-status-1.txt", { format: "log", status: 403 }],
  ["62-body-below-status-2.txt", { format: "log", status: 403 }],
  ["62-exaws-1.txt", { format: "log", status: 403 }],
  ["62-lead-status-mid-line-1.txt", { format: "log", status: 429 }],
  ["62-wrapped-json-1.txt", { format: "log", status: 529 }],
  ["63-afnetworking-1.txt", { format: "log", status: 401 }],
  ["63-aws-java-cut-1.txt", { format: "log", status: 400 }],
  ["63-aws-sdk-js-v3-1.txt", { format: "json-body", status: 429 }],
  ["63-botocore-status-code-1.txt", { format: "log", status: 403 }],
  ["63-dotnet-not-success-1.txt", { format: "log", status: 401 }],
  ["63-error-code-colon-1.txt", { format: "log", status: 429 }],
  ["63-error-status-colon-1.txt", { format: "log", status: 403 }],
  ["63-google-httperror-quota-1.txt", { format: "log", status: 403 }],
  ["63-google-httperror-scope-1.txt", { format: "log", status: 403 }],
  ["63-google-legacy-body-1.txt", { format: "json-body", status: 403 }],
  ["63-google-legacy-body-2.txt", { format: "log", status: 404 }],
  ["63-gspread-1.txt", { format: "log", status: 429 }],
  ["63-guzzle-bullet-1.txt", { format: "log", status: 504 }],
  ["63-http-response-words-1.txt", { format: "log", status: 401 }],
  ["63-notion-body-1.txt", { format: "json-body", status: 404 }],
  ["63-openai-wrapped-dict-1.txt", { format: "log", status: 429 }],
  ["63-python2-dict-1.txt", { format: "log", status: 403 }],
  ["64-aws-go-v1-one-line-1.txt", { format: "log", status: 403 }],
  ["64-aws-java-old-1.txt", { format: "log", status: 403 }],
  ["64-openai-500-request-id-1.txt", { format: "log", status: 500 }],
  ["65-code-and-reason-1.txt", { format: "log", status: 401 }],
  ["65-terminal-frame-1.txt", { format: "log", status: 403 }],
  ["66-aws-java-v2-1.txt", { format: "log", status: 403 }],
  ["66-aws-js-v2-logger-1.txt", { format: "log", status: 429 }],
  ["66-flurl-1.txt", { format: "log", status: 429 }],
  ["66-github-cli-old-1.txt", { format: "log", status: 401 }],
  ["66-github-cli-url-1.txt", { format: "log", status: 403 }],
  ["66-google-aip193-three-1.txt", { format: "log", status: 401 }],
  ["66-graph-java-1.txt", { format: "log", status: 403 }],
  ["66-simple-salesforce-1.txt", { format: "log", status: 500 }],
  ["67-bang-prefix-1.txt", { format: "log", status: 401 }],
  ["67-body-below-reasons-1.txt", { format: "log", status: 429 }],
  ["67-elixir-term-1.txt", { format: "log", status: 403 }],
  ["67-google-php-v1-1.txt", { format: "log", status: 403 }],
  ["67-jrjc-1.txt", { format: "log", status: 401 }],
  ["68-aws-json-type-1.txt", { format: "http", status: 400 }],
  ["68-continue-then-final-1.txt", { format: "curl-i", status: 401 }],
  ["68-error-status-words-1.txt", { format: "log", status: 403 }],
  ["68-google-zero-quota-1.txt", { format: "log", status: 429 }],
  ["68-hub-saml-1.txt", { format: "log", status: 403 }],
  ["68-intuit-ruby-1.txt", { format: "log", status: 401 }],
  ["68-openai-missing-scope-body-1.txt", { format: "log", status: 401 }],
  ["68-responded-with-status-1.txt", { format: "log", status: 401 }],
  ["69-github-graphql-timeout-1.txt", { format: "log", status: 502 }],
  ["70-app-failed-to-fetch-1.txt", { format: "log", status: 401 }],
  ["70-pygithub-retry-log-1.txt", { format: "log", status: 403 }],
  ["70-zoom-error-line-1.txt", { format: "log", status: 400 }],
  ["71-client-named-1.txt", { format: "log", status: 403 }],
  ["71-client-named-2.txt", { format: "log", status: 402 }],
  ["71-client-named-3.txt", { format: "log", status: 401 }],
  ["71-client-named-4.txt", { format: "log", status: 401 }],
  ["71-client-named-5.txt", { format: "log", status: 401 }],
  ["71-client-named-6.txt", { format: "log", status: 401 }],
  ["71-client-named-7.txt", { format: "log", status: 429 }],
  ["71-client-named-8.txt", { format: "log", status: 409 }],
  ["71-client-named-9.txt", { format: "log", status: 429 }],
  ["71-client-named-10.txt", { format: "log", status: 401 }],
  ["72-compatible-client-1.txt", { format: "log", status: 429 }],
  ["72-compatible-client-2.txt", { format: "log", status: 404 }],
  ["72-compatible-client-3.txt", { format: "log", status: 429 }],
  ["72-kiota-apierror-1.txt", { format: "log", status: 403 }],
  ["72-labelled-body-at-end-1.txt", { format: "log", status: 403 }],
  ["72-shaded-package-1.txt", { format: "log", status: 429 }],
  ["72-status-line-mid-line-1.txt", { format: "log", status: 429 }],
  ["73-probe-commit-message-1.txt", null],
  ["74-airtable-js-1.txt", { format: "log", status: 422 }],
  ["74-discord4j-1.txt", { format: "log", status: 403 }],
  ["74-javacord-1.txt", { format: "log", status: 403 }],
  ["74-jda-rate-limit-1.txt", { format: "log", status: 429 }],
  ["75-amazonka-1.txt", { format: "log", status: 400 }],
  ["75-api-url-in-paste-1.txt", { format: "log", status: 401 }],
  ["75-api-url-in-paste-2.txt", { format: "log", status: 401 }],
  ["75-apps-script-1.txt", { format: "log", status: 500 }],
  ["75-atlassian-error-json-1.txt", { format: "json-body", status: 401 }],
  ["75-aws-go-escaped-1.txt", { format: "log", status: 400 }],
  ["75-aws-lambda-ec2-throttled-1.txt", { format: "log", status: 400 }],
  ["75-aws-sdk-js-v3-members-1.txt", { format: "log", status: 429 }],
  ["75-box-request-id-1.txt", { format: "log", status: 401 }],
  ["75-bracketed-error-status-1.txt", { format: "log", status: 429 }],
  ["75-client-webapi-1.txt", { format: "log", status: 429 }],
  ["75-linkedin-v1-body-1.txt", { format: "json-body", status: 401 }],
  ["75-php-print-r-1.txt", { format: "log", status: 401 }],
  ["75-url-after-status-1.txt", { format: "log", status: 429 }],
  ["75-with-code-before-body-1.txt", { format: "log", status: 403 }],
  ["75-github-support-id-1.txt", { format: "log", status: 403 }],
  ["75-inspected-string-pieces-1.txt", { format: "log", status: 401 }],
  ["76-cloudflare-text-1.txt", { format: "log", status: 520 }],
  ["76-cut-body-own-status-1.txt", { format: "log", status: 401 }],
  ["76-discord-py-rate-limit-1.txt", { format: "log", status: 429 }],
  ["76-indented-response-1.txt", { format: "http", status: 401 }],
  ["76-inspected-code-status-text-1.txt", { format: "log", status: 503 }],
  ["76-pyactiveresource-1.txt", { format: "log", status: 401 }],
  ["76-requests-response-headers-1.txt", { format: "log", status: 429 }],
  ["76-slack-ruby-too-many-requests-1.txt", { format: "log", status: 429 }],
  ["77-box-python-1.txt", { format: "log", status: 403 }],
  ["77-dio-dart-map-1.txt", { format: "log", status: 429 }],
  ["77-got-host-path-1.txt", { format: "log", status: 429 }],
  ["77-printed-error-json-cut-1.txt", { format: "json-wrapper", status: 401 }],
  ["77-response-colon-status-1.txt", { format: "log", status: 429 }],
  ["77-rust-debug-client-class-1.txt", { format: "log", status: 401 }],
  ["77-status-message-url-1.txt", { format: "log", status: 401 }],
  ["77-x-v11-code-88-1.txt", { format: "log", status: 429 }],
  ["78-code-status-colon-reason-1.txt", { format: "log", status: 401 }],
  ["78-dotnet-localized-1.txt", { format: "log", status: 403 }],
  ["78-google-dotnet-blank-line-1.txt", { format: "log", status: 403 }],
  ["78-google-java-request-line-1.txt", { format: "log", status: 403 }],
  ["78-google-rate-limit-message-1.txt", { format: "log", status: 403 }],
  ["78-http-code-error-bracket-1.txt", { format: "log", status: 429 }],
  ["78-pm2-line-prefix-1.txt", { format: "log", status: 403 }],
  ["78-sdk-status-proxy-status-1.txt", { format: "log", status: 502 }],
  ["78-wrapped-json-own-status-1.txt", { format: "log", status: 503 }],
  ["75-openapi-ruby-apierror-1.txt", { format: "log", status: 401 }],
  ["75-terraform-prefixed-dump-1.txt", { format: "http", status: 429 }],
  ["79-aws-go-one-line-1.txt", { format: "log", status: 400 }],
  ["79-body-members-1.txt", { format: "log", status: 429 }],
  ["79-gemini-js-fetch-error-1.txt", { format: "log", status: 429 }],
  ["79-github-own-words-1.txt", { format: "log", status: 403 }],
  ["79-google-api-core-1.txt", { format: "log", status: 429 }],
  ["79-nested-provider-body-1.txt", { format: "log", status: 400 }],
  ["79-nested-provider-body-2.txt", { format: "log", status: 429 }],
  ["79-nshttpurlresponse-1.txt", { format: "log", status: 401 }],
  ["79-printed-request-id-1.txt", { format: "log", status: 429 }],
  ["79-probe-docs-condition-1.txt", null],
  ["79-status-reason-quoted-prose-1.txt", { format: "log", status: 422 }],
  ["79-vercel-ai-response-body-1.txt", { format: "log", status: 429 }],
  ["80-client-identity-1.txt", { format: "log", status: 429 }],
  ["80-error-status-response-body-1.txt", { format: "log", status: 500 }],
  ["80-go-oauth2-token-1.txt", { format: "log", status: 400 }],
  ["80-google-cloud-apierror-1.txt", { format: "log", status: 503 }],
  ["80-msal-dotnet-1.txt", { format: "log", status: 400 }],
  ["80-provider-label-1.txt", { format: "log", status: 400 }],
  ["80-status-body-line-1.txt", { format: "log", status: 529 }],
  ["80-stripe-python-log-1.txt", { format: "log", status: 403 }],
  ["81-aspnet-oauth-failure-1.txt", { format: "log", status: 401 }],
  ["81-bracket-status-line-1.txt", { format: "log", status: 401 }],
  ["81-ci-link-not-request-1.txt", { format: "log", status: 502 }],
  ["81-dotnet-status-name-1.txt", { format: "log", status: 429 }],
  ["81-identity-body-1.txt", { format: "log", status: 400 }],
  ["81-msal-web-log-1.txt", { format: "log", status: 400 }],
  ["81-php-vardump-1.txt", { format: "log", status: 403 }],
  ["81-probe-docs-diff-1.txt", null],
  ["81-refresh-token-words-1.txt", { format: "log", status: 403 }],
  ["81-refresh-token-words-2.txt", { format: "log", status: 400 }],
  ["81-spotipy-wrapped-1.txt", { format: "log", status: 401 }],
  ["81-type-status-message-dashes-1.txt", { format: "log", status: 403 }],
  ["81-unauthorized-client-1.txt", { format: "log", status: 401 }],
  ["81-vs-exception-braces-1.txt", { format: "log", status: 422 }],
  ["81-wrapped-body-in-log-1.txt", { format: "log", status: 401 }],
  ["82-aiohttp-1.txt", { format: "log", status: 403 }],
  ["82-alamofire-1.txt", { format: "log", status: 429 }],
  ["82-axios-body-below-1.txt", { format: "log", status: 403 }],
  ["82-bigquery-after-name-1.txt", { format: "log", status: 403 }],
  ["82-chunked-body-1.txt", { format: "http", status: 429 }],
  ["82-elixir-req-1.txt", { format: "log", status: 429 }],
  ["82-failed-colon-status-1.txt", { format: "log", status: 429 }],
  ["82-openai-scopes-text-1.txt", { format: "log", status: 401 }],
  ["82-other-request-id-header-1.txt", { format: "http", status: 403 }],
  ["82-probe-docs-future-1.txt", null],
  ["82-probe-node-test-1.txt", null],
  ["82-probe-tutorial-1.txt", null],
  ["82-python-jira-1.txt", { format: "log", status: 401 }],
  ["82-response-object-cut-1.txt", { format: "log", status: 403 }],
  ["82-x-usage-cap-words-1.txt", { format: "log", status: 429 }],
  ["83-figma-err-body-1.txt", { format: "log", status: 403 }],
  ["83-firebase-too-many-attempts-1.txt", { format: "log", status: 400 }],
  ["83-github-app-jwt-1.txt", { format: "log", status: 401 }],
  ["83-google-credentials-missing-1.txt", { format: "log", status: 401 }],
  ["83-github-support-id-below-1.txt", { format: "log", status: 403 }],
  ["83-reason-then-status-1.txt", { format: "log", status: 403 }],
  ["83-reason-then-status-2.txt", { format: "log", status: 403 }],
  ["83-response-member-body-1.txt", { format: "json-wrapper", status: 401 }],
  ["83-slack-body-in-log-1.txt", { format: "log", status: undefined }],
  ["83-slack-body-in-log-2.txt", { format: "log", status: undefined }],
  ["83-token-endpoint-401-1.txt", { format: "log", status: 401 }],
  ["83-wait-in-words-1.txt", { format: "log", status: 429 }],
  ["84-claude-code-api-error-1.txt", { format: "log", status: 429 }],
  ["84-credential-missing-1.txt", { format: "log", status: 401 }],
  ["84-credential-missing-2.txt", { format: "log", status: 401 }],
  ["84-discord-continuations-1.txt", { format: "log", status: 429 }],
  ["84-dotnet-status-was-1.txt", { format: "log", status: 422 }],
  ["84-google-consumer-suspended-1.txt", { format: "log", status: 403 }],
  ["84-http-in-brackets-1.txt", { format: "log", status: 400 }],
  ["84-sole-error-list-1.txt", { format: "log", status: 429 }],
  ["84-zdesk-1.txt", { format: "log", status: 401 }],
  ["85-codex-usage-limit-1.txt", { format: "log", status: 429 }],
  ["85-codex-usage-limit-2.txt", { format: "log", status: 429 }],
  ["85-codex-usage-limit-3.txt", { format: "log", status: 429 }],
  ["85-dash-status-body-1.txt", { format: "log", status: 429 }],
  ["85-gemini-cli-wrapped-1.txt", { format: "log", status: 429 }],
  ["85-indented-response-1.txt", { format: "http", status: 401 }],
  ["85-gemini-zero-limit-1.txt", { format: "log", status: 429 }],
  ["85-python-exception-repr-1.txt", { format: "log", status: 500 }],
  ["85-quickbooks-php-1.txt", { format: "log", status: 500 }],
  ["85-quickbooks-php-2.txt", { format: "log", status: 400 }],
  ["85-quickbooks-php-3.txt", { format: "log", status: 400 }],
  ["85-request-promise-text-1.txt", { format: "log", status: 401 }],
  ["85-restfly-1.txt", { format: "log", status: 401 }],
  ["85-returned-status-1.txt", { format: "log", status: 404 }],
  ["85-status-led-error-1.txt", { format: "log", status: 429 }],
  ["85-status-led-error-2.txt", { format: "json-body", status: 429 }],
  ["85-time-lines-1.txt", { format: "log", status: 429 }],
];

const captures = readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort().map(load);

describe("real pastes", () => {
  test("every capture has an expectation, and cites a public source", () => {
    expect(captures.map((c) => c.file)).toEqual(EXPECTED.map(([f]) => f).sort());
    for (const c of captures) expect(c.source, c.file).toMatch(/^https:\/\//);
  });

  test("every format of spec section 11 has a real capture", () => {
    const formats = new Set(EXPECTED.flatMap(([, e]) => (e ? [e.format] : [])));
    for (const f of ["http", "curl-i", "curl-v", "har", "json-wrapper", "json-body", "network-text", "html-page", "sdk-error", "log"] as const) {
      if (["http", "curl-i", "curl-v", "json-wrapper", "json-body", "network-text", "sdk-error"].includes(f)) continue; // covered by the real-response corpus and the SDK's own round trip
      expect(formats.has(f), f).toBe(true);
    }
  });

  test.each(EXPECTED.map(([file, e]) => [file, e] as const))("%s", (file, expected) => {
    const { text } = load(file);
    if (expected === null) {
      expect(() => parseResponse(text)).toThrow(AlterValueError);
      return;
    }
    const read = parseResponse(text);
    expect(read.format).toBe(expected.format);
    expect(read.status).toBe(expected.status);
    // What a printout lacks is said: a log names what it read and what is missing.
    if (read.format === "log" || read.format === "html-page") expect(read.warnings.length).toBeGreaterThan(0);
  });
});

describe("variants of the real pastes read the same", () => {
  const readable = EXPECTED.filter(([, e]) => e !== null).map(([f]) => load(f));
  // Every combination, not a random sample: a CI run must not be the first to meet one.
  const variants = [false, true].flatMap((crlf) =>
    ["", "I get this error:\n\n", "$ python sync.py\n"].flatMap((before) =>
      ["", "\n\nany idea how to fix this?", "\n"].flatMap((after) => [false, true].map((fence) => ({ crlf, before, after, fence }))),
    ),
  );

  test.each(readable.map((c) => [c.file, c] as const))("%s: CRLF, a sentence around it, a code fence: same format and status", (_f, c) => {
    const base = parseResponse(c.text);
    for (const v of variants) {
      let t = c.text;
      if (v.crlf) t = t.replace(/\r?\n/g, "\r\n");
      if (v.fence && !t.trimStart().startsWith("```")) t = "```\n" + t + "\n```";
      // Prose around it only where the format allows text around (a log, an HTML page); a raw response starts at its status line.
      if (base.format === "log" || base.format === "html-page") t = v.before + t + v.after;
      const read = parseResponse(t);
      expect(read.status, JSON.stringify(v)).toBe(base.status);
      expect(read.format, JSON.stringify(v)).toBe(base.format);
    }
  });

  test("cut anywhere: read or refused with an AlterValueError, nothing else", () => {
    fc.assert(
      fc.property(fc.constantFrom(...captures), fc.double({ min: 0, max: 1, noNaN: true }), (c, at) => {
        const t = c.text.slice(0, Math.floor(c.text.length * at));
        try {
          parseResponse(t);
        } catch (err) {
          expect(err).toBeInstanceOf(AlterValueError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
