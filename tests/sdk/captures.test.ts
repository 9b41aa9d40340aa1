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
  ["82-response-object-cut-1.txt", { format: "json-wrapper", status: 403 }],
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
  ["85-airtable-ruby-1.txt", { format: "log", status: 429 }],
  ["85-codex-usage-limit-1.txt", { format: "log", status: 429 }],
  ["85-codex-usage-limit-2.txt", { format: "log", status: 429 }],
  ["85-codex-usage-limit-3.txt", { format: "log", status: 429 }],
  ["85-cut-request-id-1.txt", { format: "log", status: 403 }],
  ["85-dash-status-body-1.txt", { format: "log", status: 429 }],
  ["85-faraday-escaped-1.txt", { format: "log", status: 503 }],
  ["85-gemini-cli-wrapped-1.txt", { format: "log", status: 429 }],
  ["85-google-protobuf-details-1.txt", { format: "log", status: 400 }],
  ["85-indented-response-1.txt", { format: "http", status: 401 }],
  ["85-inspected-data-string-1.txt", { format: "log", status: 403 }],
  ["85-gemini-zero-limit-1.txt", { format: "log", status: 429 }],
  ["85-masked-request-id-1.txt", { format: "log", status: 401 }],
  ["85-python-exception-repr-1.txt", { format: "log", status: 500 }],
  ["85-quickbooks-php-1.txt", { format: "log", status: 500 }],
  ["85-quickbooks-php-2.txt", { format: "log", status: 400 }],
  ["85-quickbooks-php-3.txt", { format: "log", status: 400 }],
  ["85-request-promise-text-1.txt", { format: "log", status: 401 }],
  ["85-restfly-1.txt", { format: "log", status: 401 }],
  ["85-returned-status-1.txt", { format: "log", status: 404 }],
  ["85-rust-parts-1.txt", { format: "log", status: 429 }],
  ["85-status-led-error-1.txt", { format: "log", status: 429 }],
  ["85-status-led-error-2.txt", { format: "json-body", status: 429 }],
  ["85-time-lines-1.txt", { format: "log", status: 429 }],
  ["86-bracketed-status-line-1.txt", { format: "log", status: 401 }],
  ["86-discord-webhooks-1.txt", { format: "log", status: 429 }],
  ["86-escaped-body-after-status-1.txt", { format: "log", status: 403 }],
  ["86-failed-status-words-1.txt", { format: "log", status: 403 }],
  ["86-google-zero-limit-2.txt", { format: "log", status: 429 }],
  ["86-labelled-code-message-1.txt", { format: "log", status: 403 }],
  ["86-message-next-line-1.txt", { format: "log", status: 429 }],
  ["86-terraform-resource-1.txt", { format: "log", status: 404 }],
  ["86-wait-quoted-1.txt", { format: "log", status: 429 }],
  ["87-alamofire-status-1.txt", { format: "log", status: 401 }],
  ["87-appauth-network-1.txt", { format: "network-text", status: undefined }],
  ["87-bitbucket-passwords-1.txt", { format: "log", status: 401 }],
  ["87-bytes-after-prefix-1.txt", { format: "log", status: 403 }],
  ["87-dio-exception-1.txt", { format: "log", status: 429 }],
  ["87-elided-json-1.txt", { format: "log", status: 429 }],
  ["87-header-after-phrase-1.txt", { format: "log", status: 401 }],
  ["87-inspected-own-body-1.txt", { format: "log", status: 429 }],
  ["87-intuit-response-1.txt", { format: "log", status: 401 }],
  ["87-json-log-status-words-1.txt", { format: "log", status: 401 }],
  ["87-pyairtable-error-1.txt", { format: "log", status: 403 }],
  ["87-quickbooks-php-service-1.txt", { format: "log", status: 400 }],
  ["87-spotipy-one-line-1.txt", { format: "log", status: 403 }],
  ["87-spotipy-retry-after-1.txt", { format: "log", status: 429 }],
  ["87-stack-frame-below-1.txt", { format: "log", status: 500 }],
  ["87-stack-frame-below-2.txt", { format: "log", status: 401 }],
  ["87-status-challenge-1.txt", { format: "log", status: 403 }],
  ["87-wait-in-a-minute-1.txt", { format: "log", status: 429 }],
  ["88-autorest-in-json-1.txt", { format: "log", status: 429 }],
  ["88-azure-core-logging-1.txt", { format: "log", status: 403 }],
  ["88-azure-identity-error-1.txt", { format: "log", status: 400 }],
  ["88-fixed-width-wrap-1.txt", { format: "log", status: 403 }],
  ["88-inspected-code-members-1.txt", { format: "log", status: 400 }],
  ["88-request-failed-exception-1.txt", { format: "log", status: 409 }],
  ["88-slack-dict-in-log-1.txt", { format: "log", status: undefined }],
  ["88-token-trace-id-1.txt", { format: "log", status: 401 }],
  ["88-tool-output-glyph-1.txt", { format: "log", status: 529 }],
  ["88-wait-in-details-1.txt", { format: "log", status: 429 }],
  ["89-api-core-whole-body-1.txt", { format: "log", status: 403 }],
  ["89-api-error-status-1.txt", { format: "log", status: 403 }],
  ["89-body-label-after-prefix-1.txt", { format: "log", status: 401 }],
  ["89-error-body-above-1.txt", { format: "log", status: 403 }],
  ["89-gcloud-httperror-1.txt", { format: "log", status: 403 }],
  ["89-github-primary-no-headers-1.txt", { format: "log", status: 403 }],
  ["89-google-ads-retry-delay-1.txt", { format: "json-body", status: 429 }],
  ["89-google-invalid-rapt-1.txt", { format: "log", status: 400 }],
  ["89-gsutil-exception-1.txt", { format: "log", status: 403 }],
  ["89-line-number-glued-1.txt", { format: "log", status: 403 }],
  ["90-bracketed-error-status-1.txt", { format: "log", status: 403 }],
  ["90-status-led-text-after-error-1.txt", { format: "log", status: 401 }],
  ["90-status-object-then-body-1.txt", { format: "json-wrapper", status: 403 }],
  ["91-bare-status-sentence-1.txt", { format: "log", status: 402 }],
  ["91-docs-you-might-see-1.txt", null],
  ["91-escaped-breaks-body-1.txt", { format: "log", status: 429 }],
  ["91-gemini-fetch-bracket-lost-1.txt", { format: "log", status: 503 }],
  ["91-network-class-with-response-1.txt", null],
  ["92-aws-resource-quota-1.txt", { format: "http", status: 400 }],
  ["92-gophercloud-zuul-1.txt", { format: "log", status: 409 }],
  ["92-invalid-request-401-1.txt", { format: "log", status: 401 }],
  ["92-next-log-record-1.txt", { format: "log", status: 401 }],
  ["92-ofetch-data-member-1.txt", { format: "log", status: 400 }],
  ["92-pulumi-type-token-1.txt", { format: "log", status: 401 }],
  ["92-quoted-request-line-1.txt", { format: "log", status: 400 }],
  ["92-stripe-flat-error-1.txt", { format: "json-body", status: 429 }],
  ["93-log-tag-1.txt", { format: "log", status: 401 }],
  ["93-meta-graphresponse-1.txt", { format: "log", status: 400 }],
  ["93-meta-koala-1.txt", { format: "log", status: 400 }],
  ["93-meta-permission-guzzle-1.txt", { format: "log", status: 403 }],
  ["93-meta-rate-code4-1.txt", { format: "log", status: 403 }],
  ["93-named-in-words-1.txt", { format: "log", status: 403 }],
  ["93-named-in-words-2.txt", { format: "log", status: 403 }],
  ["93-named-in-words-3.txt", { format: "log", status: 401 }],
  ["93-reason-in-brackets-1.txt", { format: "log", status: 401 }],
  ["93-symfony-mailer-1.txt", { format: "log", status: 401 }],
  ["93-telegram-clj-http-1.txt", { format: "log", status: 429 }],
  ["93-telegram-flood-1.txt", { format: "log", status: 429 }],
  ["93-zsh-mark-1.txt", { format: "curl-v", status: 400 }],
  ["94-meta-cut-body-1.txt", { format: "log", status: 400 }],
  ["94-telegram-bare-body-1.txt", { format: "log", status: 502 }],
  ["94-telegram-etelegram-1.txt", { format: "log", status: 403 }],
  ["94-telegrambots-1.txt", { format: "log", status: 403 }],
  ["94-telegrambots-2.txt", { format: "log", status: 409 }],
  ["95-ktor-response-exception-1.txt", { format: "log", status: 429 }],
  ["95-paypal-debug-id-1.txt", { format: "log", status: 500 }],
  ["96-docs-reason-gloss-1.txt", null],
  ["96-error-line-status-1.txt", { format: "log", status: 429 }],
  ["96-error-line-status-2.txt", { format: "log", status: 429 }],
  ["96-n8n-node-error-1.txt", { format: "log", status: 429 }],
  ["96-n8n-node-error-2.txt", { format: "log", status: 403 }],
  ["96-n8n-node-error-3.txt", { format: "log", status: 429 }],
  ["96-openapi-ts-apiexception-1.txt", { format: "log", status: 403 }],
  ["96-token-missing-1.txt", { format: "log", status: 401 }],
  ["97-php-print-r-object-1.txt", { format: "log", status: 403 }],
  ["97-wait-go-duration-1.txt", { format: "log", status: 429 }],
  ["97-wait-go-duration-2.txt", { format: "log", status: 429 }],
  ["97-wait-go-duration-3.txt", { format: "log", status: 429 }],
  ["97-faraday-logger-1.txt", { format: "log", status: 401 }],
  ["97-inspected-error-one-line-1.txt", { format: "log", status: 401 }],
  ["97-python-dict-then-text-1.txt", { format: "json-body", status: 400 }],
  ["97-openrouter-error-object-1.txt", { format: "log", status: 401 }],
  ["97-status-quoted-message-1.txt", { format: "log", status: 429 }],
  ["97-cloudflare-rate-limit-1.txt", { format: "log", status: 429 }],
  ["97-aws-go-escaped-1.txt", { format: "log", status: 400 }],
  ["97-api-status-on-path-1.txt", { format: "log", status: 403 }],
  ["97-dotnet-inner-webexception-1.txt", { format: "log", status: 401 }],
  ["97-java-package-1.txt", { format: "log", status: 401 }],
  ["97-received-status-error-1.txt", { format: "log", status: 403 }],
  ["97-wait-reset-in-1.txt", { format: "log", status: 429 }],
  ["97-responded-with-status-1.txt", { format: "log", status: 502 }],
  ["97-status-equals-reason-1.txt", { format: "log", status: 403 }],
  ["97-status-dash-message-1.txt", { format: "log", status: 422 }],
  ["97-json-then-error-1.txt", { format: "log", status: 409 }],
  ["97-java-package-2.txt", { format: "log", status: 400 }],
  ["97-labelled-status-headers-1.txt", { format: "http", status: 400 }],
  ["98-axios-and-body-1.txt", { format: "log", status: 401 }],
  ["98-body-without-braces-1.txt", { format: "log", status: 403 }],
  ["98-body-label-equals-1.txt", { format: "log", status: 401 }],
  ["98-code-for-url-with-body-1.txt", { format: "log", status: 400 }],
  ["98-site-not-api-host-1.txt", { format: "log", status: 429 }],
  ["98-dotnet-resource-key-1.txt", { format: "log", status: 429 }],
  ["98-status-then-stack-frame-1.txt", { format: "log", status: 401 }],
  ["98-status-then-next-record-1.txt", { format: "log", status: 401 }],
  ["98-autorest-graph-code-1.txt", { format: "log", status: 403 }],
  ["98-wrapped-cut-body-1.txt", { format: "log", status: 400 }],
  ["98-prefixed-status-headers-below-1.txt", { format: "log", status: 429 }],
  ["98-http-status-returned-for-1.txt", { format: "log", status: 403 }],
  ["98-reason-enum-name-1.txt", { format: "log", status: 504 }],
  ["98-got-status-response-1.txt", { format: "log", status: 403 }],
  ["98-body-then-status-line-1.txt", { format: "log", status: 401 }],
  ["98-google-daily-limit-words-1.txt", { format: "log", status: 403 }],
  ["98-octokit-path-only-1.txt", { format: "log", status: 403 }],
  ["98-aws-java-s3-head-1.txt", { format: "log", status: 403 }],
  ["98-bad-status-from-api-1.txt", { format: "log", status: 429 }],
  ["98-aws-java-null-request-id-1.txt", { format: "log", status: 500 }],
  ["98-autorest-status-name-1.txt", { format: "log", status: 401 }],
  ["98-telegram-client-words-1.txt", { format: "log", status: 502 }],
  ["98-grammy-error-1.txt", { format: "log", status: 429 }],
  ["98-telegram-client-words-2.txt", { format: "log", status: 401 }],
  ["98-pydantic-ai-body-1.txt", { format: "log", status: 429 }],
  ["98-botocore-debug-1.txt", { format: "log", status: 400 }],
  ["98-gtlr-nserror-1.txt", { format: "log", status: 401 }],
  ["98-facebook-service-exception-1.txt", { format: "log", status: 400 }],
  ["98-api-path-in-brackets-1.txt", { format: "log", status: 400 }],
  ["98-gh-cli-error-1.txt", { format: "log", status: 502 }],
  ["98-response-code-label-1.txt", { format: "log", status: 401 }],
  ["98-wordpress-rest-error-1.txt", { format: "json-body", status: 401 }],
  ["98-terminal-glyph-status-1.txt", { format: "log", status: 529 }],
  ["98-openai-request-id-words-1.txt", { format: "log", status: 500 }],
  ["98-code-status-body-1.txt", { format: "log", status: 500 }],
  ["98-aws-words-only-1.txt", { format: "log", status: 403 }],
  ["98-call-arrow-status-1.txt", { format: "log", status: 403 }],
  ["98-err-failed-status-1.txt", { format: "log", status: 401 }],
  ["98-gcloud-responseerror-1.txt", { format: "log", status: 403 }],
  ["98-github-status-text-1.txt", { format: "log", status: 403 }],
  ["98-jqxhr-uncaught-1.txt", { format: "json-wrapper", status: 403 }],
  ["98-octokit-code-status-1.txt", { format: "log", status: 403 }],
  ["98-status-then-body-below-1.txt", { format: "log", status: 401 }],
  ["99-google-error-unwrapped-1.txt", { format: "json-body", status: 403 }],
  ["99-googleapi-go-quota-1.txt", { format: "log", status: 403 }],
  ["99-pafy-daily-limit-wrapped-1.txt", { format: "log", status: 403 }],
  ["99-tweepy-453-oneline-1.txt", { format: "log", status: 403 }],
  ["99-googleapi-in-brackets-1.txt", { format: "log", status: 403 }],
  ["99-jenkins-time-terraform-box-1.txt", { format: "log", status: 403 }],
  ["99-invalid-response-status-1.txt", { format: "log", status: 401 }],
  ["99-dotnet-socket-exception-1.txt", { format: "network-text", status: undefined }],
  ["99-azure-response-block-indented-1.txt", { format: "log", status: 429 }],
  ["99-header-value-arrow-1.txt", { format: "http", status: 429 }],
  ["99-claude-code-error-log-credit-1.txt", { format: "log", status: 400 }],
  ["99-headers-label-json-object-1.txt", { format: "log", status: 429 }],
  ["99-openrouter-error-cut-1.txt", { format: "json-body", status: 429 }],
  ["99-firebase-error-quoted-status-1.txt", { format: "log", status: 403 }],
  ["99-gspread-status-colon-1.txt", { format: "log", status: 500 }],
  ["99-gmail-user-rate-limit-words-1.txt", { format: "log", status: 429 }],
  ["99-drive-storage-quota-1.txt", { format: "log", status: 403 }],
  ["99-gh-cli-status-url-only-1.txt", { format: "log", status: 500 }],
  ["99-kiota-apierror-repr-1.txt", { format: "log", status: 400 }],
  ["99-amazonka-record-escaped-1.txt", { format: "log", status: 400 }],
  ["99-aws-java-early-bracketed-1.txt", { format: "log", status: 500 }],
  ["99-quoted-status-and-reason-1.txt", { format: "log", status: 405 }],
  ["99-r-httr-status-not-google-1.txt", { format: "log", status: 403 }],
  ["99-ruby-uncaught-class-after-status-1.txt", { format: "log", status: 403 }],
  ["99-guzzle-url-without-scheme-1.txt", { format: "log", status: 400 }],
  ["99-html-page-after-guzzle-line-1.txt", { format: "html-page", status: 502 }],
  ["99-jsforce-error-http-status-1.txt", { format: "log", status: 413 }],
  ["99-json-body-then-client-words-1.txt", { format: "http", status: 401 }],
  ["99-dropbox-python-server-error-id-1.txt", { format: "log", status: 500 }],
  ["99-dropbox-python-server-error-old-1.txt", { format: "log", status: 500 }],
  ["99-error-status-space-colon-1.txt", { format: "log", status: 403 }],
  ["99-reason-then-bare-status-1.txt", { format: "log", status: 404 }],
  ["99-telegram-flood-words-winston-1.txt", { format: "log", status: 429 }],
  ["99-wrapped-request-failed-message-1.txt", { format: "log", status: 429 }],
  ["99-openai-region-code-1.txt", { format: "log", status: 403 }],
  ["99-openai-project-model-access-1.txt", { format: "log", status: 403 }],
  ["99-googleapiclient-retry-log-1.txt", { format: "log", status: 403 }],
  ["99-gyb-scope-message-after-legacy-1.txt", { format: "log", status: 403 }],
  ["99-shopify-api-js-status-undefined-1.txt", { format: "log", status: 430 }],
  ["99-expected-got-status-1.txt", { format: "log", status: 403 }],
  ["99-auth0-scope-words-in-text-1.txt", { format: "log", status: 403 }],
  ["99-openapi-java-apiexception-tostring-1.txt", { format: "log", status: 500 }],
  ["99-webexception-status-no-reason-1.txt", { format: "log", status: 429 }],
  ["99-azuread-powershell-graph-error-1.txt", { format: "log", status: 429 }],
  ["100-grpc-go-permission-denied-1.txt", { format: "log", status: 403 }],
  ["100-grpc-java-gax-resource-exhausted-1.txt", { format: "log", status: 429 }],
  ["100-grpc-rust-gax-resource-exhausted-1.txt", { format: "log", status: 429 }],
  ["100-grpc-js-permission-denied-1.txt", { format: "log", status: 403 }],
  ["100-grpc-go-in-logfmt-1.txt", { format: "log", status: 403 }],
  ["100-requests-body-logged-above-1.txt", { format: "log", status: 403 }],
  ["100-urllib3-line-body-below-1.txt", { format: "log", status: 403 }],
  ["100-status-code-then-masked-dict-1.txt", { format: "log", status: 400 }],
  ["100-zendesk-edge-429-1.txt", { format: "log", status: 429 }],
  ["100-body-below-wrapped-in-string-1.txt", { format: "log", status: 500 }],
  ["100-chinese-status-after-body-1.txt", { format: "log", status: 400 }],
  ["100-anthropic-stream-error-go-1.txt", { format: "log", status: 529 }],
  ["100-anthropic-sse-data-overloaded-1.txt", { format: "log", status: 529 }],
  ["100-anthropic-sse-event-error-1.txt", { format: "log", status: 500 }],
  ["100-anthropic-stream-ruby-hash-1.txt", { format: "json-body", status: 529 }],
  ["100-anthropic-stream-python-dict-1.txt", { format: "json-body", status: 529 }],
  ["100-probe-glossary-heading-1.txt", null],
  ["100-probe-pr-special-case-1.txt", null],
  ["100-probe-russian-docs-1.txt", null],
  ["100-probe-docs-could-error-1.txt", null],
  ["100-probe-pr-error-code-returned-when-1.txt", null],
  ["100-shopify-unversioned-admin-json-1.txt", { format: "log", status: 422 }],
  ["100-ktor-logging-logcat-1.txt", { format: "log", status: 429 }],
  ["100-gemini-leaked-key-in-proxy-body-1.txt", { format: "json-body", status: 403 }],
  ["100-mechanize-response-code-error-1.txt", { format: "log", status: 429 }],
  ["100-azcore-block-after-log-words-1.txt", { format: "log", status: 429 }],
  ["100-axios-status-dash-body-1.txt", { format: "log", status: 409 }],
  ["100-msal-network-error-with-status-1.txt", { format: "log", status: 400 }],
  ["100-graph-js-grapherror-inspected-1.txt", { format: "log", status: 400 }],
  ["100-sharex-error-box-401-1.txt", { format: "log", status: 401 }],
  ["100-sharex-error-box-409-1.txt", { format: "log", status: 409 }],
  ["100-heroku-router-status-not-providers-1.txt", null],
  ["100-jira-php-error-message-label-1.txt", { format: "log", status: 403 }],
  ["100-error-authenticating-with-name-1.txt", { format: "log", status: 401 }],
  ["100-guzzle-cut-openai-quota-1.txt", { format: "log", status: 429 }],
  ["100-httpx-members-below-1.txt", { format: "log", status: 403 }],
  ["100-shopifysharp-daily-variant-limit-1.txt", { format: "log", status: 429 }],
  ["100-vs-exception-details-1.txt", { format: "log", status: 401 }],
  ["100-curl-fail-github-request-id-member-1.txt", { format: "log", status: 403 }],
  ["100-litellm-code-as-text-anthropic-1.txt", { format: "json-body", status: 400 }],
  ["100-litellm-code-as-text-dict-1.txt", { format: "json-body", status: 400 }],
  ["100-notion-conflict-without-request-id-1.txt", { format: "log", status: 409 }],
  ["100-exaws-decoded-error-map-1.txt", { format: "log", status: 403 }],
  ["100-ruby-execution-expired-stripe-1.txt", { format: "network-text", status: undefined }],
  ["100-stripe-node-connection-error-1.txt", { format: "network-text", status: undefined }],
  ["100-probe-pr-message-instead-of-1.txt", null],
  ["101-meta-prose-following-400-response-1.txt", { format: "log", status: 400 }],
  ["101-meta-returning-500-errors-code2-1.txt", { format: "log", status: 500 }],
  ["101-meta-get-400-error-header-line-1.txt", { format: "log", status: 400 }],
  ["101-probe-feature-request-status-could-1.txt", null],
  ["101-groq-openai-node-rate-limit-exceeded-1.txt", { format: "log", status: 429 }],
  ["101-rn-devtools-headers-map-insufficient-scope-1.txt", { format: "log", status: 403 }],
  ["101-ruby-httpmessage-insufficient-scope-1.txt", { format: "log", status: 403 }],
  ["101-sendgrid-ruby-response-inspect-1.txt", { format: "log", status: 403 }],
  ["101-spotify-dart-stack-insufficient-scope-1.txt", { format: "log", status: 403 }],
  ["101-twilio-php-message-with-quotes-1.txt", { format: "log", status: 400 }],
  ["101-nserror-firebase-error-code-403-1.txt", { format: "log", status: 403 }],
  ["101-feign-exception-mailgun-401-1.txt", { format: "log", status: 401 }],
  ["101-slack-webhook-429-log-lines-1.txt", { format: "log", status: 429 }],
  ["101-qbo-api-gem-unauthorized-1.txt", { format: "log", status: 401 }],
  ["101-gemini-error-value-quoted-429-1.txt", { format: "log", status: 429 }],
  ["101-openrouter-error-member-402-1.txt", { format: "log", status: 402 }],
  ["101-pwsh-graph-status-name-wrapped-1.txt", { format: "log", status: 403 }],
  ["101-google-daily-limit-cut-body-1.txt", { format: "log", status: 403 }],
  ["101-github-installation-rate-limit-masked-1.txt", { format: "log", status: 403 }],
  ["101-label-then-status-json-422-1.txt", { format: "log", status: 422 }],
  ["101-colour-codes-lost-escape-1.txt", { format: "log", status: 429 }],
  ["101-probe-pr-based-on-status-code-1.txt", null],
  ["101-probe-pr-status-which-is-1.txt", null],
  ["101-dotnet-log-status-said-first-1.txt", { format: "log", status: 401 }],
  ["102-youtube-quota-markdown-ate-escapes-1.txt", { format: "log", status: 403 }],
  ["102-boto3-response-dict-403-1.txt", { format: "json-wrapper", status: 403 }],
  ["102-openai-error-object-unwrapped-429-1.txt", { format: "log", status: 429 }],
  ["102-sasl-xoauth2-code-equals-400-1.txt", { format: "log", status: 400 }],
  ["102-confluence-basic-auth-no-link-1.txt", { format: "http", status: 401 }],
  ["102-gemini-typographic-single-quotes-429-1.txt", { format: "log", status: 429 }],
  ["102-tweetinvi-twitterexception-403-1.txt", { format: "log", status: 403 }],
  ["102-semantic-kernel-http-400-type-code-1.txt", { format: "log", status: 400 }],
  ["102-openai-api-dotnet-status-name-429-1.txt", { format: "log", status: 429 }],
  ["102-status-then-fenced-body-429-1.txt", { format: "log", status: 429 }],
  ["102-hubspot-expired-token-members-1.txt", { format: "log", status: 401 }],
  ["102-atlassian-status-entity-xml-404-1.txt", { format: "log", status: 404 }],
  ["102-s3-xml-error-below-status-line-1.txt", { format: "log", status: 403 }],
  ["102-word-then-status-colon-body-429-1.txt", { format: "log", status: 429 }],
  ["102-probe-docs-status-table-1.txt", null],
  ["102-hfhub-error-request-id-402-1.txt", { format: "log", status: 402 }],
  ["102-google-api-disabled-words-403-1.txt", { format: "log", status: 403 }],
  ["102-grafana-failed-to-send-telegram-400-1.txt", { format: "log", status: 400 }],
  ["102-dart-twitterresponse-403-1.txt", { format: "log", status: 403 }],
  ["102-mcp-failed-to-connect-server-answered-1.txt", null],
  ["102-arm-scope-locked-body-first-409-1.txt", { format: "log", status: 409 }],
  ["102-msrest-response-content-404-1.txt", { format: "log", status: 404 }],
  ["102-msrestazure-operation-failed-bad-request-1.txt", { format: "log", status: 400 }],
  ["102-json-string-azcore-429-1.txt", { format: "log", status: 429 }],
  ["102-gemini-list-of-one-error-429-1.txt", { format: "json-body", status: 429 }],
  ["102-inspected-openaierror-code-401-1.txt", { format: "log", status: 401 }],
  ["102-maven-pkg-github-401-1.txt", { format: "log", status: 401 }],
  ["102-fcm-third-party-auth-401-1.txt", { format: "log", status: 401 }],
  ["102-probe-got-retry-error-codes-1.txt", null],
  ["102-auth0-console-expanded-members-403-1.txt", { format: "log", status: 403 }],
  ["102-probe-graph-batch-status-docs-1.txt", null],
  ["102-okta-python-name-http-status-1.txt", { format: "log", status: 400 }],
  ["102-shopify-frozen-shop-402-1.txt", { format: "log", status: 402 }],
  ["102-kiota-apiexception-503-1.txt", { format: "log", status: 503 }],
  ["102-cloudcode-quota-reset-after-429-1.txt", { format: "log", status: 429 }],
  ["102-probe-pr-backticked-connectionerror-1.txt", null],
  ["102-claude-code-request-rejected-429-1.txt", { format: "log", status: 429 }],
  ["102-urllib3-masked-path-two-blanks-400-1.txt", { format: "log", status: 400 }],
  ["102-dsharpplus-unauthorized-403-1.txt", { format: "log", status: 403 }],
  ["103-slackistrano-labelled-lines-404-1.txt", { format: "log", status: 404 }],
  ["103-netdata-http-error-code-400-1.txt", { format: "log", status: 400 }],
  ["103-discordjs-hit-429-debug-1.txt", { format: "log", status: 429 }],
  ["103-slack-notifier-action-prohibited-500-1.txt", { format: "log", status: 500 }],
  ["103-aws-go-v2-wrapped-indented-403-1.txt", { format: "log", status: 403 }],
  ["103-autorest-keyvault-go-quoted-message-403-1.txt", { format: "log", status: 403 }],
  ["103-clientresult-debugger-401-permissiondenied-1.txt", { format: "log", status: 401 }],
  ["103-azure-token-missing-invalid-or-expired-401-1.txt", { format: "log", status: 401 }],
  ["103-openai-sdk-dict-missing-last-brace-400-1.txt", { format: "log", status: 400 }],
  ["103-gws-cli-google-error-reason-lifted-403-1.txt", { format: "json-body", status: 403 }],
  ["103-graph-js-grapherror-body-member-403-1.txt", { format: "log", status: 403 }],
  ["103-resend-object-whole-paste-403-1.txt", { format: "log", status: 403 }],
  ["103-sendgrid-responseerror-code-response-401-1.txt", { format: "log", status: 401 }],
  ["103-anymail-esp-api-response-400-1.txt", { format: "log", status: 400 }],
  ["103-sf-cli-soap-fault-500-1.txt", { format: "log", status: 500 }],
  ["103-mistral-status-content-type-body-401-1.txt", { format: "log", status: 401 }],
  ["103-error-response-while-fetching-401-1.txt", { format: "log", status: 401 }],
  ["103-langchainjs-with-error-429-json-field-1.txt", { format: "log", status: 429 }],
  ["103-ses-smtp-454-refused-1.txt", null],
  ["103-botocore-service-unavailable-no-status-1.txt", { format: "log", status: undefined }],
  ["103-aws-go-v2-event-stream-code-400-1.txt", { format: "log", status: 400 }],
  ["103-aws-swift-sdk-http-response-429-1.txt", { format: "log", status: 429 }],
  ["103-curl-fail-body-below-401-1.txt", { format: "network-text", status: 401 }],
  ["103-openai-500-help-center-cut-1.txt", { format: "log", status: 500 }],
  ["103-slack-php-api-error-code-1.txt", { format: "log", status: undefined }],
  ["103-jsonapi-errors-status-409-1.txt", { format: "json-body", status: 409 }],
  ["103-klaviyo-expected-available-in-429-1.txt", { format: "json-body", status: 429 }],
  ["103-webex-apierror-tracking-id-403-1.txt", { format: "log", status: 403 }],
  ["103-graph-dotnet-serviceexception-403-1.txt", { format: "log", status: 403 }],
  ["103-gitlab-self-managed-api-v4-401-1.txt", { format: "log", status: 401 }],
  ["103-ghes-octokit-api-v3-401-1.txt", { format: "log", status: 401 }],
  ["103-terraform-gitlab-self-managed-404-1.txt", { format: "log", status: 404 }],
  ["103-mcp-atlassian-jira-api-403-1.txt", { format: "log", status: 403 }],
  ["103-sonar-stash-received-404-java-tostring-1.txt", { format: "log", status: 404 }],
  ["103-gcsfs-httperror-anonymous-401-1.txt", { format: "log", status: 401 }],
  ["103-gcloud-storage-httperror-403-1.txt", { format: "log", status: 403 }],
  ["103-object-store-sts-xml-below-403-1.txt", { format: "log", status: 403 }],
  ["103-atproto-response-repr-429-1.txt", { format: "log", status: 429 }],
  ["103-heroku-prefixed-stack-not-message-429-1.txt", { format: "log", status: 429 }],
  ["103-prawcore-received-http-response-401-1.txt", { format: "log", status: 401 }],
  ["103-woocommerce-paypal-response-debug-id-422-1.txt", { format: "log", status: 422 }],
  ["103-sitekit-wp-error-numeric-code-403-1.txt", { format: "json-body", status: 403 }],
  ["103-msaljs-chrome-400-aadsts65001-below-1.txt", { format: "log", status: 400 }],
  ["103-actions-masked-braces-insufficient-quota-429-1.txt", { format: "log", status: 429 }],
  ["103-openai-batch-output-request-id-400-1.txt", { format: "log", status: 400 }],
  ["103-langsmith-403-beside-anthropic-200-1.txt", { format: "log", status: 403 }],
  ["103-event-stream-lower-camel-throttling-1.txt", { format: "log", status: undefined }],
  ["103-failed-to-fetch-github-user-agent-403-1.txt", { format: "log", status: 403 }],
  ["103-aws-js-v2-inspected-awserror-429-1.txt", { format: "log", status: 429 }],
  ["103-google-php-v1-error-calling-403-1.txt", { format: "log", status: 403 }],
  ["103-aws-php-short-form-403-1.txt", { format: "log", status: 403 }],
  ["103-aws-php-r2-host-names-cloudflare-403-1.txt", { format: "log", status: 403 }],
  ["103-request-to-url-returned-502-retrying-1.txt", { format: "log", status: 502 }],
  ["103-php-native-var-dump-jsonapi-403-1.txt", { format: "log", status: 403 }],
  ["103-method-url-returned-401-1.txt", { format: "log", status: 401 }],
  ["103-openai-dotnet-status-name-response-body-401-1.txt", { format: "log", status: 401 }],
  ["103-google-apis-dotnet-httpstatuscode-is-403-1.txt", { format: "log", status: 403 }],
  ["103-sqs-request-is-throttled-403-1.txt", { format: "log", status: 403 }],
  ["103-power-platform-apihub-error-code-504-1.txt", { format: "log", status: 504 }],
  ["103-copilot-studio-response-code-badgateway-1.txt", { format: "log", status: 502 }],
  ["103-power-automate-status-code-name-details-403-1.txt", { format: "log", status: 403 }],
  ["103-goreleaser-request-id-field-422-1.txt", { format: "log", status: 422 }],
  ["103-cargo-try-again-after-http-date-429-1.txt", { format: "log", status: 429 }],
  ["103-route53-raw-xml-throttling-no-status-1.txt", { format: "log", status: undefined }],
  ["103-ktor-old-url-only-empty-reason-429-1.txt", { format: "log", status: 429 }],
  ["103-mcp-tool-result-notion-404-1.txt", { format: "json-body", status: 404 }],
  ["103-zendeskapi-v2-dotnet-422-1.txt", { format: "log", status: 422 }],
  ["103-openrouter-no-endpoints-provider-routing-404-1.txt", { format: "log", status: 404 }],
  ["103-litellm-proxy-exception-occured-429-1.txt", { format: "log", status: 429 }],
  ["103-graph-dotnet-insufficient-storage-507-1.txt", { format: "log", status: 507 }],
  ["104-cloudfront-503-page-1.txt", { format: "html-page", status: 503 }],
  ["104-cloudflare-502-page-text-1.txt", { format: "log", status: 502 }],
  ["104-google-502-page-text-1.txt", { format: "log", status: 502 }],
  ["104-supabase-storage-boom-string-status-403-1.txt", { format: "json-body", status: 403 }],
  ["104-appwrite-exception-general-unauthorized-scope-401-1.txt", { format: "log", status: 401 }],
  ["104-pocketbase-client-response-error-403-1.txt", { format: "log", status: 403 }],
  ["104-firebase-ai-empty-reason-503-1.txt", { format: "log", status: 503 }],
  ["104-supabase-dart-auth-exception-429-1.txt", { format: "log", status: 429 }],
  ["104-probe-cloudflare-522-docs-1.txt", null],
  ["104-envoy-503-upstream-connect-error-1.txt", { format: "log", status: 503 }],
  ["104-azcore-go-one-line-cosmos-403-1.txt", { format: "log", status: 403 }],
  ["104-probe-mdn-status-link-1.txt", null],
  ["104-vault-ruby-responded-with-403-1.txt", { format: "log", status: 403 }],
  ["104-node-vault-old-inspect-sealed-503-1.txt", { format: "log", status: 503 }],
  ["104-qdrant-403-key-doesnt-exist-1.txt", { format: "log", status: 403 }],
  ["104-meilisearch-trpc-invalid-api-key-403-1.txt", { format: "log", status: 403 }],
  ["104-es-py-transport-error-429-1.txt", { format: "log", status: 429 }],
  ["104-graphql-request-client-error-github-401-1.txt", { format: "log", status: 401 }],
  ["104-received-502-response-github-1.txt", { format: "log", status: 502 }],
  ["104-grpc-web-http-status-429-1.txt", { format: "log", status: 429 }],
  ["104-hf-gated-repo-error-401-request-id-1.txt", { format: "log", status: 401 }],
  ["104-anthropic-http-401-snake-code-1.txt", { format: "log", status: 401 }],
  ["104-dotnet-spanish-status-wrapped-401-1.txt", { format: "log", status: 401 }],
  ["104-powerbi-reason-status-response-below-401-1.txt", { format: "log", status: 401 }],
  ["104-elevenlabs-fern-apierror-quota-401-1.txt", { format: "log", status: 401 }],
  ["104-fal-status-em-dash-body-403-1.txt", { format: "log", status: 403 }],
  ["104-axios-body-after-space-400-1.txt", { format: "log", status: 400 }],
  ["104-error-from-anthropic-429-1.txt", { format: "log", status: 429 }],
  ["104-qt-server-replied-reason-429-1.txt", { format: "log", status: 429 }],
  ["104-imgur-jsonapi-code-reason-429-1.txt", { format: "json-body", status: 429 }],
  ["104-dotnet-webexception-chinese-fullwidth-401-1.txt", { format: "log", status: 401 }],
  ["104-dotnet-webexception-chinese-semicolon-403-1.txt", { format: "log", status: 403 }],
  ["104-probe-pr-quotes-mdn-429-1.txt", null],
  ["105-scim-error-uniqueness-409-1.txt", { format: "json-body", status: 409 }],
  ["105-scim-error-invalid-value-400-1.txt", { format: "json-body", status: 400 }],
  ["105-entra-provisioning-statuscode-conflict-1.txt", { format: "log", status: 409 }],
  ["105-entra-provisioning-statuscode-badrequest-1.txt", { format: "log", status: 400 }],
  ["105-supertest-expected-got-404-1.txt", { format: "log", status: 404 }],
  ["105-rfc2616-401-definition-probe-1.txt", null],
  ["105-rfc2616-401-definition-probe-2.txt", null],
  ["106-afnetworking-tmdb-429-1.txt", { format: "log", status: 429 }],
  ["106-afnetworking-twitter-403-1.txt", { format: "log", status: 403 }],
  ["106-aisdk-azure-401-1.txt", { format: "log", status: 401 }],
  ["106-alamofire-openai-401-1.txt", { format: "log", status: 401 }],
  ["106-autogen-kimi-429-wait1s-1.txt", { format: "log", status: 429 }],
  ["106-crewai-litellm-vertex-quota-1.txt", { format: "log", status: 429 }],
  ["106-dio-github-422-1.txt", { format: "log", status: 422 }],
  ["106-dio-openai-429-quota-1.txt", { format: "log", status: 429 }],
  ["106-dio-spotify-401-1.txt", { format: "log", status: 401 }],
  ["106-flutter-simpleauth-google-401-1.txt", { format: "json-body", status: 401 }],
  ["106-graph-android-401-expired-1.txt", { format: "log", status: 401 }],
  ["106-ktor-trakt-429-1.txt", { format: "log", status: 429 }],
  ["106-langchain-chatlitellm-gemini-400-keyinvalid-1.txt", { format: "json-body", status: 400 }],
  ["106-langchainjs-openai-quota-1.txt", { format: "json-body", status: 429 }],
  ["106-litellm-anthropic-ratelimit-1.txt", { format: "log", status: 429 }],
  ["106-llamaindex-azure-401-1.txt", { format: "log", status: 401 }],
  ["106-okhttp-github-404-1.txt", { format: "log", status: 404 }],
  ["106-n8n-agent-gemini-400-1.txt", { format: "log", status: 400 }],
  ["106-n8n-gsheets-429-quota-1.txt", { format: "log", status: 429 }],
  ["106-probe-workflow-docs-1.txt", null],
  ["106-probe-workflow-docs-2.txt", null],
  ["106-probe-workflow-docs-3.txt", null],
  ["106-retrofit-graph-401-1.txt", { format: "http", status: 401 }],
  ["106-shopify-buy3-403-1.txt", { format: "log", status: 403 }],
  ["106-sk-openai-500-requestid-1.txt", { format: "log", status: 500 }],
  ["106-supabase-swift-429-1.txt", { format: "log", status: 429 }],
  ["106-volley-blogger-403-1.txt", { format: "log", status: 403 }],
  ["107-airbyte-monday-complexity-429-1.txt", { format: "log", status: 429 }],
  ["107-airbyte-zendesk-429-incremental-1.txt", { format: "log", status: 429 }],
  ["107-asana-importer-403-access-denied-1.txt", null],
  ["107-cargo-publish-403-1.txt", { format: "log", status: 403 }],
  ["107-clickup-cli-401-team-not-authorized-1.txt", { format: "log", status: 401 }],
  ["107-confluence-oauth-scope-does-not-match-1.txt", { format: "json-body", status: 401 }],
  ["107-docker-daemon-toomanyrequests-1.txt", { format: "log", status: 429 }],
  ["107-dockerhub-buildx-429-1.txt", { format: "log", status: 429 }],
  ["107-dockerhub-hap429-retry-after-1.txt", { format: "http", status: 429 }],
  ["107-ecr-push-429-1.txt", { format: "log", status: 429 }],
  ["107-forge-403-missing-scope-grants-1.txt", { format: "json-wrapper", status: 403 }],
  ["107-gatsby-trello-401-invalid-token-1.txt", { format: "log", status: 401 }],
  ["107-gh-cli-release-403-1.txt", { format: "log", status: 403 }],
  ["107-gh-secondary-ratelimit-requestid-1.txt", { format: "log", status: 403 }],
  ["107-ghcr-denied-write-package-1.txt", { format: "log", status: 403 }],
  ["107-github-script-403-integration-1.txt", { format: "log", status: 403 }],
  ["107-gradle-sonatype-401-1.txt", { format: "log", status: 401 }],
  ["107-helm-push-dockerhub-401-1.txt", { format: "log", status: 401 }],
  ["107-helpscout-400-invalid-refresh-token-1.txt", { format: "log", status: 400 }],
  ["107-intercom-node-401-token-not-found-1.txt", null],
  ["107-intercom-php-401-token-unauthorized-1.txt", { format: "log", status: 401 }],
  ["107-jira-cli-403-atl-traceid-1.txt", { format: "http", status: 403 }],
  ["107-jira-curl-404-x-arequestid-1.txt", { format: "http", status: 404 }],
  ["107-jira-python-401-recoverable-1.txt", { format: "log", status: 401 }],
  ["107-node-zendesk-401-buffer-1.txt", { format: "log", status: 401 }],
  ["107-npm-ci-e429-1.txt", { format: "log", status: 429 }],
  ["107-npm-publish-e403-credentials-1.txt", { format: "log", status: 403 }],
  ["107-npm-publish-e403-version-exists-1.txt", { format: "log", status: 403 }],
  ["107-org-jira-429-tomcat-ratelimit-1.txt", { format: "html-page", status: 429 }],
  ["107-php-jira-403-connect-session-token-1.txt", { format: "log", status: 403 }],
  ["107-probe-a-1.txt", null],
  ["107-probe-a-2.txt", { format: "curl-i", status: 200 }],
  ["107-probe-a-3.txt", null],
  ["107-probe-a-4.txt", null],
  ["107-probe-a-5.txt", null],
  ["107-probe-b-1.txt", null],
  ["107-probe-b-2.txt", null],
  ["107-probe-b-3.txt", null],
  ["107-probe-b-4.txt", null],
  ["107-probe-b-5.txt", null],
  ["107-python-gitlab-401-1.txt", { format: "log", status: 401 }],
  ["107-raycast-jira-429-json-1.txt", { format: "json-body", status: 429 }],
  ["107-servicenow-api-401-user-not-authenticated-1.txt", { format: "log", status: 401 }],
  ["107-terraform-s3-403-requestid-1.txt", { format: "log", status: 403 }],
  ["107-terraform-s3-v2-requestid-1.txt", { format: "log", status: 403 }],
  ["107-twine-pypi-403-1.txt", { format: "log", status: 403 }],
  ["107-vercel-deploy-limit-1.txt", null],
  ["108-adyen-dotnet-401-log-1.txt", { format: "log", status: 401 }],
  ["108-braintree-php-authorization-403-1.txt", null],
  ["108-fb-190-invalid-token-stealth-1.txt", { format: "log", status: 400 }],
  ["108-fb-4-app-request-limit-1.txt", null],
  ["108-instagram-scope-likes-1.txt", { format: "log", status: 400 }],
  ["108-linkedin-401-revoked-token-1.txt", { format: "log", status: 401 }],
  ["108-linkedin-403-ugcposts-permissions-1.txt", { format: "log", status: 403 }],
  ["108-linkedin-429-throttle-1.txt", { format: "http", status: 429 }],
  ["108-paypal-php-execute-500-1.txt", { format: "log", status: 500 }],
  ["108-paypal-php-raw-http-500-debugid-1.txt", { format: "http", status: 500 }],
  ["108-paypal-ruby-servererror-500-1.txt", { format: "log", status: 500 }],
  ["108-pinterest-401-insufficient-scope-1.txt", { format: "log", status: 401 }],
  ["108-plaid-rate-limit-request-id-1.txt", null],
  ["108-probe-a-1.txt", null],
  ["108-probe-a-2.txt", null],
  ["108-probe-a-3.txt", null],
  ["108-probe-a-4.txt", null],
  ["108-probe-a-5.txt", null],
  ["108-probe-b-1.txt", null],
  ["108-probe-b-2.txt", null],
  ["108-probe-b-3.txt", null],
  ["108-probe-b-4.txt", { format: "log", status: 200 }],
  ["108-probe-b-5.txt", null],
  ["108-sendgrid-403-sender-identity-1.txt", { format: "log", status: 403 }],
  ["108-shopify-node-429-call-limit-1.txt", { format: "log", status: 429 }],
  ["108-square-php-401-unauthorized-1.txt", { format: "log", status: 401 }],
  ["108-stripe-go-401-no-api-key-1.txt", { format: "log", status: 401 }],
  ["108-stripe-idempotency-key-reuse-1.txt", null],
  ["108-stripe-node-restricted-key-403-1.txt", { format: "log", status: 403 }],
  ["108-stripe-php-publishable-key-403-1.txt", { format: "log", status: 403 }],
  ["108-stripe-ruby-lock-timeout-1.txt", null],
  ["108-stripe-ruby-lock-timeout-rollbar-1.txt", { format: "log", status: 429 }],
  ["108-stripe-ruby-permission-app-scope-403-1.txt", { format: "log", status: 403 }],
  ["108-tiktok-401-scope-not-authorized-1.txt", { format: "log", status: 401 }],
  ["108-twilio-node-401-20003-1.txt", { format: "log", status: 401 }],
  ["108-whatsapp-graphmethod-100-33-1.txt", null],
  ["108-woocommerce-dotnet-401-1.txt", { format: "log", status: 401 }],
  ["108-x-403-185-daily-status-limit-1.txt", { format: "log", status: 403 }],
  ["108-x-453-tweepy-access-level-1.txt", null],
  ["108-youtube-403-quotaexceeded-1.txt", { format: "log", status: 403 }],
  ["109-appauth-ios-keycloak-not-active-1.txt", { format: "log", status: 400 }],
  ["109-azure-identity-py-aadsts700082-1.txt", null],
  ["109-b2-rclone-429-1.txt", { format: "log", status: 429 }],
  ["109-blobfile-aadsts700082-400-1.txt", null],
  ["109-botframework-aadsts7000215-401-1.txt", { format: "log", status: 401 }],
  ["109-box-boxr-insufficient-scope-1.txt", { format: "log", status: 403 }],
  ["109-box-dotnet-429-rate-limit-1.txt", { format: "json-body", status: 429 }],
  ["109-cognito-java-notauthorized-requestid-1.txt", { format: "log", status: 400 }],
  ["109-dropbox-429-too-many-write-ops-1.txt", { format: "http", status: 429 }],
  ["109-dropbox-curl-missing-scope-1.txt", { format: "curl-i", status: 401 }],
  ["109-dropbox-guzzle-expired-token-1.txt", { format: "log", status: 401 }],
  ["109-dropbox-python-autherror-missing-scope-1.txt", null],
  ["109-gcs-cpp-scope-not-authorized-1.txt", { format: "log", status: 403 }],
  ["109-gdrive-python-storage-quota-1.txt", { format: "log", status: 403 }],
  ["109-gdrive-rclone-user-rate-limit-1.txt", { format: "log", status: 403 }],
  ["109-go-oauth2-github-bad-verification-code-1.txt", null],
  ["109-go-oauth2-google-code-redeemed-1.txt", { format: "log", status: 400 }],
  ["109-google-auth-refresherror-expired-1.txt", { format: "log", status: 400 }],
  ["109-google-redirect-uri-mismatch-page-1.txt", { format: "log", status: 400 }],
  ["109-graph-429-activity-limit-1.txt", { format: "http", status: 429 }],
  ["109-graph-itemnotfound-body-1.txt", null],
  ["109-guzzle-salesforce-expired-code-1.txt", { format: "log", status: 400 }],
  ["109-intuit-oauth-js-response-tid-1.txt", { format: "log", status: 400 }],
  ["109-intuitlib-authclienterror-tid-1.txt", { format: "log", status: 400 }],
  ["109-keycloak-token-not-active-400-1.txt", { format: "log", status: 400 }],
  ["109-msal-node-aadsts7000215-invalid-client-1.txt", null],
  ["109-msalnet-aadsts65001-consent-1.txt", null],
  ["109-nextauth-openid-client-invalid-client-1.txt", null],
  ["109-nextcloud-guzzle-google-400-reqid-1.txt", { format: "log", status: 400 }],
  ["109-ofetch-google-token-400-nuxt-1.txt", { format: "log", status: 400 }],
  ["109-okta-refresh-invalid-body-1.txt", null],
  ["109-onedrive-client-403-access-denied-1.txt", { format: "log", status: 403 }],
  ["109-postman-aadsts65001-body-1.txt", null],
  ["109-probe-a-1.txt", null],
  ["109-probe-a-2.txt", null],
  ["109-probe-a-3.txt", null],
  ["109-probe-a-4.txt", { format: "http", status: 200 }],
  ["109-probe-a-5.txt", null],
  ["109-probe-b-1.txt", { format: "http", status: 200 }],
  ["109-probe-b-2.txt", null],
  ["109-probe-b-3.txt", null],
  ["109-probe-b-5.txt", null],
  ["109-raycast-zoom-invalid-token-1.txt", { format: "log", status: 400 }],
  ["109-s3-boto-signature-mismatch-1.txt", { format: "log", status: 403 }],
  ["109-s3-java-slowdown-503-1.txt", { format: "log", status: 503 }],
  ["109-salesforce-ios-sdk-expired-refresh-1.txt", null],
  ["109-slack-oauth-invalid-code-1.txt", { format: "json-body", status: undefined }],
  ["109-spotify-refresh-revoked-400-1.txt", { format: "log", status: 400 }],
  ["110-cloudflare-cfterraforming-403-cfray-1.txt", { format: "http", status: 403 }],
  ["110-cloudflare-tf-400-auth10000-1.txt", { format: "log", status: 400 }],
  ["110-compass-gaxios-410-fullSyncRequired-1.txt", { format: "log", status: 410 }], // Google Calendar's documented words for a 410 (round 211)
  ["110-datadog-node-403-apikey-1.txt", { format: "log", status: 403 }],
  ["110-datadog-tf-403-permission-1.txt", { format: "log", status: 403 }],
  ["110-flyctl-401-discharge-1.txt", { format: "log", status: 401 }],
  ["110-frappe-gcal-410-fullsync-1.txt", { format: "log", status: 410 }],
  ["110-gam-gmail-ratelimit-retry-after-1.txt", null],
  ["110-gcal-quickstart-403-insufficient-permission-1.txt", { format: "log", status: 403 }],
  ["110-gdata-forbiddenForNonOrganizer-1.txt", { format: "log", status: 403 }],
  ["110-gmail-python-429-ratelimit-1.txt", { format: "log", status: 429 }],
  ["110-grafana-cloud-tf-401-1.txt", { format: "log", status: 401 }],
  ["110-graph-MailboxNotEnabledForRESTAPI-1.txt", null],
  ["110-graph-docs-429-retry-after-1.txt", { format: "http", status: 429 }],
  ["110-graph-guzzle-403-ErrorAccessDenied-events-1.txt", { format: "log", status: 403 }],
  ["110-graph-python-ErrorAccessDenied-requestid-1.txt", null],
  ["110-heroku-excon-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["110-inboxzero-gmail-403-quota-per-minute-1.txt", { format: "log", status: 429 }], // refused at first; read now with the status Google's docs give its words
  ["110-mailgun-js-401-forbidden-1.txt", { format: "log", status: 401 }],
  ["110-newrelic-tf-401-bad-api-key-1.txt", { format: "log", status: 401 }],
  ["110-notion-sdk-429-rate-limited-1.txt", { format: "log", status: 429 }],
  ["110-pagerduty-tf-429-code2020-1.txt", { format: "log", status: 429 }],
  ["110-postmark-php-422-inactive-recipient-1.txt", null],
  ["110-probe-a-1.txt", null],
  ["110-probe-a-2.txt", null],
  ["110-probe-a-3.txt", null],
  ["110-probe-a-4.txt", null],
  ["110-probe-a-5.txt", null],
  ["110-probe-b-1.txt", null],
  ["110-probe-b-2.txt", null],
  ["110-probe-b-3.txt", null],
  ["110-probe-b-4.txt", null],
  ["110-probe-b-5.txt", null],
  ["110-sendgrid-ruby-403-sender-identity-1.txt", { format: "log", status: 403 }],
  ["110-sentry-tf-429-reset-1.txt", { format: "log", status: 429 }],
  ["110-ses-php-400-throttling-requestid-1.txt", { format: "log", status: 400 }],
  ["110-supabase-cli-401-login-role-1.txt", { format: "log", status: 401 }],
  ["110-terraform-outlook-429-ApplicationThrottled-1.txt", { format: "log", status: 429 }],
  ["110-vercel-cli-debug-403-reqid-1.txt", { format: "log", status: 403 }],
  ["110-vercel-sdk-409-conflict-1.txt", { format: "log", status: 409 }],
  ["110-wrangler-971-nostatus-1.txt", null],
  ["110-zoom-400-4711-missing-scopes-1.txt", { format: "log", status: 400 }],
  ["110-zoom-laravel-401-invalid-token-1.txt", { format: "log", status: 401 }],
  ["111-amazon-sp-api-quota-exceeded-1.txt", { format: "log", status: 429 }],
  ["111-bedrock-accessdenied-traceback-1.txt", { format: "log", status: undefined }],
  ["111-bedrock-throttling-boto3-1.txt", { format: "log", status: undefined }],
  ["111-bedrock-throttling-js-sdk-metadata-1.txt", { format: "log", status: 429 }],
  ["111-bedrock-throttling-swift-headers-1.txt", { format: "log", status: 429 }],
  ["111-bedrock-validation-java-sdk-1.txt", { format: "log", status: 400 }],
  ["111-deepseek-402-insufficient-balance-1.txt", { format: "log", status: 402 }],
  ["111-ebay-401-invalid-access-token-1.txt", { format: "log", status: 401 }],
  ["111-etsy-429-retry-after-86400-1.txt", null],
  ["111-etsy-500-oauth-refresh-1.txt", { format: "log", status: 500 }],
  ["111-fireworks-404-model-not-found-1.txt", { format: "log", status: 404 }],
  ["111-gemini-400-api-key-invalid-1.txt", { format: "json-body", status: 400 }],
  ["111-gemini-404-model-not-found-log-1.txt", { format: "log", status: 404 }],
  ["111-gemini-429-retryinfo-body-1.txt", { format: "json-body", status: 429 }],
  ["111-gemini-503-overloaded-genai-1.txt", { format: "log", status: 503 }],
  ["111-groq-429-litellm-aider-1.txt", { format: "log", status: 429 }],
  ["111-groq-429-openai-client-1.txt", { format: "log", status: 429 }],
  ["111-hubspot-429-secondly-requestid-1.txt", { format: "log", status: 429 }],
  ["111-hubspot-missing-scopes-1.txt", null],
  ["111-hubspot-python-429-ten-secondly-1.txt", { format: "log", status: 429 }],
  ["111-jsforce-invalid-session-1.txt", null],
  ["111-mistral-401-request-id-1.txt", { format: "log", status: 401 }],
  ["111-mistral-429-sdkerror-1.txt", { format: "log", status: 429 }],
  ["111-replicate-402-billing-1.txt", { format: "log", status: 402 }],
  ["111-salesforce-503-cdn-1.txt", { format: "log", status: 503 }],
  ["111-salesforce-request-limit-exceeded-1.txt", null],
  ["111-shopify-403-merchant-approval-1.txt", { format: "log", status: 403 }],
  ["111-shopify-422-title-blank-1.txt", { format: "log", status: 422 }],
  ["111-shopify-429-calls-per-second-1.txt", { format: "log", status: 429 }],
  ["111-shopify-graphql-throttled-1.txt", null],
  ["111-simple-salesforce-malformed-request-1.txt", null],
  ["111-square-401-unauthorized-1.txt", { format: "log", status: 401 }],
  ["111-together-429-litellm-1.txt", { format: "log", status: 429 }],
  ["111-woocommerce-401-cannot-view-1.txt", { format: "log", status: 401 }],
  ["111-xai-400-incorrect-api-key-1.txt", { format: "log", status: 400 }],
  ["111-zoho-invalid-token-1.txt", null],
  ["112-aiogram-retryafter-5-1.txt", { format: "log", status: 429 }],
  ["112-airtable-403-invalid-permissions-1.txt", { format: "log", status: 403 }],
  ["112-airtable-422-invalid-value-1.txt", { format: "log", status: 422 }],
  ["112-airtablejs-403-not-authorized-1.txt", { format: "log", status: 403 }],
  ["112-asana-500-phrase-1.txt", { format: "http", status: 500 }],
  ["112-botframework-unauthorized-1.txt", { format: "log", status: 401 }],
  ["112-confluence-403-debug-log-1.txt", { format: "log", status: 403 }],
  ["112-discord-429-headers-body-1.txt", null],
  ["112-discordjs-missing-permissions-1.txt", { format: "log", status: 403 }],
  ["112-discordpy-401-login-1.txt", { format: "log", status: 401 }],
  ["112-discordpy-429-blocked-1.txt", { format: "log", status: 429 }],
  ["112-discordpy-503-1.txt", { format: "log", status: 503 }],
  ["112-figma-403-invalid-token-1.txt", { format: "log", status: 403 }],
  ["112-jda-50013-1.txt", null],
  ["112-jira-401-client-retry-log-1.txt", { format: "log", status: 401 }],
  ["112-jira-cloud-429-raycast-1.txt", { format: "json-body", status: 429 }],
  ["112-jira-server-429-tomcat-1.txt", { format: "html-page", status: 429 }],
  ["112-linear-401-graphql-1.txt", { format: "log", status: 401 }],
  ["112-monday-complexity-200-429-1.txt", { format: "log", status: 429 }],
  ["112-notion-401-json-body-1.txt", { format: "json-body", status: 401 }],
  ["112-notion-401-request-id-header-1.txt", { format: "log", status: 401 }],
  ["112-notion-502-unknown-http-1.txt", { format: "log", status: 502 }],
  ["112-notion-object-not-found-1.txt", { format: "log", status: 404 }],
  ["112-notion-rate-limited-js-1.txt", { format: "log", status: 429 }],
  ["112-ptb-retryafter-20-1.txt", { format: "log", status: 429 }],
  ["112-slack-429-headers-reqid-1.txt", { format: "log", status: 429 }],
  ["112-slack-bolt-invalid-auth-1.txt", { format: "log", status: undefined }],
  ["112-slack-internal-error-1.txt", { format: "log", status: undefined }],
  ["112-slack-missing-scope-1.txt", { format: "log", status: undefined }],
  ["112-slack-sdk-ratelimited-1.txt", { format: "log", status: undefined }],
  ["112-slack-webapi-retry-after-10-1.txt", { format: "log", status: 429 }],
  ["112-teams-botnotinroster-403-1.txt", null],
  ["112-telegraf-403-blocked-1.txt", { format: "log", status: 403 }],
  ["112-telegram-429-json-2282-1.txt", { format: "json-body", status: 429 }],
  ["112-todoist-cli-403-1.txt", { format: "log", status: 403 }],
  ["112-trello-429-extension-limit-1.txt", { format: "log", status: 429 }],
  ["113-airflow-bigquery-403-jobs-create-up-for-retry-1.txt", { format: "log", status: 403 }],
  ["113-atlantis-bitbucket-401-1.txt", { format: "log", status: 401 }],
  ["113-dependabot-octokit-primary-ratelimit-1.txt", { format: "log", status: 403 }],
  ["113-dependabot-proxy-401-bad-credentials-1.txt", { format: "log", status: 401 }],
  ["113-gcloud-builds-submit-403-xml-1.txt", { format: "log", status: 403 }],
  ["113-gemini-429-resource-exhausted-retrydelay-1.txt", { format: "json-body", status: 429 }],
  ["113-gh-cli-403-codespace-scope-1.txt", { format: "log", status: 403 }],
  ["113-gh-cli-graphql-saml-1.txt", null],
  ["113-go-github-ratelimit-until-1.txt", { format: "log", status: 403 }],
  ["113-go-github-saml-403-1.txt", { format: "log", status: 403 }],
  ["113-go-googleapi-403-scope-insufficient-1.txt", { format: "log", status: 403 }],
  ["113-go-googleapi-403-userRateLimitExceeded-1.txt", { format: "log", status: 403 }],
  ["113-go-http-response-403-insufficient-scope-1.txt", { format: "log", status: 403 }],
  ["113-graphql-saml-status-200-1.txt", null],
  ["113-java-gax-permission-denied-api-disabled-1.txt", { format: "log", status: 403 }],
  ["113-java-gjre-403-insufficient-permissions-1.txt", { format: "log", status: 403 }],
  ["113-ngitlab-429-1.txt", { format: "log", status: 429 }],
  ["113-node-gaxios-debug-429-rateLimitExceeded-1.txt", { format: "log", status: 429 }],
  ["113-node-grpc-7-permission-denied-api-disabled-1.txt", { format: "log", status: 403 }],
  ["113-node-pubsub-grpc-14-unavailable-1.txt", { format: "log", status: 503 }],
  ["113-octokit-401-bad-credentials-headers-1.txt", { format: "json-wrapper", status: 401 }],
  ["113-octokit-422-headers-1.txt", { format: "log", status: 422 }],
  ["113-octokit-502-server-error-1.txt", { format: "log", status: 502 }],
  ["113-octokit-js-403-integration-1.txt", { format: "log", status: 403 }],
  ["113-octokit-rb-secondary-requestid-1.txt", { format: "log", status: 403 }],
  ["113-py-api-core-401-access-token-expired-1.txt", { format: "log", status: 401 }],
  ["113-py-bigquery-403-exceeded-rate-limits-1.txt", { format: "log", status: 403 }],
  ["113-py-pdb-429-body-and-headers-1.txt", { format: "log", status: 429 }],
  ["113-py-storage-404-bucket-not-found-1.txt", { format: "log", status: 404 }],
  ["113-py-storage-429-toomanyrequests-1.txt", { format: "log", status: 429 }],
  ["113-py-storage-503-service-unavailable-1.txt", { format: "log", status: 503 }],
  ["113-python-gitlab-401-1.txt", { format: "log", status: 401 }],
  ["113-python-gitlab-403-insufficient-scope-1.txt", { format: "log", status: 403 }],
  ["113-renovate-bitbucket-429-1.txt", { format: "log", status: 429 }],
  ["113-scorecard-abuse-double-escaped-1.txt", { format: "log", status: 403 }],
  ["113-terraform-go-429-resource-exhausted-debug-1.txt", { format: "log", status: 429 }],
  ["114-auth0-403-insufficient-scope-log-1.txt", { format: "log", status: 403 }],
  ["114-auth0-429-global-limit-1.txt", { format: "log", status: 429 }],
  ["114-box-java-401-requestid-1.txt", { format: "log", status: 401 }],
  ["114-dbxcli-429-retry-after-15-1.txt", { format: "log", status: 429 }],
  ["114-dropbox-401-expired-token-guzzle-1.txt", { format: "log", status: 401 }],
  ["114-freshservice-airbyte-429-1.txt", { format: "log", status: 429 }],
  ["114-hubspot-429-secondly-limit-1.txt", { format: "log", status: 429 }],
  ["114-hubspot-php-502-bad-gateway-1.txt", { format: "html-page", status: 502 }],
  ["114-hubspot-python-apiexception-500-1.txt", { format: "log", status: 500 }],
  ["114-intercom-node-401-token-unauthorized-1.txt", { format: "json-wrapper", status: 401 }],
  ["114-node-zendesk-401-buffer-1.txt", { format: "log", status: 401 }],
  ["114-okta-java-403-apiexception-requestid-1.txt", { format: "log", status: 403 }],
  ["114-okta-java-500-e0000009-1.txt", { format: "log", status: 500 }],
  ["114-okta-psmodule-401-e0000011-1.txt", { format: "log", status: 401 }],
  ["114-okta-terraform-429-debuglog-1.txt", { format: "http", status: 429 }],
  ["114-qbo-node-quickbooks-3100-403-1.txt", { format: "log", status: 403 }],
  ["114-qbo-php-400-validationfault-1.txt", { format: "log", status: 400 }],
  ["114-qbo-python-quickbooks-3200-authenticationfailed-1.txt", { format: "log", status: 401 }],
  ["114-qbo-throttleexceeded-403-xml-1.txt", { format: "log", status: 403 }],
  ["114-qbo-throttleexceeded-429-xml-1.txt", { format: "log", status: 429 }],
  ["114-spotcast-429-retry-0s-502-1.txt", { format: "log", status: 502 }],
  ["114-spotdl-429-max-retries-1.txt", { format: "log", status: 429 }],
  ["114-spotify-502-guzzle-1.txt", { format: "log", status: 502 }],
  ["114-spotipy-401-token-expired-1.txt", { format: "log", status: 401 }],
  ["114-spotipy-403-insufficient-client-scope-1.txt", { format: "log", status: 403 }],
  ["114-tweepy-403-453-1.txt", { format: "log", status: 403 }],
  ["114-twitterapi-429-1.txt", { format: "log", status: 429 }],
  ["114-xero-401-tokenexpired-1.txt", { format: "json-body", status: 401 }],
  ["114-xero-403-forbidden-authenticationunsuccessful-1.txt", { format: "json-body", status: 403 }],
  ["114-xero-netstandard-401-authorizationunsuccessful-1.txt", { format: "log", status: 401 }],
  ["114-xero-php-guzzle-401-authenticationunsuccessful-1.txt", { format: "log", status: 401 }],
  ["114-zendesk-429-python-headers-dict-1.txt", { format: "log", status: 429 }],
  ["114-zendesk-curl-v-429-retry-after-93-1.txt", { format: "curl-v", status: 429 }],
  ["114-zenpy-apiexception-recordinvalid-1.txt", null],
  ["114-zoom-400-4711-missing-scopes-1.txt", { format: "log", status: 400 }],
  ["114-zoom-429-daily-limit-1.txt", { format: "json-wrapper", status: 429 }],
  ["115-anthropic-401-request-id-1.txt", { format: "log", status: 401 }],
  ["115-anthropic-ts-529-headers-1.txt", { format: "log", status: 529 }],
  ["115-azure-go-429-retry-after-45-1.txt", { format: "log", status: 429 }],
  ["115-azure-openai-py-500-reqid-1.txt", { format: "log", status: 500 }],
  ["115-bedrock-swift-throttling-429-1.txt", { format: "log", status: 429 }],
  ["115-claude-code-400-credit-balance-1.txt", { format: "log", status: 400 }],
  ["115-dotnet-azure-429-try-again-40-1.txt", { format: "log", status: 429 }],
  ["115-fb-190-463-session-expired-1.txt", null],
  ["115-fb-airbyte-80004-status400-1.txt", { format: "log", status: 400 }],
  ["115-fb-flutter-190-460-1.txt", { format: "log", status: 400 }],
  ["115-fb-guzzle-appsecret-proof-1.txt", { format: "log", status: 400 }],
  ["115-fb-koala-190-http400-1.txt", { format: "log", status: 400 }],
  ["115-fb-node-2-service-unavailable-1.txt", { format: "log", status: 400 }],
  ["115-fb-php-32-page-limit-1.txt", null],
  ["115-fb-pysdk-17-user-limit-1.txt", { format: "log", status: 400 }],
  ["115-fb-raw-500-unknown-error-1.txt", { format: "http", status: 500 }],
  ["115-fb-tap-80004-ad-account-1.txt", { format: "log", status: 400 }],
  ["115-go-codel-429-try-again-1.txt", { format: "log", status: 429 }],
  ["115-go-openai-403-country-1.txt", { format: "log", status: 403 }],
  ["115-ig-guzzle-403-code10-1.txt", { format: "log", status: 403 }],
  ["115-java-theokanning-try-again-20s-1.txt", { format: "log", status: 429 }],
  ["115-langchain-retry-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["115-li-403-access-denied-1.txt", { format: "json-body", status: 403 }],
  ["115-li-429-resource-throttle-1.txt", { format: "http", status: 429 }],
  ["115-li-oauth2-expired-requestid-1.txt", { format: "log", status: 401 }],
  ["115-openai-node-codex-rate-limit-1.txt", null],
  ["115-openai-node-server-error-reqid-1.txt", null],
  ["115-openai-py-401-invalid-key-1.txt", { format: "log", status: 401 }],
  ["115-openai-py-403-project-model-1.txt", { format: "log", status: 403 }],
  ["115-openai-py-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["115-pinterest-requests-429-1.txt", { format: "log", status: 429 }],
  ["115-reddit-praw-429-1.txt", { format: "log", status: 429 }],
  ["115-shellgpt-429-request-too-large-1.txt", { format: "log", status: 429 }],
  ["115-vertex-claude-429-quota-1.txt", { format: "log", status: 429 }],
  ["115-wa-131056-pair-rate-limit-1.txt", null],
  ["115-wa-chatwoot-190-expired-1.txt", null],
  ["116-aadsts700082-msal-net-uirequired-1.txt", null],
  ["116-activitylimit-qa-retry-after-41-1.txt", { format: "log", status: 429 }],
  ["116-adyen-java-422-1.txt", { format: "log", status: 422 }],
  ["116-apigw-missing-auth-token-raw-1.txt", { format: "http", status: 403 }],
  ["116-auth0-tf-429-global-limit-1.txt", { format: "log", status: 429 }],
  ["116-authz-requestdenied-superagent-403-1.txt", { format: "log", status: 403 }],
  ["116-awscli-debug-sts-invalidclienttokenid-1.txt", { format: "log", status: 403 }],
  ["116-awscli-ec2-signaturedoesnotmatch-json-1.txt", { format: "log", status: 403 }], // read since round 219 (S3's own words for a code, a PHP dump's response, its status key `status`)
  ["116-azuread-403-authorization-requestdenied-1.txt", { format: "log", status: 403 }],
  ["116-cdktf-github-primary-ratelimit-reset-1.txt", { format: "log", status: 403 }],
  ["116-cdktf-secondary-rate-limit-1.txt", null],
  ["116-cfn-throttling-xml-1.txt", { format: "log", status: undefined }],
  ["116-checkout-422-1.txt", null],
  ["116-cpp-s3-slowdown-503-1.txt", { format: "log", status: 503 }],
  ["116-datadog-tf-403-permission-1.txt", { format: "log", status: 403 }],
  ["116-dependabot-octokit-401-bad-credentials-1.txt", { format: "log", status: 401 }],
  ["116-erroraccessdenied-python-o365-403-1.txt", { format: "log", status: 403 }],
  ["116-generalexception-500-onedrive-raw-1.txt", { format: "http", status: 500 }],
  ["116-google-tf-403-ratelimitexceeded-1.txt", { format: "log", status: 403 }],
  ["116-google-tflog-429-resource-exhausted-1.txt", { format: "log", status: 429 }],
  ["116-gov1-ec2-unauthorizedoperation-1.txt", { format: "log", status: 403 }],
  ["116-gov2-debug-ec2-503-unavailable-raw-1.txt", { format: "http", status: 503 }],
  ["116-gov2-dynamodb-validationexception-1.txt", { format: "log", status: 400 }],
  ["116-invalidauthtoken-java-graphserviceexception-401-1.txt", { format: "log", status: 401 }],
  ["116-javav1-s3-internalerror-500-1.txt", { format: "log", status: 500 }],
  ["116-jsv2-dynamodb-provisioned-throughput-1.txt", { format: "log", status: 400 }],
  ["116-kubelet-dockerhub-429-pull-limit-1.txt", { format: "log", status: 429 }],
  ["116-mollie-php-unauthorized-1.txt", null],
  ["116-nolicense-invoke-mggraphrequest-403-1.txt", { format: "http", status: 403 }],
  ["116-paypal-429-ratelimit-log-1.txt", { format: "log", status: 429 }],
  ["116-paypal-500-json-headers-1.txt", { format: "json-wrapper", status: 500 }],
  ["116-paypal-node-401-debugid-1.txt", { format: "log", status: 401 }],
  ["116-paypal-php-401-log-1.txt", { format: "log", status: 401 }],
  ["116-plaid-429-1.txt", null],
  ["116-probe-aiodynamo-test-1.txt", null],
  ["116-probe-failed-to-fetch-502-prose-1.txt", null],
  ["116-probe-pr-403s-plural-1.txt", null],
  ["116-probe-tap-test-payload-1.txt", null],
  ["116-renovate-401-bad-credentials-json-1.txt", { format: "log", status: 401 }],
  ["116-resourcenotfound-404-graph-explorer-1.txt", { format: "log", status: 404 }],
  ["116-ruby-wiretrace-s3-accessdenied-1.txt", { format: "http", status: 403 }],
  ["116-setup-terraform-502-1.txt", { format: "log", status: 502 }],
  ["116-stepfunctions-lambda-toomanyrequests-429-1.txt", { format: "log", status: 429 }],
  ["116-stripe-node-403-permission-1.txt", { format: "log", status: 403 }],
  ["116-stripe-node-legacy-ratelimit-1.txt", null],
  ["116-stripe-nosuchcustomer-jsonlog-1.txt", null],
  ["116-stripe-ruby-idempotency-1.txt", { format: "log", status: 400 }], // read since round 244 (refused before)
  ["116-stripe-ruby-lock-timeout-1.txt", { format: "log", status: 429 }],
  ["116-tf-github-422-validation-failed-1.txt", { format: "log", status: 422 }],
  ["116-toomanyrequests-pwsh-invoke-webrequest-1.txt", { format: "log", status: 429 }], // Read since round 199 (a Graph code that is its status's name, an OpenAI class above its words).
  ["116-toomanyrequests-qa-headers-retry-after-5-1.txt", { format: "log", status: 429 }], // Read since round 199 (a Graph code that is its status's name, an OpenAI class above its words).
  ["116-toomanyrequests-res-status-429-1.txt", null],
  ["116-unknownerror-503-java-graphfatal-1.txt", { format: "log", status: 503 }],
  ["116-vercel-cli-429-try-again-in-1.txt", { format: "log", status: 429 }],
  ["117-airbyte-hubspot-expired-401-1.txt", { format: "log", status: 401 }],
  ["117-analog-calendar-403-scope-insufficient-1.txt", { format: "json-body", status: 403 }],
  ["117-azure-429-inside-400-headers-1.txt", { format: "log", status: 429 }],
  ["117-bedrock-throttling-awssdk-json-1.txt", { format: "json-body", status: 429 }],
  ["117-continue-openai-403-region-1.txt", { format: "log", status: 403 }],
  ["117-crewai-litellm-anthropic-401-1.txt", { format: "log", status: 401 }],
  ["117-foiamail-gmail-429-retry-after-1.txt", { format: "log", status: 429 }],
  ["117-gam-503-backenderror-1.txt", { format: "log", status: 503 }],
  ["117-gargle-sheets-429-resource-exhausted-1.txt", { format: "log", status: 429 }],
  ["117-gdcmdtools-drive-403-ratelimit-1.txt", { format: "log", status: 403 }],
  ["117-gdrive-go-404-notfound-1.txt", { format: "log", status: 404 }],
  ["117-gupload-drive-invalid-grant-shell-1.txt", null],
  ["117-hubspot-daily-limit-example-1.txt", null],
  ["117-hubspot-node-missing-scopes-dump-1.txt", null],
  ["117-hubspot-ruby-validation-invalid-option-1.txt", null],
  ["117-inboxzero-gmail-429-node-log-1.txt", { format: "log", status: 429 }],
  ["117-intercom-ruby-401-1.txt", { format: "log", status: 401 }],
  ["117-java-ftp-adapter-403-userratelimit-1.txt", { format: "log", status: 403 }],
  ["117-langchain-gemini-resource-exhausted-1.txt", { format: "log", status: 429 }],
  ["117-langchain-openai-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["117-langchain-retry-log-quota-1.txt", { format: "log", status: 429 }],
  ["117-laravel-sheets-400-parse-range-1.txt", { format: "log", status: 400 }],
  ["117-litellm-anthropic-overloaded-1.txt", { format: "log", status: 529 }],
  ["117-litellm-proxy-azure-429-1.txt", { format: "log", status: 429 }],
  ["117-litellm-vertex-404-1.txt", { format: "log", status: 404 }],
  ["117-llamaindex-context-length-retry-1.txt", { format: "log", status: 400 }],
  ["117-nodejs-gaxios-calendar-401-autherror-1.txt", { format: "log", status: 401 }],
  ["117-ogcs-calendar-dotnet-500-backenderror-1.txt", { format: "log", status: 500 }],
  ["117-pipedrive-tap-401-1.txt", { format: "log", status: 401 }],
  ["117-posthog-hubspot-missing-scopes-403-1.txt", { format: "log", status: 403 }],
  ["117-probe-docs-status-table-rows-1.txt", null],
  ["117-probe-mocked-connect-error-test-1.txt", null],
  ["117-resend-403-domain-not-verified-1.txt", { format: "log", status: 403 }],
  ["117-sendgrid-500-raw-http-1.txt", { format: "http", status: 500 }],
  ["117-sendgrid-php-401-header-array-1.txt", { format: "log", status: 401 }],
  ["117-sendgrid-php-502-100-continue-1.txt", { format: "log", status: 502 }],
  ["117-ses-boto-400-xml-1.txt", { format: "log", status: 400 }],
  ["117-sf-inspector-invalid-session-401-1.txt", { format: "log", status: 401 }],
  ["117-sharex-drive-403-storage-quota-headers-1.txt", { format: "log", status: 403 }],
  ["117-simple-salesforce-query-too-complicated-1.txt", null],
  ["117-telegram-telepot-502-html-1.txt", { format: "html-page", status: 502 }],
  ["117-twilio-python-400-not-authorized-1.txt", { format: "log", status: 400 }],
  ["117-twilio-python-401-traceback-1.txt", { format: "log", status: 401 }],
  ["117-twilio-serverless-429-json-1.txt", { format: "json-body", status: 429 }],
  ["117-vercel-ai-sdk-groq-retryerror-1.txt", null],
  ["117-vonage-200-bad-credentials-curl-1.txt", { format: "http", status: 200 }],
  ["118-b2-cli-503-no-uploads-1.txt", { format: "log", status: 503 }],
  ["118-bigcommerce-python-429-1.txt", { format: "log", status: 429 }],
  ["118-box-camel-409-item-name-in-use-1.txt", { format: "json-body", status: 409 }],
  ["118-box-python-401-unauthorized-1.txt", { format: "log", status: 401 }],
  ["118-etsy-429-per-second-1.txt", null],
  ["118-fog-b2-503-no-tomes-1.txt", { format: "log", status: 503 }],
  ["118-github-secondary-reqid-1.txt", { format: "log", status: 403 }],
  ["118-gogithub-401-badcreds-1.txt", { format: "log", status: 401 }],
  ["118-gogithub-422-pr-exists-1.txt", { format: "log", status: 422 }],
  ["118-graph-onedrive-507-quota-1.txt", { format: "log", status: 507 }],
  ["118-linkedin-403-permissions-1.txt", { format: "log", status: 403 }],
  ["118-looker-dropbox-409-path-conflict-1.txt", { format: "log", status: 409 }],
  ["118-magento-consumer-not-authorized-1.txt", null],
  ["118-mastodon-401-invalid-token-1.txt", { format: "log", status: 401 }],
  ["118-netlify-500-1.txt", { format: "log", status: 500 }],
  ["118-octokitrb-app-jwt-401-1.txt", { format: "log", status: 401 }],
  ["118-onedrive-client-429-activity-limit-1.txt", { format: "log", status: 429 }],
  ["118-opendal-dropbox-429-retry-after-1.txt", { format: "log", status: 429 }],
  ["118-pagerduty-429-terraform-1.txt", { format: "log", status: 429 }],
  ["118-pygithub-backoff-855s-1.txt", { format: "log", status: 403 }],
  ["118-pygithub-not-accessible-1.txt", { format: "log", status: 403 }],
  ["118-pygithub-primary-unauth-1.txt", { format: "log", status: 403 }],
  ["118-pythongitlab-502-1.txt", { format: "log", status: 502 }],
  ["118-reddit-praw-401-1.txt", { format: "log", status: 401 }],
  ["118-reddit-praw-429-assert-1.txt", { format: "log", status: 429 }],
  ["118-s3-spaces-503-slowdown-1.txt", { format: "log", status: 503 }],
  ["118-sentry-429-plugin-1.txt", { format: "log", status: 429 }],
  ["118-sharex-dropbox-409-insufficient-space-1.txt", { format: "log", status: 409 }],
  ["118-shopify-api-503-internal-1.txt", { format: "log", status: 503 }],
  ["118-shopify-node-429-calllimit-1.txt", { format: "log", status: 429 }],
  ["118-shopify-python-401-requestid-1.txt", { format: "log", status: 401 }],
  ["118-shopifysharp-422-options-1.txt", { format: "log", status: 422 }],
  ["118-spotify-429-max-retries-1.txt", { format: "log", status: 429 }],
  ["118-twitch-401-token-missing-1.txt", { format: "json-body", status: 401 }],
  ["118-woocommerce-net-401-1.txt", { format: "log", status: 401 }],
  ["118-x-client-not-enrolled-403-1.txt", { format: "log", status: 403 }],
  ["118-youtube-503-backend-1.txt", { format: "log", status: 503 }],
  ["118-youtube-quota-raw-headers-1.txt", { format: "log", status: 403 }],
  ["119-airtable-422-invalid-body-1.txt", { format: "log", status: 422 }],
  ["119-arm-axios-429-retry-after-1.txt", { format: "log", status: 429 }],
  ["119-auth0-insufficient-scope-net-1.txt", null],
  ["119-azure-csharp-toomanyrequests-1.txt", { format: "log", status: 429 }],
  ["119-azure-expired-authentication-token-1.txt", null],
  ["119-azure-go-429-throttled-1.txt", { format: "log", status: 429 }],
  ["119-bigquery-python-forbidden-jobid-1.txt", { format: "log", status: 403 }],
  ["119-clickup-oauth018-raycast-1.txt", null],
  ["119-cloudflare-ratelimit-10100-json-1.txt", null],
  ["119-confluence-409-optimisticlock-1.txt", { format: "log", status: 409 }],
  ["119-docusign-401-userinfo-java-1.txt", { format: "log", status: 401 }],
  ["119-docusign-ios-401-tracetoken-1.txt", { format: "log", status: 401 }],
  ["119-dotnet-azure-429-86400s-1.txt", { format: "log", status: 429 }],
  ["119-dotnet-openai-dotnet-tpm-114h-1.txt", { format: "json-body", status: undefined }],
  ["119-freshdesk-400-xrequestid-1.txt", { format: "log", status: 400 }],
  ["119-gcp-compute-python-503-1.txt", { format: "log", status: 503 }],
  ["119-go-howto-429-response-dump-1.txt", { format: "log", status: 429 }],
  ["119-go-kubectl-ai-429-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["119-go-weaviate-azure-429-9s-1.txt", null],
  ["119-gsutil-accessdenied-list-1.txt", { format: "log", status: 403 }],
  ["119-intercom-ruby-500-1.txt", { format: "log", status: 500 }],
  ["119-java-spring-ai-groq-401-1.txt", { format: "log", status: 401 }],
  ["119-jira-400-dotnet-1.txt", { format: "log", status: 400 }],
  ["119-jira-403-spring-1.txt", { format: "log", status: 403 }],
  ["119-jira-404-statuscodeerror-1.txt", { format: "log", status: 404 }],
  ["119-jira-429-did-1.txt", { format: "log", status: 429 }],
  ["119-kotlin-aicoder-tpm-6ms-1.txt", { format: "log", status: 429 }],
  ["119-monday-429-complexity-budget-1.txt", { format: "json-body", status: 429 }],
  ["119-monday-complexity-200-1.txt", null],
  ["119-notion-502-weread-1.txt", { format: "log", status: 502 }],
  ["119-okta-e0000001-validation-1.txt", { format: "log", status: 400 }],
  ["119-php-nextcloud-guzzle-401-1.txt", { format: "log", status: 401 }],
  ["119-php-openai-php-model-not-exist-1.txt", null],
  ["119-pubsub-java-resource-exhausted-1.txt", { format: "log", status: 429 }],
  ["119-pulumi-azure-authorizationfailed-403-1.txt", { format: "log", status: 403 }],
  ["119-qbo-invalid-grant-python-1.txt", { format: "log", status: 400 }],
  ["119-qbo-validationfault-xml-1.txt", null],
  ["119-rust-async-openai-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["119-rust-oli-anthropic-400-1.txt", { format: "log", status: 400 }],
  ["119-swift-openaiswift-401-1.txt", { format: "log", status: 401 }],
  ["119-terraform-google-googleapi-403-1.txt", { format: "log", status: 403 }],
  ["119-todoist-404-python-1.txt", { format: "log", status: 404 }],
  ["119-trello-401-action-log-1.txt", { format: "log", status: 401 }],
  ["119-wrangler-authentication-error-10000-1.txt", null],
  ["119-xero-ratelimit-pyxero-1.txt", null],
  ["119-zendesk-422-guzzle-php-1.txt", { format: "log", status: 422 }],
  ["119-zendesk-429-hourly-php-1.txt", null],
  ["119-zoom-124-expired-1.txt", null],
  ["120-alamofire-po-response-403-1.txt", { format: "log", status: 403 }],
  ["120-algolia-403-operations-quota-1.txt", { format: "log", status: 403 }],
  ["120-algolia-places-429-1.txt", { format: "json-body", status: 429 }],
  ["120-anthropic-429-rust-reqwest-1.txt", { format: "log", status: 429 }],
  ["120-atlas-400-invitations-rate-limited-1.txt", { format: "log", status: 400 }],
  ["120-auth0-android-invalid-refresh-token-1.txt", null],
  ["120-bedrock-400-go-inference-profile-1.txt", { format: "log", status: 400 }],
  ["120-bedrock-400-go-model-id-1.txt", { format: "log", status: 400 }],
  ["120-bedrock-botocore-debug-nostatus-1.txt", null],
  ["120-bigquery-403-ratelimitexceeded-ruby-1.txt", null],
  ["120-clerk-401-signed-out-1.txt", null],
  ["120-cognito-java-notauthorized-invalid-refresh-1.txt", { format: "log", status: 400 }],
  ["120-cognito-jwks-fetch-timeout-1.txt", { format: "network-text", status: undefined }],
  ["120-cognito-oauth2-token-400-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["120-connectycube-flutter-401-1.txt", { format: "log", status: 401 }],
  ["120-databricks-request-limit-exceeded-1.txt", null],
  ["120-deepseek-insufficient-balance-1.txt", { format: "log", status: 400 }], // Read since round 201: LiteLLM's BadRequestError, its class's status (LiteLLM raises DeepSeek's 402 as it); not retried either way.
  ["120-dio-429-openai-server-error-1.txt", { format: "log", status: 429 }],
  ["120-dio-429-spotify-login-1.txt", { format: "log", status: 429 }],
  ["120-elasticsearch-429-coordinating-rejection-1.txt", { format: "json-body", status: 429 }],
  ["120-elasticsearch-bulk-items-429-1.txt", null],
  ["120-entra-adal-503-temporarily-unavailable-1.txt", { format: "log", status: 503 }],
  ["120-entra-msal-temporarily-unavailable-50033-1.txt", null],
  ["120-entra-pac-cli-700082-inactive-refresh-1.txt", null],
  ["120-firebase-github-bad-verification-code-1.txt", { format: "log", status: 400 }],
  ["120-firebase-securetoken-token-expired-1.txt", { format: "log", status: 400 }],
  ["120-firestore-resource-exhausted-log-1.txt", { format: "log", status: 429 }],
  ["120-firestore-rest-403-permission-denied-1.txt", { format: "json-body", status: 403 }],
  ["120-flutter-gemini-dio-400-1.txt", { format: "log", status: 400 }],
  ["120-flutter-oauth2-spotify-token-expired-1.txt", null],
  ["120-gemini-429-curl-1.txt", { format: "log", status: 429 }],
  ["120-gemini-429-dotnet-1.txt", { format: "log", status: 429 }],
  ["120-gemini-503-dotnet-1.txt", { format: "log", status: 503 }],
  ["120-google-auth-refresherror-excinfo-1.txt", null],
  ["120-google-golang-oauth2-invalid-code-verifier-1.txt", { format: "log", status: 400 }],
  ["120-groq-413-rust-1.txt", { format: "log", status: 413 }],
  ["120-keycloak-spring-401-unauthorized-client-1.txt", { format: "log", status: 401 }],
  ["120-ktor-403-s3-accessdenied-1.txt", { format: "log", status: 403 }],
  ["120-logstash-es-429-retrying-1.txt", { format: "log", status: 429 }],
  ["120-maui-azure-openai-400-1.txt", { format: "log", status: 400 }],
  ["120-mistral-429-1.txt", { format: "json-body", status: 429 }],
  ["120-neon-422-projects-limit-1.txt", { format: "http", status: 422 }],
  ["120-okhttp-google-directions-over-query-limit-1.txt", null],
  ["120-okta-invalid-refresh-token-doc-1.txt", null],
  ["120-openai-kotlin-ratelimitexception-quota-1.txt", { format: "log", status: 429 }],
  ["120-opensearch-403-cluster-block-write-1.txt", { format: "log", status: 403 }],
  ["120-perplexity-400-curl-1.txt", { format: "log", status: 400 }],
  ["120-perplexity-401-html-1.txt", { format: "html-page", status: 401 }],
  ["120-pinecone-400-pod-quota-1.txt", { format: "log", status: 400 }],
  ["120-postman-mock-usage-limit-1.txt", null],
  ["120-probe-anthropic-errors-docs-1.txt", null],
  ["120-probe-anthropic-java-test-1.txt", null],
  ["120-probe-anthropic-ratelimit-headers-doc-1.txt", null],
  ["120-probe-atlas-rate-limit-docs-1.txt", null],
  ["120-probe-atlas-ratelimit-inspection-gist-1.txt", null],
  ["120-probe-deepseek-error-codes-1.txt", null],
  ["120-probe-gherkin-refresh-error-tests-1.txt", null],
  ["120-probe-jwks-endpoint-doc-1.txt", null],
  ["120-probe-okhttp-docs-logging-levels-1.txt", null],
  ["120-probe-okhttp-tvmaze-retry-interceptor-code-1.txt", null],
  ["120-probe-okta-200-rate-limit-headers-1.txt", { format: "http", status: 200 }],
  ["120-probe-openai-kotlin-feature-request-ratelimit-headers-1.txt", null],
  ["120-probe-postgrest-errors-docs-1.txt", { format: "http", status: 400 }],
  ["120-probe-ruby-llm-pr-1.txt", null],
  ["120-probe-schibsted-pr-invalid-grant-logout-1.txt", null],
  ["120-probe-snowflake-nodejs-pr441-1.txt", null],
  ["120-probe-tibco-doc-token-success-1.txt", { format: "http", status: 200 }],
  ["120-probe-trmnl-android-pr-429-backoff-1.txt", null],
  ["120-probe-urlsession-github-200-ratelimit-headers-1.txt", { format: "http", status: 200 }],
  ["120-probe-zipkin-es-bulk-429-test-1.txt", null],
  ["120-react-native-google-places-over-query-limit-1.txt", null],
  ["120-retrofit-401-jules-googleapis-1.txt", { format: "log", status: 401 }],
  ["120-salesforce-guzzle-400-authentication-failure-1.txt", { format: "log", status: 400 }],
  ["120-snowflake-390114-token-expired-1.txt", null],
  ["120-supabase-invalid-refresh-token-1.txt", { format: "log", status: 400 }],
  ["120-supabase-local-401-pgrst301-1.txt", { format: "log", status: 401 }],
  ["120-supabase-postgrest-pgrst002-503-1.txt", null],
  ["120-together-400-model-not-available-1.txt", { format: "log", status: 400 }],
  ["120-urlsession-strava-401-1.txt", { format: "log", status: 401 }],
  ["120-vertex-grpc-java-1.txt", { format: "log", status: 429 }],
  ["120-xai-403-go-1.txt", { format: "log", status: 403 }],
  ["120-xai-429-credits-1.txt", { format: "log", status: 429 }],
  ["121-adyen-401-security-1.txt", { format: "json-body", status: 401 }],
  ["121-adyen-422-167-1.txt", { format: "json-body", status: 422 }],
  ["121-apns-baddevicetoken-sygnal-1.txt", { format: "log", status: 400 }],
  ["121-apns-expiredprovidertoken-403-1.txt", null],
  ["121-apns-toomanyprovidertokenupdates-429-1.txt", { format: "log", status: 429 }],
  ["121-braintree-php-authentication-1.txt", null],
  ["121-brevo-401-python-1.txt", { format: "log", status: 401 }],
  ["121-client-go-statuserror-429-retryafterseconds-1.txt", { format: "log", status: 429 }],
  ["121-coinbase-advanced-429-html-1.txt", null],
  ["121-coinbasepro-429-ccxt-1.txt", { format: "log", status: 429 }],
  ["121-consul-403-acl-not-found-1.txt", { format: "log", status: 403 }],
  ["121-django-stripe-invalid-url-1.txt", null],
  ["121-docker-modem-500-toomanyrequests-1.txt", { format: "log", status: 500 }],
  ["121-doctl-trace-422-1.txt", { format: "http", status: 422 }],
  ["121-dotnet-octokit-ratelimit-unauthenticated-1.txt", null],
  ["121-elixir-slack-invalid-auth-1.txt", null],
  ["121-expo-too-many-requests-1.txt", null],
  ["121-fabric8-409-conflict-1.txt", { format: "log", status: 409 }],
  ["121-faraday-zendesk-401-1.txt", { format: "log", status: 401 }],
  ["121-fcm-topic-quota-429-log-1.txt", { format: "log", status: 429 }],
  ["121-fcm-v1-unregistered-java-1.txt", { format: "log", status: 404 }],
  ["121-flask-stripe-402-card-declined-1.txt", { format: "log", status: 402 }],
  ["121-flutterwave-merchant-approval-1.txt", null],
  ["121-go-google-sql-403-insufficient-permissions-1.txt", { format: "log", status: 403 }],
  ["121-gocardless-429-institution-daily-1.txt", { format: "json-body", status: 429 }],
  ["121-helm-ghcr-401-anonymous-token-1.txt", { format: "log", status: 401 }],
  ["121-heroku-rb-422-app-limit-1.txt", { format: "log", status: 422 }],
  ["121-hetzner-curl-429-rate-limit-exceeded-1.txt", { format: "log", status: 429 }],
  ["121-k8s-python-apiexception-403-1.txt", { format: "log", status: 403 }],
  ["121-kube-rs-429-storage-initializing-1.txt", { format: "log", status: 429 }],
  ["121-kubectl-v-401-unauthorized-1.txt", { format: "log", status: 401 }],
  ["121-laravel-log-facebook-graph-400-1.txt", { format: "log", status: 400 }],
  ["121-laravel-socialite-google-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["121-mailgun-403-sandbox-1.txt", { format: "log", status: 403 }],
  ["121-mandrill-rejected-unsigned-1.txt", null],
  ["121-messagebird-401-node-1.txt", { format: "log", status: 401 }],
  ["121-midtrans-python-401-1.txt", { format: "log", status: 401 }],
  ["121-mollie-422-webhook-1.txt", { format: "log", status: 422 }],
  ["121-nextjs-stripe-url-invalid-request-log-url-1.txt", null],
  ["121-onesignal-not-subscribed-200-1.txt", null],
  ["121-paystack-cloudflare-400-1.txt", { format: "html-page", status: 400 }],
  ["121-paystack-guzzle-invalid-amount-1.txt", { format: "log", status: 400 }],
  ["121-phoenix-stripe-402-expired-card-1.txt", { format: "log", status: 402 }],
  ["121-plivo-400-node-1.txt", { format: "log", status: 400 }],
  ["121-postmark-sender-signature-ruby-1.txt", null],
  ["121-probe-apns-docs-table-429-1.txt", null],
  ["121-probe-docker-ratelimit-blog-1.txt", null],
  ["121-probe-doctl-pr-ratelimit-1.txt", null],
  ["121-probe-firebase-admin-release-note-1.txt", null],
  ["121-probe-flutterwave-auth-docs-1.txt", null],
  ["121-probe-github-curl-200-ratelimit-headers-1.txt", { format: "http", status: 200 }],
  ["121-probe-gocardless-ratelimit-pr-1.txt", null],
  ["121-probe-heroku-style-guide-json-1.txt", null],
  ["121-probe-kubectl-v8-200-ok-1.txt", null],
  ["121-probe-laravel-pr-unauthorized-method-1.txt", null],
  ["121-probe-mailgun-php-sendresponse-dump-1.txt", null],
  ["121-probe-mailgun-success-json-1.txt", null],
  ["121-probe-mollie-refund-success-mock-1.txt", { format: "http", status: 201 }],
  ["121-probe-nordigen-headers-feature-1.txt", null],
  ["121-probe-postmark-success-json-1.txt", null],
  ["121-probe-rails-faraday-retry-429-pr-1.txt", null],
  ["121-probe-razorpay-changelog-1.txt", null],
  ["121-probe-render-tf-pr-respect-rate-limit-1.txt", null],
  ["121-probe-slack-changelog-webhook-errors-1.txt", null],
  ["121-probe-slack-ruby-client-auth-spec-1.txt", null],
  ["121-rails-octokit-403-rate-limit-1.txt", { format: "log", status: 403 }],
  ["121-rails-slack-notifier-invalid-blocks-1.txt", { format: "log", status: 400 }],
  ["121-razorpay-node-500-1.txt", { format: "json-body", status: 500 }],
  ["121-razorpay-php-invalid-key-1.txt", null],
  ["121-ses-messagerejected-requestid-1.txt", null],
  ["121-ses-smtp-454-throttling-1.txt", null],
  ["121-spring-boot-azure-ad-graph-429-1.txt", { format: "log", status: 429 }],
  ["121-spring-webclient-401-dashscope-1.txt", { format: "log", status: 401 }],
  ["121-square-400-bad-json-1.txt", { format: "log", status: 400 }],
  ["121-tf-cloudflare-429-10100-1.txt", { format: "log", status: 429 }],
  ["121-tf-datadog-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["121-tf-github-403-secondary-rate-limit-1.txt", { format: "log", status: 403 }],
  ["121-tf-pagerduty-429-misleading-credentials-1.txt", { format: "log", status: 429 }],
  ["121-vault-cli-403-permission-denied-1.txt", { format: "log", status: 403 }],
  ["121-vercel-nextjs-openai-429-stream-1.txt", { format: "log", status: 429 }],
  ["121-vercel-stripe-success-url-too-long-1.txt", { format: "json-body", status: 400 }],
  ["121-whatsapp-131009-fbtrace-1.txt", null],
  ["121-wise-invalid-token-1.txt", null],
  ["121-xendit-forbidden-key-1.txt", null],
  ["122-aider-anthropic-overloaded-1.txt", { format: "log", status: 529 }],
  ["122-aider-openai-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["122-amplitude-kotlin-invalid-api-key-log-1.txt", null],
  ["122-aws-cli-rds-throttling-1.txt", { format: "log", status: undefined }],
  ["122-az-quota-list-503-debug-1.txt", { format: "log", status: 503 }],
  ["122-calcom-401-unauthorized-1.txt", null],
  ["122-claude-code-429-extra-usage-1.txt", { format: "log", status: 429 }],
  ["122-claude-code-529-overloaded-1.txt", { format: "log", status: 529 }],
  ["122-cline-vertex-401-api-key-1.txt", { format: "log", status: 401 }],
  ["122-codex-429-retry-limit-1.txt", { format: "log", status: 429 }],
  ["122-continue-anthropic-context-limit-1.txt", null],
  ["122-continue-deepseek-402-1.txt", { format: "log", status: 402 }],
  ["122-continue-siliconflow-400-chinese-1.txt", { format: "log", status: 400 }],
  ["122-copilot-chat-400-prompt-tokens-1.txt", { format: "log", status: 400 }],
  ["122-copilot-cli-rate-limit-58h-1.txt", null],
  ["122-doctl-401-1.txt", { format: "log", status: 401 }],
  ["122-firebase-deploy-debug-429-cloudbilling-1.txt", { format: "log", status: 429 }],
  ["122-flyctl-deploy-payment-method-1.txt", null],
  ["122-ga-core-reporting-403-daily-limit-1.txt", { format: "log", status: 403 }],
  ["122-ga4-data-api-403-property-permission-1.txt", { format: "json-body", status: 403 }],
  ["122-gcal-403-apikey-blocked-1.txt", { format: "json-body", status: 403 }],
  ["122-gcal-403-ha-aiohttp-1.txt", { format: "log", status: 403 }],
  ["122-gcal-403-notacalendaruser-ruby-1.txt", { format: "log", status: 403 }],
  ["122-gcal-403-quota-go-1.txt", { format: "log", status: 403 }],
  ["122-gcal-403-usagelimits-json-1.txt", null],
  ["122-gcloud-datastore-indexes-403-debug-1.txt", { format: "log", status: 403 }],
  ["122-gemini-cli-429-resource-exhausted-1.txt", { format: "log", status: 429 }],
  ["122-gemini-cli-code-assist-individual-quota-1.txt", { format: "log", status: 429 }],
  ["122-gh-release-403-integration-1.txt", { format: "log", status: 403 }],
  ["122-glab-mr-create-403-1.txt", { format: "log", status: 403 }],
  ["122-googleads-403-developer-token-prohibited-1.txt", { format: "json-body", status: 403 }],
  ["122-googleads-429-developer-quota-compact-1.txt", { format: "log", status: 429 }],
  ["122-googleads-dotnet-unavailable-metadata-plugin-1.txt", null],
  ["122-googleads-java-user-permission-denied-1.txt", null],
  ["122-googleads-node-unauthenticated-invalid-grant-1.txt", { format: "log", status: 401 }],
  ["122-graph-404-itemnotfound-1.txt", null],
  ["122-graph-404-o365-python-log-1.txt", { format: "log", status: 404 }],
  ["122-hcloud-terraform-rate-limit-1.txt", null],
  ["122-heroku-login-410-1.txt", { format: "log", status: 410 }],
  ["122-hubspot-secondly-limit-smartquotes-1.txt", null],
  ["122-klaviyo-429-throttled-headers-1.txt", { format: "log", status: 429 }],
  ["122-krew-release-bot-github-403-rate-limit-1.txt", { format: "log", status: 403 }],
  ["122-linkedin-403-access-denied-finder-1.txt", { format: "log", status: 403 }],
  ["122-mailchimp-401-api-key-invalid-1.txt", { format: "json-body", status: 401 }],
  ["122-meta-10-application-permission-400-1.txt", { format: "log", status: 400 }],
  ["122-meta-php-273-not-admin-1.txt", null],
  ["122-mixpanel-429-query-rate-limit-1.txt", { format: "log", status: 429 }],
  ["122-mux-429-ratelimit-1.txt", { format: "log", status: 429 }],
  ["122-netlify-deploy-rate-limit-1.txt", null],
  ["122-nylas-internalerror-1.txt", null],
  ["122-probe-az-debug-success-200-1.txt", { format: "log", status: 200 }],
  ["122-probe-compass-pr-3528-1.txt", null],
  ["122-probe-daily-docs-errors-1.txt", null],
  ["122-probe-ga4-propertyquota-docs-1.txt", null],
  ["122-probe-gh-pr-4154-description-1.txt", { format: "log", status: 502 }],
  ["122-probe-github-rate-limit-endpoint-200-1.txt", { format: "http", status: 200 }],
  ["122-probe-hashicorp-vagrant-cloud-request-limits-doc-1.txt", null],
  ["122-probe-hubspot-daily-limit-success-body-1.txt", null],
  ["122-probe-kakarot-rate-limit-fix-doc-1.txt", null],
  ["122-probe-klaviyo-rate-limit-docs-1.txt", null],
  ["122-probe-n8n-outlook-calendar-get-test-1.txt", null],
  ["122-probe-posthog-pr-google-ads-quota-1.txt", null],
  ["122-probe-segment-issue-200-invalid-writekey-1.txt", null],
  ["122-probe-twilio-video-room-created-1.txt", null],
  ["122-probe-vercel-pr-1495-description-1.txt", null],
  ["122-roo-code-400-context-retrying-1.txt", { format: "log", status: 400 }],
  ["122-roo-code-gemini-429-cache-limit0-1.txt", { format: "log", status: 429 }],
  ["122-stripe-trigger-402-1.txt", { format: "log", status: 402 }],
  ["122-supabase-db-push-400-1.txt", { format: "log", status: 400 }],
  ["122-teams-graph-400-1026-1.txt", { format: "log", status: 400 }], // Read since round 199 (a Graph code that is its status's name, an OpenAI class above its words).
  ["122-tiktok-40001-permission-log-1.txt", null],
  ["122-twilio-video-503-20503-1.txt", { format: "log", status: 503 }],
  ["122-vercel-builds-rate-limit-1.txt", null],
  ["122-vimeo-401-8003-1.txt", null],
  ["122-webex-404-apierror-1.txt", { format: "log", status: 404 }],
  ["122-wrangler-deploy-10000-1.txt", null],
  ["122-zed-anthropic-overloaded-1.txt", null],
  ["122-zoom-400-xml-300-guzzle-1.txt", { format: "log", status: 400 }],
  ["122-zoom-401-124-python-1.txt", { format: "log", status: 401 }],
  ["123-airflow-dataflow-503-1.txt", { format: "log", status: 503 }],
  ["123-airtable-rate-limit-reached-1.txt", null],
  ["123-awswrangler-s3-slowdown-putobject-1.txt", { format: "log", status: 503 }],
  ["123-bedrock-throttling-botocore-1.txt", { format: "log", status: undefined }],
  ["123-bedrock-validation-ondemand-1.txt", { format: "log", status: undefined }],
  ["123-boto3-sagemaker-throttlingexception-1.txt", { format: "log", status: undefined }],
  ["123-chatdev-tenacity-retryerror-bare-1.txt", null],
  ["123-contentful-cma-403-accesstokeninvalid-1.txt", null],
  ["123-contentful-graphql-429-gatsby-1.txt", { format: "log", status: 429 }],
  ["123-contentful-import-422-requestid-1.txt", { format: "log", status: 422 }],
  ["123-contentful-mgmt-py-422-traceback-1.txt", { format: "log", status: 422 }],
  ["123-dbdemos-databricks-429-request-limit-exceeded-1.txt", null],
  ["123-dbt-bigquery-400-jobratelimitexceeded-1.txt", { format: "json-body", status: 400 }],
  ["123-dropbox-400-path-pattern-1.txt", { format: "log", status: 400 }],
  ["123-dropbox-429-retry-after-body-1.txt", { format: "log", status: 429 }],
  ["123-freshdesk-403-access-denied-singer-1.txt", null],
  ["123-freshdesk-ratelimited-python-1.txt", { format: "log", status: 429 }],
  ["123-gdrive-r-storagequota-1.txt", { format: "log", status: 403 }],
  ["123-ghost-admin-invalid-jwt-1.txt", null],
  ["123-ghost-server-log-403-1.txt", null],
  ["123-googleapiclient-httperror-403-rate-limit-1.txt", { format: "log", status: 403 }],
  ["123-googleapiclient-httperror-429-sheets-write-1.txt", { format: "log", status: 429 }],
  ["123-graph-kiota-401-1.txt", { format: "log", status: 401 }],
  ["123-graph-ps-tokenexpired-1.txt", null],
  ["123-greenhouse-401-basic-auth-1.txt", { format: "log", status: 401 }],
  ["123-gspread-apierror-429-read-quota-1.txt", null],
  ["123-hf-500-commit-request-id-1.txt", { format: "log", status: 500 }],
  ["123-hf-gatedrepo-401-1.txt", { format: "log", status: 401 }],
  ["123-hf-inference-429-request-id-1.txt", { format: "log", status: 429 }],
  ["123-hubspot-400-invalid-option-1.txt", null],
  ["123-hubspot-409-conflict-1.txt", null],
  ["123-intercom-android-token-unauthorized-1.txt", null],
  ["123-intercom-dotnet-token-suspended-1.txt", null],
  ["123-intercom-ruby-ratelimit-reset-1.txt", null],
  ["123-intercom-ruby-unexpected-401-1.txt", { format: "log", status: 401 }],
  ["123-langchain-embed-retry-ratelimit-tpm-1.txt", { format: "log", status: 429 }], // Read since round 201 (tenacity's "as it raised RateLimitError").
  ["123-lever-403-unauthorized-origin-1.txt", null],
  ["123-llamaindex-azure-openai-429-retry-after-3s-1.txt", { format: "log", status: 429 }],
  ["123-notion-sdk-400-no-code-1.txt", { format: "log", status: 400 }],
  ["123-openai-401-invalid-key-1.txt", { format: "log", status: 401 }],
  ["123-openai-429-tpm-1.txt", { format: "log", status: 429 }],
  ["123-openai-500-reqid-1.txt", { format: "log", status: 500 }],
  ["123-openai-insufficient-quota-tenacity-retryerror-1.txt", { format: "log", status: 429 }],
  ["123-openai-request-too-large-1.txt", { format: "log", status: 429 }],
  ["123-prismic-gatsby-404-undefined-repo-1.txt", { format: "log", status: 404 }],
  ["123-probe-airtable-rate-limit-docs-quote-1.txt", null],
  ["123-probe-bigquery-docs-troubleshoot-quotas-1.txt", { format: "log", status: 403 }],
  ["123-probe-contentful-sdk-core-error-test-1.txt", null],
  ["123-probe-dhis2-pr-sheets-quota-fix-1.txt", null],
  ["123-probe-docu-notion-pr-description-1.txt", null],
  ["123-probe-dropbox-ingress-guide-1.txt", null],
  ["123-probe-freshdesk-pacing-pr-1.txt", null],
  ["123-probe-gatsby-contentful-success-log-1.txt", null],
  ["123-probe-graph-errortests-cs-1.txt", null],
  ["123-probe-greenhouse-200-ratelimit-headers-1.txt", null],
  ["123-probe-hf-pr-do-not-retry-429-1.txt", null],
  ["123-probe-hf-test-utils-errors-1.txt", null],
  ["123-probe-nango-hubspot-pr-1.txt", null],
  ["123-probe-openai-200-ratelimit-headers-1.txt", { format: "http", status: 200 }],
  ["123-probe-openai-success-ratelimit-headers-1.txt", null],
  ["123-probe-pipedrive-ratelimit-docs-1.txt", null],
  ["123-probe-salesforce-200-limit-info-1.txt", { format: "http", status: 200 }],
  ["123-probe-sheets-limits-doc-1.txt", null],
  ["123-probe-zendesk-429-fix-pr-1.txt", null],
  ["123-s3-503-slowdown-1.txt", { format: "log", status: 503 }],
  ["123-salesforce-api-disabled-for-org-1.txt", null],
  ["123-salesforce-bulk-invalid-session-1.txt", null],
  ["123-salesforce-expired-session-rest-1.txt", null],
  ["123-salesforce-totalrequests-jetstream-1.txt", null],
  ["123-sanity-401-session-not-found-1.txt", { format: "log", status: 401 }],
  ["123-sanity-502-vercel-prerender-1.txt", { format: "log", status: 502 }],
  ["123-shopify-cli-admin-graphql-internal-1.txt", null],
  ["123-spotdl-urllib3-too-many-429-1.txt", { format: "log", status: 429 }],
  ["123-storyblok-cli-429-misleading-msg-1.txt", { format: "json-body", status: 429 }],
  ["123-strapi-graphql-forbidden-403-1.txt", { format: "log", status: 403 }],
  ["123-vertex-429-continue-1.txt", { format: "log", status: 429 }],
  ["123-webflow-publish-429-1.txt", { format: "log", status: 429 }],
  ["123-wordpress-rest-403-nonce-1.txt", { format: "log", status: 403 }],
  ["123-zendesk-429-pdb-headers-1.txt", null],
  ["123-zendesk-curl-v-403-1.txt", { format: "curl-v", status: 403 }],
  ["123-zendesk-java-401-1.txt", { format: "log", status: 401 }],
  ["123-zendesk-rate-limit-nojson-airbyte-1.txt", null],
  ["124-alpaca-403-40310000-covered-call-1.txt", { format: "log", status: 403 }],
  ["124-amadeus-38194-too-many-requests-1.txt", { format: "json-body", status: 429 }],
  ["124-amadeus-curl-404-then-500-1.txt", { format: "log", status: 404 }],
  ["124-atproto-400-expiredtoken-1.txt", { format: "log", status: 400 }],
  ["124-aws-cpp-slowdown-1.txt", null],
  ["124-aws-go-v2-400-invalidrequest-1.txt", { format: "log", status: 400 }],
  ["124-aws-go-v2-status200-conn-closed-1.txt", { format: "log", status: 200 }],
  ["124-aws-java-v2-dynamodb-rate-exceeded-1.txt", { format: "log", status: 400 }],
  ["124-aws-java-v2-s3-403-1.txt", { format: "log", status: 403 }],
  ["124-azure-dotnet-403-permission-mismatch-1.txt", { format: "log", status: 403 }],
  ["124-azure-dotnet-503-serverbusy-1.txt", { format: "log", status: 503 }],
  ["124-azure-kotlin-arm-throttled-900s-1.txt", null],
  ["124-bbgo-okx-429-50011-1.txt", { format: "log", status: 429 }],
  ["124-binancenet-cloudfront-403-waf-1.txt", { format: "html-page", status: 403 }],
  ["124-bybit-10002-timestamp-json-1.txt", null],
  ["124-ccxt-binance-429-then-418-ban-1.txt", { format: "log", status: 429 }],
  ["124-ccxt-cli-alpaca-permissiondenied-1.txt", null],
  ["124-ccxt-ddosprotection-418-weight-1.txt", null],
  ["124-ccxt-kraken-invalid-nonce-traceback-1.txt", null],
  ["124-ccxt-php-binance-2010-insufficient-1.txt", null],
  ["124-discordjs-50013-auditlogs-1.txt", { format: "log", status: 403 }],
  ["124-discordpy-privileged-intents-1.txt", null],
  ["124-duffel-offer-not-found-1.txt", null],
  ["124-foursquare-429-quota-exceeded-1.txt", { format: "json-body", status: 429 }],
  ["124-gekko-kraken-rate-limit-node-1.txt", null],
  ["124-google-cpp-resource-exhausted-1.txt", null],
  ["124-google-dotnet-backend-503-1.txt", { format: "log", status: 503 }],
  ["124-google-geocoding-over-query-limit-billing-1.txt", { format: "log", status: 429 }], // Maps' OVER_QUERY_LIMIT in the body (round 175)
  ["124-google-go-bigquery-503-1.txt", { format: "log", status: 503 }],
  ["124-google-java-grpc-unavailable-goaway-1.txt", { format: "log", status: 503 }],
  ["124-google-java-per-day-quota-1.txt", { format: "log", status: 429 }], // refused at first; read now with the status Google's docs give its words
  ["124-googlemaps-python-request-denied-1.txt", null],
  ["124-graph-503-servicenotavailable-1.txt", { format: "log", status: 503 }],
  ["124-graph-dotnet-authorization-requestdenied-1.txt", null],
  ["124-graph-java-404-logs-1.txt", null],
  ["124-here-matrix-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["124-here-travel-time-429-traceback-1.txt", { format: "log", status: 429 }],
  ["124-hummingbot-coinbase-advanced-401-1.txt", { format: "log", status: 401 }],
  ["124-ibind-ibkr-400-reply-id-not-found-1.txt", null],
  ["124-mapbox-401-browser-console-1.txt", { format: "log", status: 401 }],
  ["124-mastodonpy-throttled-1.txt", null],
  ["124-nasa-over-rate-limit-headers-1.txt", null],
  ["124-nefertiti-binance-retry-after-35-1.txt", null],
  ["124-nominatim-429-varnish-geopy-1.txt", { format: "html-page", status: 429 }],
  ["124-openweathermap-401-invalid-key-1.txt", { format: "log", status: 401 }],
  ["124-openweathermap-429-account-blocked-1.txt", { format: "log", status: 429 }],
  ["124-overpass-rate-limited-html-1.txt", null],
  ["124-polygon-maxretry-429-1.txt", { format: "log", status: 429 }],
  ["124-praw-invalid-grant-1.txt", null],
  ["124-probe-alpaca-changelog-close-positions-1.txt", null],
  ["124-probe-aws-go-v2-changelog-1.txt", null],
  ["124-probe-aws-java-v2-pr-requestid-logging-1.txt", null],
  ["124-probe-azure-openai-success-headers-1.txt", null],
  ["124-probe-binance-docs-limits-1.txt", null],
  ["124-probe-binance-wsapi-ratelimits-200-1.txt", null],
  ["124-probe-gcs-retry-strategy-doc-1.txt", null],
  ["124-probe-geopy-pr-479-1.txt", null],
  ["124-probe-google-cpp-pr-retry-codes-1.txt", null],
  ["124-probe-google-routes-handle-errors-doc-1.txt", { format: "log", status: 403 }],
  ["124-probe-hereR-success-log-1.txt", null],
  ["124-probe-node-binance-success-headers-1.txt", null],
  ["124-probe-overpass-api-status-1.txt", null],
  ["124-probe-rotki-test-binance-429-1.txt", null],
  ["124-riot-403-forbidden-1.txt", { format: "json-body", status: 403 }],
  ["124-riot-429-headers-pyot-1.txt", null],
  ["124-serenity-401-unauthorized-1.txt", { format: "log", status: 401 }],
  ["124-serenity-50001-missing-access-1.txt", { format: "log", status: 403 }],
  ["124-slack-429-rate-limited-1.txt", { format: "log", status: 429 }],
  ["124-steam-429-guzzle-1.txt", { format: "log", status: 429 }],
  ["124-telebot-429-retry-38-1.txt", { format: "log", status: 429 }],
  ["124-telegraf-403-blocked-1.txt", { format: "log", status: 403 }],
  ["124-telegrambots-java-retry-234-1.txt", null],
  ["124-twitch-401-clientid-mismatch-1.txt", { format: "log", status: 401 }],
  ["124-twitch-401-oauth-missing-1.txt", { format: "json-body", status: 401 }],
  ["124-xchange-binance-418-java-mojibake-1.txt", { format: "log", status: 418 }],
  ["124-xchange-okx-50113-invalid-sign-1.txt", null],
  ["124-yelp-access-limit-reached-1.txt", null],
  ["124-yelp-too-many-requests-per-second-1.txt", null],
  ["125-asana-429-docs-example-1.txt", { format: "http", status: 429 }],
  ["125-auth0-authz-extension-401-invalid-token-1.txt", { format: "log", status: 401 }],
  ["125-auth0-node-429-ratelimit-headers-1.txt", { format: "json-wrapper", status: 429 }],
  ["125-aws-curl-vvv-mediatailor-504-1.txt", { format: "curl-v", status: 504 }],
  ["125-aws-elixir-arc-403-signaturedoesnotmatch-1.txt", { format: "log", status: 403 }],
  ["125-aws-php-asyncaws-403-signature-expired-1.txt", { format: "log", status: 403 }],
  ["125-aws-rust-headobject-403-empty-body-1.txt", { format: "log", status: 403 }],
  ["125-azure-403-cannotverifycopysource-1.txt", { format: "log", status: 403 }],
  ["125-azure-azcopy-503-serverbusy-1.txt", { format: "log", status: 503 }],
  ["125-azure-serverbusy-egress-xml-1.txt", { format: "log", status: 503 }], // read since round 222 (refused before)
  ["125-b2-native-503-too-busy-1.txt", { format: "log", status: 503 }],
  ["125-b2-s3-403-not-entitled-1.txt", { format: "log", status: 403 }],
  ["125-box-node-expired-auth-1.txt", null], // AlterValueError
  ["125-clerk-dev-browser-unauthenticated-1.txt", null], // AlterValueError
  ["125-clerk-python-key-invalid-1.txt", null], // AlterValueError
  ["125-clickup-401-team-not-authorized-1.txt", null], // AlterValueError
  ["125-confluence-401-requests-1.txt", { format: "log", status: 401 }],
  ["125-do-spaces-503-slowdown-php-1.txt", { format: "log", status: 503 }],
  ["125-dropbox-401-expired-access-token-js-1.txt", { format: "log", status: 401 }],
  ["125-dropbox-429-retry-after-60-1.txt", { format: "http", status: 429 }],
  ["125-dropbox-php-401-expired-access-token-1.txt", { format: "log", status: 401 }],
  ["125-dropbox-php-guzzle-409-path-not-found-1.txt", { format: "log", status: 409 }],
  ["125-dropbox-swift-429-html-response-1.txt", { format: "log", status: 429 }],
  ["125-firebase-admin-id-token-expired-1.txt", null], // AlterValueError
  ["125-firebase-quota-exceeded-getidtoken-1.txt", { format: "json-body", status: 400 }],
  ["125-firebase-too-many-attempts-python-1.txt", { format: "log", status: 400 }],
  ["125-gdrive-403-insufficientfilepermissions-1.txt", { format: "log", status: 403 }],
  ["125-gdrive-403-userratelimitexceeded-1.txt", { format: "log", status: 403 }],
  ["125-github-curl-401-otp-required-1.txt", { format: "curl-v", status: 401 }],
  ["125-github-graphql-ratelimit-headers-1.txt", null], // AlterValueError
  ["125-github-pygithub-secondary-ratelimit-1.txt", { format: "log", status: 403 }],
  ["125-github-resource-not-accessible-integration-1.txt", { format: "log", status: 403 }],
  ["125-github-saml-sso-403-1.txt", null], // AlterValueError
  ["125-gitlab-403-x-request-id-1.txt", { format: "log", status: 403 }],
  ["125-gitlab-insufficient-scope-body-1.txt", null], // AlterValueError
  ["125-google-ruby-gmail-ratelimit-retry-after-1.txt", null], // AlterValueError
  ["125-google-rust-404-project-not-found-1.txt", { format: "log", status: 404 }],
  ["125-graph-php-guzzle-403-erroraccessdenied-1.txt", { format: "log", status: 403 }],
  ["125-graph-raw-429-activitylimitreached-1.txt", { format: "http", status: 429 }],
  ["125-hubspot-php-guzzle-400-property-missing-1.txt", { format: "log", status: 400 }],
  ["125-hubspot-ruby-ethon-400-validation-1.txt", { format: "log", status: 400 }],
  ["125-jira-429-html-body-1.txt", { format: "log", status: 429 }],
  ["125-minio-slowdown-timeout-1.txt", null], // AlterValueError
  ["125-notion-dotnet-object-not-found-1.txt", null], // AlterValueError
  ["125-notion-internal-ratelimit-body-1.txt", null], // AlterValueError
  ["125-okta-403-insufficient-scope-terraform-1.txt", null], // AlterValueError
  ["125-okta-429-python-keyman-1.txt", { format: "log", status: 429 }],
  ["125-okta-e0000011-invalid-token-ios-1.txt", null], // AlterValueError
  ["125-onedrive-401-invalidauthenticationtoken-1.txt", { format: "log", status: 401 }],
  ["125-openai-ruby-rubyllm-quota-as-ratelimit-1.txt", { format: "log", status: 429 }],
  ["125-openai-rust-codex-400-missing-param-1.txt", { format: "log", status: 400 }],
  ["125-openai-rust-zed-insufficient-quota-stream-1.txt", { format: "log", status: 429 }], // (refused before the hundred-and-eighty-third trial: its status stated by the body)
  ["125-probe-aws-apigw-curl-v-200-ok-1.txt", { format: "curl-v", status: 200 }],
  ["125-probe-azure-openai-ratelimit-headers-question-1.txt", null], // AlterValueError
  ["125-probe-clerk-pr-8004-description-1.txt", null], // AlterValueError
  ["125-probe-github-rate-limit-200-docs-1.txt", null], // AlterValueError
  ["125-probe-gmail-pr-description-retry-after-1.txt", null], // AlterValueError
  ["125-probe-graph-pr-description-429-throttle-1.txt", null], // AlterValueError
  ["125-probe-linear-success-ratelimit-headers-1.txt", null], // AlterValueError
  ["125-probe-okta-docs-200-ratelimit-headers-1.txt", { format: "http", status: 200 }],
  ["125-probe-oktakit-issue-200-headers-1.txt", null], // AlterValueError
  ["125-probe-slack-postmessage-success-1.txt", null], // AlterValueError
  ["125-probe-slack-sdk-test-code-1.txt", null], // AlterValueError
  ["125-probe-slacker-pr-description-1.txt", null], // AlterValueError
  ["125-probe-stytch-python-error-test-1.txt", null], // AlterValueError
  ["125-probe-workos-errors-docs-1.txt", null], // AlterValueError
  ["125-probe-zammad-graph-throttling-discussion-1.txt", null], // AlterValueError
  ["125-r2-rclone-403-accessdenied-1.txt", { format: "log", status: 403 }],
  ["125-slack-missing-scope-teleport-1.txt", null], // AlterValueError
  ["125-slack-token-revoked-php-1.txt", null], // AlterValueError
  ["125-stytch-429-too-many-requests-docs-1.txt", { format: "json-body", status: 429 }],
  ["125-supabase-429-over-email-send-rate-limit-1.txt", { format: "log", status: 429 }],
  ["125-supabase-authretryable-504-signup-1.txt", { format: "log", status: 504 }],
  ["125-supabase-php-401-invalid-jwt-1.txt", { format: "log", status: 401 }],
  ["125-trello-429-php-log-1.txt", { format: "log", status: 429 }],
  ["125-wasabi-s3ql-temporarilyunavailable-1.txt", null], // AlterValueError
  ["125-wasabi-temporarilyunavailable-feature-disabled-1.txt", { format: "log", status: undefined }],
  ["125-workos-rate-limit-behind-400-1.txt", { format: "log", status: 400 }],
  ["126-azcli-blob-500-internalerror-1.txt", { format: "log", status: 500 }],
  ["126-azure-openai-token-rate-limit-7s-nostatus-1.txt", null], // AlterValueError
  ["126-bigcommerce-forbidden-scope-ruby-1.txt", { format: "log", status: 403 }],
  ["126-circleci-node-fetch-401-1.txt", { format: "log", status: 401 }],
  ["126-circleci-python-401-1.txt", { format: "log", status: 401 }],
  ["126-cohere-401-invalid-token-1.txt", { format: "log", status: 401 }],
  ["126-datadog-sync-403-1.txt", { format: "log", status: 403 }],
  ["126-datadog-tf-logs-index-429-1.txt", { format: "log", status: 429 }],
  ["126-datadog-tf-slo-429-1.txt", { format: "log", status: 429 }],
  ["126-datadogpy-403-html-1.txt", { format: "html-page", status: 403 }],
  ["126-deepseek-402-balance-1.txt", { format: "log", status: 402 }],
  ["126-ebay-401-invalid-access-token-1.txt", { format: "log", status: 401 }],
  ["126-ebay-finding-call-limit-10001-1.txt", null],
  ["126-ebay-invalid-grant-refresh-token-1.txt", null], // AlterValueError
  ["126-elevenlabs-401-quota-1.txt", null], // AlterValueError
  ["126-etsy-401-invalid-token-php-1.txt", { format: "log", status: 401 }],
  ["126-fireworks-litellm-404-1.txt", { format: "log", status: 404 }],
  ["126-flyctl-not-authenticated-1.txt", null], // AlterValueError
  ["126-go-autorest-keyvault-403-accessdenied-1.txt", { format: "log", status: 403 }],
  ["126-go-azcore-queue-404-resourcenotfound-1.txt", { format: "log", status: 404 }],
  ["126-go-keyvault-403-forbiddenbypolicy-obo-1.txt", { format: "log", status: 403 }],
  ["126-groq-429-tpd-1.txt", { format: "log", status: 429 }],
  ["126-hf-litellm-loading-nostatus-1.txt", null], // AlterValueError
  ["126-hf-router-503-featherless-1.txt", { format: "log", status: 503 }],
  ["126-hf-smolagents-401-requestid-1.txt", { format: "log", status: 401 }],
  ["126-hf-unity-503-loading-1.txt", { format: "log", status: 503 }],
  ["126-java-blobstorageexception-403-permissionmismatch-1.txt", { format: "log", status: 403 }],
  ["126-java-eventhubs-serverbusy-50002-1.txt", null], // AlterValueError
  ["126-js-resterror-expired-sas-1.txt", { format: "log", status: 403 }], // read since round 222 (refused before)
  ["126-loki-promtail-429-1.txt", { format: "log", status: 429 }],
  ["126-mistral-pydanticai-429-1.txt", { format: "log", status: 429 }],
  ["126-net-cosmosexception-429-3200-1.txt", { format: "log", status: 429 }],
  ["126-net-escaped-string-403-permissionmismatch-1.txt", { format: "log", status: 403 }],
  ["126-net-requestfailed-403-authorizationfailure-1.txt", { format: "log", status: 403 }],
  ["126-net-servicebus-faultexception-retry-1.txt", null], // AlterValueError
  ["126-newrelic-tf-too-many-1.txt", null], // AlterValueError
  ["126-pagerduty-pdpyras-401-1.txt", { format: "log", status: 401 }],
  ["126-printful-401-invalid-token-1.txt", { format: "json-body", status: 401 }],
  ["126-printful-429-log-1.txt", null], // AlterValueError
  ["126-probe-amazon-mws-quota-headers-1.txt", null], // AlterValueError
  ["126-probe-bigcommerce-rate-limit-headers-1.txt", null], // AlterValueError
  ["126-probe-cohere-error-codes-pr-1.txt", null], // AlterValueError
  ["126-probe-datadog-client-pr-2670-1.txt", null], // AlterValueError
  ["126-probe-datadog-rate-limit-docs-1.txt", null], // AlterValueError
  ["126-probe-fly-docs-pr-1630-1.txt", null],
  ["126-probe-groq-429-docs-page-1.txt", { format: "log", status: 429 }],
  ["126-probe-hf-model-loading-schema-1.txt", null], // AlterValueError
  ["126-probe-hfjs-options-doc-comments-1.txt", null], // AlterValueError
  ["126-probe-pagerduty-pr-777-1.txt", null], // AlterValueError
  ["126-probe-replicate-200-debug-log-1.txt", { format: "log", status: 200 }],
  ["126-probe-sentry-cli-debug-headers-1.txt", null], // AlterValueError
  ["126-probe-shopify-cli-pr-throttled-retry-1.txt", null], // AlterValueError
  ["126-probe-shopify-graphql-extensions-cost-1.txt", null], // AlterValueError
  ["126-probe-webstories-shopify-error-mapping-code-1.txt", null], // AlterValueError
  ["126-python-httpresponseerror-permissionmismatch-1.txt", { format: "log", status: 403 }], // read since round 222 (refused before)
  ["126-python-openai-azure-429-retry-3s-1.txt", { format: "log", status: 429 }],
  ["126-python-wrapped-go-azblob-403-sas-scope-1.txt", { format: "log", status: 403 }],
  ["126-render-cli-401-1.txt", { format: "log", status: 401 }],
  ["126-replicate-429-lowcredit-1.txt", { format: "log", status: 429 }],
  ["126-replicate-js-payment-required-1.txt", { format: "log", status: 402 }], // read since round 222 (refused before)
  ["126-replicate-nested-400-429-1.txt", { format: "log", status: 429 }],
  ["126-rust-azblob-503-serverbusy-1.txt", { format: "log", status: 503 }],
  ["126-sentry-cli-401-invalid-token-1.txt", { format: "log", status: 401 }],
  ["126-sentry-cli-403-permission-1.txt", { format: "log", status: 403 }],
  ["126-sentry-raven-429-1.txt", { format: "log", status: 429 }],
  ["126-shopify-401-invalid-token-php-1.txt", { format: "log", status: 401 }],
  ["126-shopify-403-merchant-approval-scope-1.txt", { format: "log", status: 403 }],
  ["126-shopify-graphql-throttled-1.txt", null], // AlterValueError
  ["126-spapi-403-unauthorized-python-1.txt", { format: "log", status: 403 }],
  ["126-spapi-429-quota-php-1.txt", { format: "log", status: 429 }],
  ["126-spapi-unauthorized-node-1.txt", null], // AlterValueError
  ["126-square-internal-error-on-expired-token-1.txt", null], // AlterValueError
  ["126-square-renew-revoked-token-ruby-1.txt", null], // AlterValueError
  ["126-stability-grpc-balance-1.txt", { format: "log", status: 429 }],
  ["126-tfc-org-unauthorized-1.txt", null], // AlterValueError
  ["126-together-invalid-key-langchain-1.txt", null], // AlterValueError
  ["126-together-ratelimit-nostatus-1.txt", null], // AlterValueError
  ["126-vercel-cli-429-negative-ms-1.txt", null], // AlterValueError
  ["126-woocommerce-401-cannot-view-1.txt", { format: "json-body", status: 401 }],
  ["127-adyen-403-not-allowed-1.txt", { format: "log", status: 403 }],
  ["127-agents-sdk-400-bad-request-1.txt", { format: "log", status: 400 }],
  ["127-aisdk-retryerror-anthropic-itpm-1.txt", null], // AlterValueError
  ["127-anthropic-429-headers-1.txt", { format: "log", status: 429 }],
  ["127-attio-429-docs-1.txt", { format: "http", status: 429 }],
  ["127-autogen-400-context-then-200-1.txt", { format: "log", status: 400 }],
  ["127-azure-429-peak-load-1.txt", { format: "json-body", status: 429 }],
  ["127-braintree-paypal-authorization-error-1.txt", { format: "json-body", status: 403 }],
  ["127-calendar-dotnet-403-ratelimit-1.txt", { format: "log", status: 403 }],
  ["127-calendar-php-403-ratelimit-permission-denied-1.txt", null], // AlterValueError
  ["127-continue-anthropic-usage-limit-500-1.txt", { format: "log", status: 500 }],
  ["127-drive-403-dailylimit-unreg-1.txt", { format: "json-body", status: 403 }],
  ["127-drive-rust-403-storage-quota-1.txt", { format: "log", status: 403 }],
  ["127-gcloud-kms-resourceexhausted-429-1.txt", { format: "log", status: 429 }],
  ["127-gmail-user-rate-limit-retry-after-1.txt", null], // AlterValueError
  ["127-graph-403-authorization-requestdenied-1.txt", { format: "log", status: 403 }],
  ["127-graph-invalidauthtoken-expired-1.txt", null], // AlterValueError
  ["127-graph-js-429-retry-after-headers-1.txt", null], // AlterValueError
  ["127-graph-o365-403-no-authorization-1.txt", { format: "log", status: 403 }],
  ["127-graph-powershell-get-mguser-403-1.txt", { format: "log", status: 403 }],
  ["127-graph-teams-403-extension-limit-1.txt", { format: "json-wrapper", status: 403 }],
  ["127-gspread-403-insufficient-permissions-1.txt", { format: "log", status: 403 }],
  ["127-haystack-429-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["127-hubspot-expired-19884-days-1.txt", null], // AlterValueError
  ["127-hubspot-expired-token-associations-1.txt", { format: "log", status: 401 }],
  ["127-hubspot-missing-scope-enterprise-1.txt", null], // AlterValueError
  ["127-hubspot-refresh-token-400-1.txt", { format: "log", status: 400 }],
  ["127-intercom-token-not-found-1.txt", null], // AlterValueError
  ["127-langchain-429-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["127-langchain-chatopenai-401-1.txt", { format: "log", status: 401 }],
  ["127-langgraph-400-context-length-1.txt", { format: "log", status: 400 }],
  ["127-lemonsqueezy-422-1.txt", { format: "json-body", status: 422 }],
  ["127-litellm-anthropic-529-httpx-1.txt", { format: "log", status: 529 }],
  ["127-litellm-anthropic-itpm-nostatus-1.txt", { format: "log", status: 429 }],
  ["127-litellm-azure-ratelimit-nostatus-1.txt", { format: "log", status: 429 }], // Read since round 201 (LiteLLM's class).
  ["127-llamaindex-429-quota-retrying-1.txt", { format: "log", status: 429 }],
  ["127-onedrive-503-retry-after-headers-1.txt", null], // AlterValueError
  ["127-openmanus-anthropic-via-openai-sdk-429-1.txt", { format: "log", status: 429 }],
  ["127-paddle-node-403-auth-header-1.txt", { format: "log", status: 403 }],
  ["127-paypal-invalid-token-cache-1.txt", null], // AlterValueError
  ["127-paypal-node-permission-denied-403-1.txt", { format: "log", status: 403 }],
  ["127-paypal-rate-limit-reached-1.txt", null], // AlterValueError
  ["127-people-403-insufficient-scopes-1.txt", { format: "log", status: 403 }],
  ["127-pipedrive-403-deals-limit-1.txt", null], // AlterValueError
  ["127-pipedrive-invalid-token-python-1.txt", null], // AlterValueError
  ["127-plaid-invalid-request-400-1.txt", { format: "log", status: 400 }],
  ["127-plaid-transactions-sync-limit-1.txt", null], // AlterValueError
  ["127-probe-airbyte-hubspot-errors-py-1.txt", null], // AlterValueError
  ["127-probe-airbyte-pr-hubspot-401-refresh-1.txt", null], // AlterValueError
  ["127-probe-aisdk-docs-apicallerror-1.txt", null], // AlterValueError
  ["127-probe-aisdk-source-api-call-error-1.txt", null], // AlterValueError
  ["127-probe-checkout-com-api-usage-docs-1.txt", null], // AlterValueError
  ["127-probe-intercom-ruby-rate-limit-details-1.txt", null], // AlterValueError
  ["127-probe-langchain-feature-ratelimit-headers-1.txt", null], // AlterValueError
  ["127-probe-openai-200-debug-headers-1.txt", { format: "log", status: 200 }],
  ["127-probe-pipedrive-changelog-daily-limit-1.txt", null], // AlterValueError
  ["127-probe-pipedrive-ratelimit-docs-1.txt", null], // AlterValueError
  ["127-probe-pr-add-529-retryable-1.txt", null], // AlterValueError
  ["127-probe-square-errorcategory-docs-1.txt", null], // AlterValueError
  ["127-probe-square-success-log-1.txt", null], // AlterValueError
  ["127-probe-stripe-go-pr935-1.txt", null], // AlterValueError
  ["127-probe-stripe-node-test-code-1.txt", null], // AlterValueError
  ["127-salesforce-bulk-invalid-session-xml-1.txt", null], // AlterValueError
  ["127-salesforce-concurrent-requests-jsforce-1.txt", null], // AlterValueError
  ["127-salesforce-invalid-session-guzzle-1.txt", { format: "log", status: 401 }],
  ["127-salesforce-refresh-revoked-restforce-1.txt", { format: "log", status: 400 }],
  ["127-semantic-kernel-azure-401-1.txt", { format: "log", status: 401 }],
  ["127-sheets-gspread-429-readgroup-1.txt", { format: "json-body", status: 429 }],
  ["127-square-authentication-error-1.txt", null], // AlterValueError
  ["127-stripe-cli-api-key-expired-401-1.txt", { format: "log", status: 401 }],
  ["127-stripe-lock-timeout-json-1.txt", null], // AlterValueError
  ["127-stripe-node-accounts-too-quickly-400-1.txt", null], // AlterValueError
  ["127-stripe-node-lock-timeout-sentry-1.txt", null], // AlterValueError
  ["127-stripe-python-permission-error-1.txt", null], // AlterValueError
  ["127-stripe-ruby-idempotency-endpoint-1.txt", null], // AlterValueError
  ["127-zendesk-401-invalid-token-1.txt", { format: "log", status: 401 }],
  ["127-zendesk-401-node-1.txt", { format: "log", status: 401 }],
  ["127-zoho-invalid-client-http200-1.txt", null], // AlterValueError
  ["127-zoho-oauth-scope-mismatch-1.txt", null], // AlterValueError
  ["128-artifactory-400-json-1.txt", { format: "log", status: 400 }],
  ["128-artifactory-dockerhub-429-1.txt", { format: "log", status: 429 }],
  ["128-aws-bedrock-accessdenied-1.txt", { format: "log", status: undefined }],
  ["128-aws-s3-slowdown-503-1.txt", { format: "log", status: 503 }],
  ["128-bitbucket-403-jersey-1.txt", { format: "log", status: 403 }],
  ["128-brevo-401-key-not-found-python-1.txt", { format: "log", status: 401 }],
  ["128-dockerhub-toomanyrequests-buildx-1.txt", { format: "log", status: 429 }], // read since round 239 (refused before)
  ["128-dropbox-too-many-write-ops-1.txt", { format: "json-body", status: 429 }], // read since round 245 (refused before)
  ["128-exchange-internalerror-quotaexceeded-1.txt", null], // AlterValueError
  ["128-gcalendar-ruby-quotaexceeded-403-1.txt", { format: "log", status: 403 }], // Google Calendar's documented words for a 403 (round 211)
  ["128-gdrive-go-userratelimit-403-1.txt", { format: "log", status: 403 }],
  ["128-ghcr-denied-installation-1.txt", null], // AlterValueError
  ["128-ghcr-put-403-1.txt", { format: "log", status: 403 }],
  ["128-github-script-403-integration-1.txt", { format: "log", status: 403 }],
  ["128-github-secondary-ratelimit-1.txt", null], // AlterValueError
  ["128-gitlab-409-resource-lock-1.txt", { format: "log", status: 409 }],
  ["128-gitlab-429-marge-1.txt", null], // AlterValueError
  ["128-gitlab-release-403-1.txt", { format: "log", status: 403 }],
  ["128-gmail-druva-ratelimit-errorinfo-1.txt", null], // AlterValueError
  ["128-graph-patch-event-503-1.txt", { format: "log", status: 503 }],
  ["128-graph-user-notfound-404-1.txt", null], // AlterValueError
  ["128-hubspot-auth-not-found-401-1.txt", null], // AlterValueError
  ["128-hubspot-contact-exists-409-1.txt", null], // AlterValueError
  ["128-instagram-190-expired-1.txt", null], // AlterValueError
  ["128-linkedin-401-revoked-1.txt", { format: "json-body", status: 401 }],
  ["128-linkedin-403-hybridauth-1.txt", { format: "log", status: 403 }],
  ["128-mailgun-400-to-param-node-1.txt", { format: "log", status: 400 }],
  ["128-meta-graph-app-limit-1.txt", null], // AlterValueError
  ["128-npm-e401-1.txt", { format: "log", status: 401 }],
  ["128-npm-e403-publish-1.txt", { format: "log", status: 403 }],
  ["128-npm-e429-1.txt", { format: "log", status: 429 }],
  ["128-openai-cf-bad-gateway-502-1.txt", { format: "log", status: 502 }],
  ["128-openai-insufficient-quota-wrapped-1.txt", { format: "json-body", status: 429 }], // an app's error around OpenAI's body, read at first as no status; read now as the body it wraps
  ["128-pinterest-401-ios-nserror-1.txt", { format: "log", status: 401 }],
  ["128-postmark-406-inactive-recipient-ruby-1.txt", null], // AlterValueError
  ["128-probe-dropbox-performance-guide-1.txt", null], // AlterValueError
  ["128-probe-hubspot-changelog-auth-errors-1.txt", null], // AlterValueError
  ["128-probe-hubspot-docs-error-handling-1.txt", null], // AlterValueError
  ["128-probe-instagram-publishing-limit-success-1.txt", null], // AlterValueError
  ["128-probe-openai-curl-200-success-1.txt", { format: "http", status: 200 }],
  ["128-probe-openai-help-429-article-1.txt", null], // AlterValueError
  ["128-probe-postmark-422-troubleshooting-article-1.txt", null], // AlterValueError
  ["128-probe-prawcore-pr-toomanyrequests-1.txt", null], // AlterValueError
  ["128-probe-ses-sending-quota-errors-docs-1.txt", null], // AlterValueError
  ["128-probe-slack-ratelimit-docs-quote-1.txt", null], // AlterValueError
  ["128-probe-spotipy-pr-retry-after-1.txt", null], // AlterValueError
  ["128-probe-telegram-sendmessage-success-1.txt", null], // AlterValueError
  ["128-probe-tiktok-rate-limit-doc-1.txt", null], // AlterValueError
  ["128-probe-twilio-node-pr-429-backoff-1.txt", null], // AlterValueError
  ["128-probe-twitter-200-ratelimit-headers-1.txt", { format: "http", status: 200 }],
  ["128-pypi-429-ratelimit-headers-1.txt", null], // AlterValueError
  ["128-reddit-guzzle-429-1.txt", { format: "log", status: 429 }],
  ["128-reddit-praw-invalid-grant-1.txt", null], // AlterValueError
  ["128-resend-403-domain-not-verified-1.txt", { format: "log", status: 403 }],
  ["128-sendgrid-403-unverified-sender-1.txt", { format: "log", status: 403 }],
  ["128-ses-messagerejected-java-sdk-1.txt", { format: "log", status: 400 }],
  ["128-ses-messagerejected-lambda-node-1.txt", null], // AlterValueError
  ["128-slack-webhook-404-channel-not-found-java-1.txt", { format: "log", status: 404 }],
  ["128-slack-webhook-429-forseti-1.txt", { format: "log", status: 429 }],
  ["128-spotify-401-expired-ha-log-1.txt", { format: "log", status: 401 }],
  ["128-spotify-403-scope-spotipy-1.txt", { format: "log", status: 403 }],
  ["128-telegram-403-blocked-telegraf-1.txt", { format: "log", status: 403 }],
  ["128-telegram-429-node-bot-api-1.txt", { format: "log", status: 429 }],
  ["128-tiktok-200-posting-too-fast-1.txt", { format: "log", status: 200 }],
  ["128-tiktok-v2-access-token-invalid-doc-1.txt", null], // AlterValueError
  ["128-tweepy-429-traceback-1.txt", { format: "log", status: 429 }],
  ["128-twilio-21219-node-restexception-1.txt", { format: "log", status: 400 }],
  ["128-twilio-21608-trial-unverified-log-1.txt", { format: "log", status: 400 }],
  ["128-twilio-401-authenticate-python-1.txt", { format: "log", status: 401 }],
  ["128-twine-403-html-1.txt", { format: "log", status: 403 }],
  ["128-twitter-453-twython-1.txt", { format: "log", status: 403 }],
  ["128-twitter-v2-client-not-enrolled-java-1.txt", null], // AlterValueError
  ["128-whatsapp-131047-reengagement-webhook-1.txt", null], // AlterValueError
  ["128-whatsapp-131056-pair-rate-limit-ycloud-1.txt", { format: "json-body", status: 429 }],
  ["128-youtube-go-quotaExceeded-1.txt", { format: "log", status: 403 }],
  ["128-youtube-json-quotaExceeded-1.txt", { format: "json-body", status: 403 }],
  ["129-aider-litellm-notfound-anthropic-model-1.txt", { format: "log", status: 404 }],
  ["129-airbyte-gsheets-400-batch-limit-1.txt", { format: "log", status: 400 }],
  ["129-airbyte-hubspot-414-uri-too-long-1.txt", { format: "log", status: 414 }],
  ["129-airbyte-hubspot-oauth-refresh-400-1.txt", { format: "log", status: 400 }],
  ["129-airbyte-slack-429-max-retry-1.txt", { format: "log", status: 429 }],
  ["129-airbyte-slack-ratelimited-sdk-1.txt", { format: "log", status: undefined }],
  ["129-airbyte-zendesk-gateway-timeout-1.txt", null], // AlterValueError
  ["129-anthropic-cloudflare-522-json-retry-after-1.txt", { format: "log", status: 522 }],
  ["129-aws-alb-502-awselb-html-1.txt", { format: "log", status: 502 }],
  ["129-aws-apigw-504-endpoint-request-timed-out-1.txt", { format: "log", status: 504 }],
  ["129-aws-cpp-winhttp-500-html-1.txt", { format: "log", status: 500 }],
  ["129-aws-dotnet-s3-forbidden-nobody-1.txt", { format: "log", status: 403 }],
  ["129-aws-java-s3-403-wrapped-1.txt", { format: "log", status: 403 }],
  ["129-claude-code-400-prompt-too-long-1.txt", { format: "log", status: 400 }],
  ["129-claude-code-500-api-error-errors-array-1.txt", { format: "log", status: 500 }],
  ["129-claude-code-529-overloaded-wrapped-1.txt", { format: "log", status: 529 }],
  ["129-continue-anthropic-400-credit-balance-1.txt", { format: "log", status: 400 }],
  ["129-continue-gemini-429-retry-in-45s-1.txt", { format: "json-body", status: 429 }],
  ["129-continue-openai-401-url-as-key-1.txt", { format: "log", status: 401 }],
  ["129-continue-openrouter-402-max-tokens-1.txt", { format: "log", status: 402 }],
  ["129-cursor-openai-403-model-not-found-project-1.txt", { format: "log", status: 403 }],
  ["129-dotnet-httpclient-timeout-openai-1.txt", { format: "network-text", status: undefined }],
  ["129-dropbox-java-missing-retry-after-1.txt", null], // AlterValueError
  ["129-frappe-shopify-401-pyactiveresource-1.txt", { format: "log", status: 401 }],
  ["129-gh-cli-http-502-bad-gateway-1.txt", { format: "log", status: 502 }],
  ["129-go-dns-lookup-refused-openai-1.txt", { format: "network-text", status: undefined }],
  ["129-go-gh-tls-handshake-timeout-github-1.txt", { format: "network-text", status: undefined }],
  ["129-google-503-backenderror-unavailable-1.txt", { format: "json-body", status: 503 }],
  ["129-google-go-gcs-429-object-mutation-1.txt", { format: "log", status: 429 }],
  ["129-google-java-vertex-resource-exhausted-1.txt", { format: "log", status: 429 }],
  ["129-graph-504-unknownerror-request-id-1.txt", { format: "log", status: 504 }],
  ["129-graph-dotnet-503-too-many-retries-1.txt", { format: "log", status: 503 }],
  ["129-graph-dotnet-beta-insufficient-privileges-1.txt", null], // AlterValueError
  ["129-graph-dotnet-odataerror-bare-1.txt", null], // AlterValueError
  ["129-hubspot-dotnet-hapikey-doesnt-exist-1.txt", null], // AlterValueError
  ["129-kafka-connect-salesforce-request-limit-1.txt", null], // AlterValueError
  ["129-kotlin-openai-compatible-400-volcengine-1.txt", { format: "log", status: 400 }],
  ["129-librechat-azure-404-resource-not-found-1.txt", { format: "log", status: 404 }],
  ["129-n8n-airtable-403-permissions-1.txt", { format: "log", status: 403 }],
  ["129-n8n-airtable-422-invalid-request-1.txt", { format: "log", status: 422 }],
  ["129-n8n-openai-400-bad-request-generic-1.txt", { format: "log", status: 400 }],
  ["129-n8n-openai-quota-no-status-1.txt", { format: "log", status: 429 }],
  ["129-node-undici-fetch-failed-connect-timeout-1.txt", { format: "network-text", status: undefined }],
  ["129-octokit-read-econnreset-status-500-1.txt", { format: "network-text", status: undefined }],
  ["129-openai-502-cf-bad-gateway-headers-1.txt", { format: "log", status: 502 }],
  ["129-openai-internalservererror-502-html-1.txt", { format: "html-page", status: 502 }],
  ["129-openai-java-400-unknown-parameter-1.txt", { format: "log", status: 400 }],
  ["129-openai-java-okhttp-gemini-400-1.txt", { format: "log", status: 400 }],
  ["129-openai-java-okhttp-sockettimeout-1.txt", { format: "network-text", status: undefined }],
  ["129-openai-kotlin-missing-api-key-1.txt", null], // AlterValueError
  ["129-openai-kotlin-stream-server-error-1.txt", null], // AlterValueError
  ["129-openclaude-azure-400-content-filter-wrapped-1.txt", { format: "log", status: 400 }],
  ["129-openwebui-pipe-aiohttp-400-responses-1.txt", { format: "log", status: 400 }],
  ["129-pipedream-hubspot-403-headers-1.txt", { format: "json-wrapper", status: 403 }],
  ["129-pipedream-hubspot-axios-400-1.txt", { format: "log", status: 400 }],
  ["129-pipedream-hubspot-axios-429-1.txt", { format: "log", status: 429 }],
  ["129-pipedream-notion-validation-error-1.txt", null], // AlterValueError
  ["129-pipedream-salesforce-invalid-session-1.txt", null], // AlterValueError
  ["129-pipedream-stripe-client-arg-error-1.txt", null], // AlterValueError
  ["129-probe-aider-history-changelog-1.txt", null], // AlterValueError
  ["129-probe-airbyte-pr-414-fix-description-1.txt", null], // AlterValueError
  ["129-probe-airbyte-stripe-success-log-1.txt", null], // AlterValueError
  ["129-probe-airbyte-zendesk-backoff-test-1.txt", null], // AlterValueError
  ["129-probe-aws-sdk-kotlin-pr-request-ids-1.txt", null], // AlterValueError
  ["129-probe-changelog-retry-5xx-1.txt", null], // AlterValueError
  ["129-probe-claude-docs-ko-api-overview-1.txt", null], // AlterValueError
  ["129-probe-cloudflare-docs-error-522-1.txt", null], // AlterValueError
  ["129-probe-github-200-ratelimit-headers-1.txt", { format: "http", status: 200 }],
  ["129-probe-go-test-openai-5xx-retry-1.txt", null], // AlterValueError
  ["129-probe-hubspot-changelog-ratelimit-headers-1.txt", null], // AlterValueError
  ["129-probe-hubspot-changelog-ratelimit-headers-2.txt", null], // AlterValueError
  ["129-probe-litellm-pr-anthropic-usage-limit-mapping-1.txt", null], // AlterValueError
  ["129-probe-make-429-docs-1.txt", null], // AlterValueError
  ["129-probe-msgraph-sdk-design-retryhandler-doc-1.txt", null], // AlterValueError
  ["129-probe-openai-dotnet-question-ratelimit-headers-1.txt", null], // AlterValueError
  ["129-probe-openai-go-question-429-1.txt", null], // AlterValueError
  ["129-probe-openwebui-ratelimit-headers-ok-1.txt", null], // AlterValueError
  ["129-probe-stripe-java-pr-retry-sockettimeout-1.txt", null], // AlterValueError
  ["129-probe-tanpopo-gemini-retry-test-1.txt", null], // AlterValueError
  ["129-roo-gemini-429-exception-parsing-response-1.txt", { format: "log", status: 429 }],
  ["129-roo-openrouter-gemini-429-resource-exhausted-1.txt", { format: "json-body", status: 429 }],
  ["129-slack-requests-readtimeout-postmessage-1.txt", { format: "network-text", status: undefined }],
  ["129-stripe-php-apiconnection-connect-timeout-1.txt", { format: "network-text", status: undefined }],
  ["130-asana-402-search-premium-1.txt", { format: "log", status: 402 }],
  ["130-aws-bedrock-identity-policy-deny-json-1.txt", null], // AlterValueError
  ["130-aws-bedrock-no-model-access-1.txt", { format: "log", status: undefined }],
  ["130-aws-bedrock-scp-explicit-deny-1.txt", { format: "log", status: undefined }],
  ["130-aws-bedrock-throttling-tokens-per-day-1.txt", { format: "log", status: undefined }],
  ["130-bolt-invalid-auth-1.txt", { format: "log", status: undefined }],
  ["130-cashier-stripe-404-1.txt", { format: "log", status: 404 }],
  ["130-discord-poshbot-429-then-403-missing-access-1.txt", null], // AlterValueError
  ["130-discordjs-50013-missing-permissions-1.txt", { format: "log", status: 403 }],
  ["130-discordpy-401-improper-token-1.txt", { format: "log", status: 401 }],
  ["130-discordpy-429-temporary-ban-1.txt", { format: "log", status: 429 }],
  ["130-dropbox-maestral-504-list-folder-1.txt", { format: "log", status: 504 }],
  ["130-dshop-stripe-auth-1.txt", null], // AlterValueError
  ["130-erpnext-shopify-401-1.txt", { format: "log", status: 401 }],
  ["130-erpnext-shopify-429-1.txt", { format: "log", status: 429 }],
  ["130-errbot-slack-user-is-bot-1.txt", null], // AlterValueError
  ["130-errbot-slackv3-ratelimited-1.txt", { format: "log", status: undefined }],
  ["130-gh-graphql-500-empty-1.txt", { format: "log", status: 500 }],
  ["130-gh-graphql-rate-limit-user-1.txt", null], // AlterValueError
  ["130-gh-graphql-something-went-wrong-1.txt", null], // AlterValueError
  ["130-glab-auth-status-401-1.txt", { format: "log", status: 401 }],
  ["130-go-jira-400-anonymous-1.txt", { format: "log", status: 400 }],
  ["130-google-503-backenderror-1.txt", { format: "log", status: 503 }],
  ["130-google-consumer-invalid-403-1.txt", { format: "log", status: 403 }],
  ["130-google-gemini-503-overloaded-1.txt", { format: "log", status: 503 }],
  ["130-graph-401-jwt-not-well-formed-1.txt", { format: "log", status: 401 }],
  ["130-graph-onedrive-403-accessdenied-n8n-1.txt", { format: "log", status: 403 }],
  ["130-graph-teams-403-no-authorization-n8n-1.txt", { format: "log", status: 403 }],
  ["130-hubspot-node-http200-false-error-1.txt", { format: "log", status: 200 }],
  ["130-hubspot-node-object-not-found-body-1.txt", null], // AlterValueError
  ["130-hubspot-php-404-contact-1.txt", { format: "log", status: 404 }],
  ["130-jetbrains-github-bad-credentials-zh-1.txt", null], // AlterValueError
  ["130-jira-cli-debug-401-atlassian-1.txt", { format: "http", status: 401 }],
  ["130-jiralert-429-wrapped-500-1.txt", { format: "log", status: 429 }],
  ["130-ksonnet-github-403-rate-limit-until-1.txt", { format: "log", status: 403 }],
  ["130-laravel-shopify-422-webhook-1.txt", { format: "log", status: 422 }],
  ["130-linearctl-graphql-400-filter-1.txt", { format: "log", status: 400 }],
  ["130-magento-paypal-10486-1.txt", null], // AlterValueError
  ["130-medusa-secret-key-required-1.txt", null], // AlterValueError
  ["130-medusa-stripe-webhook-sig-1.txt", null], // AlterValueError
  ["130-notion-client-rate-limited-1.txt", { format: "log", status: 429 }], // read since round 250 (refused before)
  ["130-odoo-stripe-invalid-key-1.txt", null], // AlterValueError
  ["130-openai-401-invalid-key-continue-1.txt", { format: "log", status: 401 }],
  ["130-openai-insufficient-quota-python-1.txt", { format: "log", status: 429 }],
  ["130-openhab-telegram-getupdates-429-1.txt", { format: "log", status: 429 }],
  ["130-probe-atlassian-docs-rate-limits-1.txt", null], // AlterValueError
  ["130-probe-discord-docs-ratelimit-headers-1.txt", null], // AlterValueError
  ["130-probe-gh-gei-feature-request-1.txt", null], // AlterValueError
  ["130-probe-graph-429-feature-issue-1.txt", null], // AlterValueError
  ["130-probe-graph-429-retry-pr-1.txt", null], // AlterValueError
  ["130-probe-hubot-heroku-success-log-1.txt", null], // AlterValueError
  ["130-probe-hubspot-client-pr-tasks-1.txt", null], // AlterValueError
  ["130-probe-hubspot-sdk-201-success-pr-1.txt", { format: "log", status: 201 }],
  ["130-probe-node-slack-sdk-pr-1312-1.txt", null], // AlterValueError
  ["130-probe-octokit-success-log-1.txt", null], // AlterValueError
  ["130-probe-openai-insufficient-quota-pr-1.txt", null], // AlterValueError
  ["130-probe-renovate-mcp-pr-description-1.txt", null], // AlterValueError
  ["130-probe-shopify-graphql-throttle-status-1.txt", null], // AlterValueError
  ["130-probe-slack-changelog-2018-1.txt", null], // AlterValueError
  ["130-probe-slack-sdk-mock-429-handler-1.txt", null], // AlterValueError
  ["130-probe-vscode-ghpr-success-debug-log-1.txt", null], // AlterValueError
  ["130-probe-woo-square-request-log-1.txt", null], // AlterValueError
  ["130-probe-woo-stripe-debug-log-1.txt", null], // AlterValueError
  ["130-probe-woo-stripe-pr-429-1.txt", null], // AlterValueError
  ["130-probe-xero-pr-retry-after-1.txt", null], // AlterValueError
  ["130-ptb-retryafter-10s-1.txt", { format: "log", status: 429 }],
  ["130-saleor-stripe-400-webhook-1.txt", { format: "log", status: 400 }],
  ["130-slacker-missing-scope-1.txt", { format: "log", status: undefined }],
  ["130-steampipe-github-graphql-502-nginx-1.txt", { format: "log", status: 502 }],
  ["130-teams-botnotinconversationroster-1.txt", null], // AlterValueError
  ["130-teams-rest-401-authorization-denied-1.txt", null], // AlterValueError
  ["130-telegram-csharp-bot-blocked-1.txt", null], // AlterValueError
  ["130-tf-github-primary-rate-limit-wait-until-1.txt", null], // AlterValueError
  ["130-tf-jira-403-connect-session-token-1.txt", { format: "log", status: 403 }],
  ["130-twilio-401-20003-1.txt", { format: "log", status: 401 }],
  ["130-vscode-ghpr-403-concurrent-1.txt", { format: "log", status: 403 }],
  ["130-woo-paypal-duplicate-invoice-1.txt", null], // AlterValueError
  ["130-woo-paypal-log-1.txt", null], // AlterValueError
  ["130-woo-square-invalid-card-data-1.txt", null], // AlterValueError
  ["130-woo-square-rate-limited-1.txt", null], // AlterValueError
  ["130-woo-stripe-card-declined-1.txt", null], // AlterValueError
  ["130-xero-net-ratelimit-503-1.txt", { format: "log", status: 503 }],
  ["130-zoom-403-max-api-requests-1.txt", { format: "log", status: 403 }],
  ["130-zoom-daily-rate-limit-1.txt", null], // AlterValueError
  ["131-adal-python-400-aadsts50079-1.txt", { format: "log", status: 400 }],
  ["131-aisdk-anthropic-context-limit-1.txt", null], // AlterValueError
  ["131-aisdk-gateway-400-1.txt", { format: "log", status: 400 }],
  ["131-anthropic-bedrock-sdk-403-model-access-1.txt", { format: "log", status: 403 }],
  ["131-boto-bedrock-validation-inference-profile-1.txt", { format: "log", status: undefined }],
  ["131-cfn-secretsmanager-accessdenied-400-1.txt", { format: "log", status: 400 }],
  ["131-claude-code-bedrock-503-retrying-1.txt", { format: "log", status: 503 }],
  ["131-cli-s3-slowdown-maxretries-1.txt", { format: "log", status: 503 }],
  ["131-dart-arb-translate-vertex-quota-1.txt", null], // AlterValueError
  ["131-dart-flutter-gemini-503-dio-1.txt", { format: "log", status: 503 }],
  ["131-dart-flutterfire-vertex-failed-precondition-1.txt", { format: "json-body", status: 400 }],
  ["131-elixir-glific-goth-503-1.txt", { format: "log", status: 503 }],
  ["131-elixir-goth-invalid-jwt-clock-1.txt", { format: "log", status: 400 }],
  ["131-entra-aadsts7000218-json-1.txt", null], // AlterValueError
  ["131-get-mgusermanager-404-1.txt", { format: "log", status: 404 }],
  ["131-go-dnscontrol-gcloud-502-html-1.txt", { format: "log", status: 502 }],
  ["131-go-dynamodb-query-400-validation-1.txt", { format: "log", status: 400 }],
  ["131-go-gcs-401-xml-authenticationrequired-1.txt", { format: "log", status: 401 }],
  ["131-go-gogcli-filters-insufficient-scopes-1.txt", null], // AlterValueError
  ["131-go-msgvault-gmail-scope-insufficient-1.txt", { format: "json-body", status: 403 }],
  ["131-go-oauth2-exchange-invalid-grant-log-1.txt", null], // AlterValueError
  ["131-go-youtubeuploader-token-invalid-grant-1.txt", { format: "http", status: 400 }],
  ["131-graph-404-people-raw-1.txt", { format: "http", status: 404 }],
  ["131-graph-429-activitylimit-raw-1.txt", { format: "http", status: 429 }],
  ["131-graph-503-mailboxinfostale-1.txt", { format: "log", status: 503 }],
  ["131-graph-503-unknownerror-delta-1.txt", null], // AlterValueError
  ["131-httpx-bedrock-converse-503-1.txt", { format: "log", status: 503 }],
  ["131-jsv3-lambda-toomanyrequests-cause-1.txt", null], // AlterValueError
  ["131-lambda-invoke-429-callerratelimit-1.txt", { format: "log", status: 429 }],
  ["131-langchainjs-gpt5-temperature-400-1.txt", { format: "log", status: 400 }],
  ["131-litellm-anthropic-empty-text-1.txt", { format: "log", status: 400 }],
  ["131-litellm-anthropic-itpm-429-1.txt", { format: "log", status: 429 }],
  ["131-litellm-anthropic-tool-use-1.txt", { format: "log", status: 400 }],
  ["131-litellm-bedrock-serviceunavailable-queue-delay-1.txt", { format: "log", status: 503 }], // Read since round 201 (LiteLLM's class).
  ["131-litellm-bedrock-stream-serviceunavailable-as-400-1.txt", null], // AlterValueError
  ["131-litellm-openhands-anthropic-429-1.txt", { format: "log", status: 429 }],
  ["131-litellm-openrouter-200-error-429-1.txt", { format: "log", status: 429 }],
  ["131-litellm-openrouter-429-rpd-1.txt", { format: "log", status: 429 }],
  ["131-litellm-proxy-anthropic-429-1.txt", { format: "log", status: 429 }],
  ["131-litellm-proxy-relay-400-1.txt", { format: "log", status: 400 }], // Read since round 201 (LiteLLM's class).
  ["131-litellm-suna-auth-retrywrapper-1.txt", { format: "log", status: 401 }],
  ["131-llamaindex-course-openai-404-1.txt", { format: "log", status: 404 }],
  ["131-llamaindex-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["131-llamaindex-paperless-temperature-400-1.txt", { format: "log", status: 400 }],
  ["131-mggraphrequest-403-authz-denied-1.txt", { format: "http", status: 403 }],
  ["131-msalnode-aadsts700082-log-1.txt", null], // AlterValueError
  ["131-msalps-aadsts50196-loop-1.txt", null], // AlterValueError
  ["131-o365-python-403-teams-chats-1.txt", { format: "log", status: 403 }],
  ["131-pnpjs-node-sharepoint-403-1.txt", { format: "log", status: 403 }],
  ["131-probe-aisdk-feature-retry-after-1.txt", null], // AlterValueError
  ["131-probe-aisdk-pr-529-tests-1.txt", null], // AlterValueError
  ["131-probe-anthropic-success-ratelimit-headers-1.txt", null], // AlterValueError
  ["131-probe-aws-blog-bedrock-throttling-1.txt", null], // AlterValueError
  ["131-probe-boto3-debug-success-headobject-1.txt", null], // AlterValueError
  ["131-probe-changelog-ruby-bedrockruntime-1.txt", null], // AlterValueError
  ["131-probe-dart-generative-ai-pr36-1.txt", null], // AlterValueError
  ["131-probe-entra-changelog-loop-1.txt", null], // AlterValueError
  ["131-probe-go-gcsfuse-retry-test-1.txt", null], // AlterValueError
  ["131-probe-graph-throttling-doc-1.txt", null], // AlterValueError
  ["131-probe-java-retryhandler-test-1.txt", null], // AlterValueError
  ["131-probe-litellm-anthropic-mapping-test-1.txt", null], // AlterValueError
  ["131-probe-litellm-exception-mapping-docs-1.txt", null], // AlterValueError
  ["131-probe-mg-debug-200-ok-1.txt", { format: "http", status: 200 }],
  ["131-probe-pr-sharepoint-429-retry-1.txt", null], // AlterValueError
  ["131-probe-pr-sns-retry-throttling-1.txt", null], // AlterValueError
  ["131-probe-ruby-google-apis-core-changelog-1.txt", null], // AlterValueError
  ["131-probe-rust-gcs-retry-policy-doc-1.txt", null], // AlterValueError
  ["131-probe-rust-gws-pr304-description-1.txt", null], // AlterValueError
  ["131-probe-test-code-dynamodb-errors-1.txt", null], // AlterValueError
  ["131-ruby-circulate-calendar-unregistered-callers-1.txt", { format: "log", status: 403 }],
  ["131-ruby-langchainrb-gemini-500-internal-1.txt", { format: "log", status: 500 }],
  ["131-rust-gcloud-rust-kms-permission-denied-1.txt", { format: "log", status: 403 }],
  ["131-rust-gcloud-rust-no-adc-mds-1.txt", null], // AlterValueError
  ["131-rust-gws-nested-metadata-scope-q-1.txt", { format: "log", status: 403 }],
  ["131-s3-http400-xml-region-1.txt", { format: "log", status: 400 }],
  ["131-sharepoint-pages-403-prose-1.txt", { format: "log", status: 403 }],
  ["131-sk-grok-422-1.txt", { format: "log", status: 422 }],
  ["131-spsave-node-429-1.txt", { format: "log", status: 429 }],
  ["131-sqs-consumer-queue-does-not-exist-400-1.txt", { format: "log", status: 400 }],
  ["131-teams-chats-missing-scope-ps-1.txt", { format: "log", status: 403 }], // PowerShell 7's error margin removed (round 211)
  ["131-teams-notfound-provisioning-1.txt", { format: "log", status: 404 }], // Read since round 199 (a Graph code that is its status's name, an OpenAI class above its words).
  ["131-tf-bedrock-403-passrole-1.txt", { format: "log", status: 403 }],
  ["131-tf-s3-createbucket-400-authheader-region-1.txt", { format: "log", status: 400 }],
  ["131-tf-sts-assumerole-403-1.txt", { format: "log", status: 403 }],
  ["132-adyen-android-403-html-ioexception-1.txt", { format: "html-page", status: 403 }],
  ["132-adyen-ios-403-clientkeys-live-vs-test-1.txt", { format: "html-page", status: 403 }],
  ["132-aws-apigw-403-forbidden-curl-1.txt", { format: "http", status: 403 }],
  ["132-aws-apigw-403-incompletesignature-go-1.txt", { format: "log", status: 403 }],
  ["132-azure-apim-401-missing-subscription-key-1.txt", null], // AlterValueError
  ["132-azure-apim-quota-403-python-log-1.txt", { format: "log", status: 403 }],
  ["132-azure-openai-429-httpcore-trace-1.txt", { format: "log", status: 429 }],
  ["132-braintree-android-fingerprint-invalid-1.txt", null], // AlterValueError
  ["132-cloudflare-524-langfuse-traceback-1.txt", { format: "html-page", status: 524 }],
  ["132-copilot-err-http2-protocol-1.txt", { format: "network-text", status: undefined }],
  ["132-dropbox-django-storages-expired-401-1.txt", { format: "log", status: 401 }],
  ["132-dropbox-js-enotfound-wrapped-500-1.txt", { format: "network-text", status: undefined }],
  ["132-dropbox-json-path-not-found-1.txt", { format: "json-body", status: 409 }], // read since round 245 (refused before)
  ["132-dropbox-kodi-log-downloaderror-1.txt", null], // AlterValueError
  ["132-dropbox-python-apierror-listfolder-1.txt", null], // AlterValueError
  ["132-dropbox-python-autherror-invalid-token-1.txt", null], // AlterValueError
  ["132-dropbox-rclone-too-many-write-ops-1.txt", null], // AlterValueError
  ["132-dropbox-sharex-409-email-not-verified-1.txt", { format: "log", status: 409 }],
  ["132-dropbox-sharex-409-invalid-settings-1.txt", { format: "log", status: 409 }],
  ["132-envoy-503-upstream-connect-anthropic-1.txt", { format: "log", status: 503 }],
  ["132-flutter-paypal-401-invalid-client-1.txt", { format: "log", status: 401 }],
  ["132-flutter-stripe-parameter-missing-1.txt", null], // AlterValueError
  ["132-flutter-stripe-pi-already-succeeded-1.txt", null], // AlterValueError
  ["132-gclb-no-healthy-upstream-503-1.txt", { format: "http", status: 503 }],
  ["132-gcs-firefox-cors-400-1.txt", { format: "network-text", status: undefined }],
  ["132-gemini-console-400-apikey-1.txt", { format: "log", status: 400 }],
  ["132-github-console-403-line-1.txt", { format: "log", status: 403 }],
  ["132-github-frontend-403-body-1.txt", { format: "log", status: 403 }],
  ["132-github-preview-ratelimit-1.txt", null], // AlterValueError
  ["132-graph-cors-client-request-id-1.txt", { format: "network-text", status: undefined }],
  ["132-graph-explorer-consumer-photo-1.txt", null], // AlterValueError
  ["132-graph-photo-404-console-1.txt", { format: "log", status: 404 }],
  ["132-hubspot-body-400-invalid-json-1.txt", null], // AlterValueError
  ["132-hubspot-body-409-conflict-1.txt", null], // AlterValueError
  ["132-hubspot-node-body-invalid-authentication-1.txt", null], // AlterValueError
  ["132-hubspot-python-body-invalid-authentication-1.txt", null], // AlterValueError
  ["132-kong-401-no-api-key-1.txt", null], // AlterValueError
  ["132-nginx-413-openai-apistatuserror-1.txt", { format: "html-page", status: 413 }],
  ["132-openai-cf-gateway-timeout-524-1.txt", { format: "log", status: 524 }],
  ["132-openai-chrome-cors-preflight-1.txt", { format: "network-text", status: undefined }],
  ["132-openai-sdk-browser-cors-connection-error-1.txt", { format: "network-text", status: undefined }],
  ["132-openai-thunderbird-cors-404-1.txt", { format: "log", status: 404 }],
  ["132-paypal-android-422-payment-creation-1.txt", { format: "log", status: 422 }],
  ["132-paypal-android-500-internal-service-1.txt", { format: "log", status: 500 }],
  ["132-paypal-ios-422-debug-id-1.txt", { format: "log", status: 422 }],
  ["132-plaid-ios-linkkit-addition-limit-1.txt", null], // AlterValueError
  ["132-plaid-rn-exit-internal-server-error-1.txt", null], // AlterValueError
  ["132-probe-apim-default-429-description-1.txt", null], // AlterValueError
  ["132-probe-dropbox-error-handling-guide-1.txt", null], // AlterValueError
  ["132-probe-dropbox-go-sdk-pr-retry-policy-1.txt", null], // AlterValueError
  ["132-probe-envoy-ratelimit-quota-mode-pr-1.txt", null], // AlterValueError
  ["132-probe-gemini-proxy-cors-pr-1.txt", null], // AlterValueError
  ["132-probe-github-rate-limit-endpoint-success-1.txt", null], // AlterValueError
  ["132-probe-github-success-ratelimit-headers-1.txt", null], // AlterValueError
  ["132-probe-graph-explorer-cors-message-spec-1.txt", null], // AlterValueError
  ["132-probe-hubspot-usage-guidelines-1.txt", null], // AlterValueError
  ["132-probe-kong-200-ratelimit-headers-1.txt", { format: "http", status: 200 }],
  ["132-probe-kong-docs-review-diff-1.txt", null], // AlterValueError
  ["132-probe-plaid-docs-errors-overview-1.txt", null], // AlterValueError
  ["132-probe-stripe-android-StripeResponseTest-1.txt", null], // AlterValueError
  ["132-probe-stripe-android-pr13334-logging-1.txt", null], // AlterValueError
  ["132-probe-stripe-android-pr3538-retry-429-1.txt", null], // AlterValueError
  ["132-probe-stripe-ios-pr5391-changelog-1.txt", null], // AlterValueError
  ["132-probe-supaglue-pr-hubspot-retry-1.txt", null], // AlterValueError
  ["132-probe-thunderai-openai-permission-feature-1.txt", null], // AlterValueError
  ["132-probe-trezor-pr-dropbox-retry-after-1.txt", null], // AlterValueError
  ["132-probe-vercel-error-code-list-1.txt", null], // AlterValueError
  ["132-slack-cors-traceparent-1.txt", { format: "network-text", status: undefined }],
  ["132-slack-webhook-cors-credentials-1.txt", { format: "network-text", status: undefined }],
  ["132-square-rn-unexpected-http-error-1.txt", null], // AlterValueError
  ["132-squid-403-python-requests-1.txt", null], // AlterValueError
  ["132-squid-403-raw-headers-1.txt", { format: "http", status: 403 }],
  ["132-stripe-android-no-such-payment-intent-1.txt", null], // AlterValueError
  ["132-stripe-devtools-preview-unexpected-state-1.txt", null], // AlterValueError
  ["132-stripe-ios-card-declined-1.txt", null], // AlterValueError
  ["132-stripe-ios-nserror-no-api-key-1.txt", null], // AlterValueError
  ["132-stripe-terminal-ios-expired-card-1.txt", null], // AlterValueError
  ["132-stripe-tokens-401-form-data-1.txt", null], // AlterValueError
  ["132-vercel-function-invocation-timeout-504-1.txt", { format: "log", status: 504 }],
  ["132-wso2-throttle-fault-xml-1.txt", null], // AlterValueError
  ["133-airtable-422-invalid-record-id-1.txt", { format: "log", status: 422 }],
  ["133-airtable-429-retries-exhausted-1.txt", { format: "log", status: 429 }],
  ["133-airtable-503-requests-1.txt", { format: "log", status: 503 }],
  ["133-airtable-invalid-choice-nostatus-1.txt", null], // AlterValueError
  ["133-apexmdapi-read-timed-out-1.txt", { format: "network-text", status: undefined }],
  ["133-apexmdapi-remote-site-unauthorized-1.txt", null], // AlterValueError
  ["133-asana-400-html-no-route-1.txt", null], // AlterValueError
  ["133-asana-400-result-too-large-1.txt", { format: "log", status: 400 }],
  ["133-asana-403-python-forbidden-1.txt", null], // AlterValueError
  ["133-asciisd-zoho-200-invalid-client-1.txt", { format: "http", status: 200 }],
  ["133-bedrock-403-gptel-raw-1.txt", { format: "log", status: 403 }],
  ["133-bedrock-accessdenied-explicit-deny-1.txt", null], // AlterValueError
  ["133-bedrock-throttling-rust-nostatus-1.txt", { format: "log", status: undefined }], // refused at first; aws-sdk-rust's error metadata is read now (its code, no status)
  ["133-calendly-429-ratelimit-headers-1.txt", { format: "http", status: 429 }],
  ["133-clickup-401-oauth023-1.txt", null], // AlterValueError
  ["133-dlrs-apex-soapfault-invalid-session-1.txt", null], // AlterValueError
  ["133-dlrs-apex-unable-to-lock-row-1.txt", null], // AlterValueError
  ["133-dropbox-401-missing-scope-ruby-1.txt", { format: "log", status: 401 }],
  ["133-dropbox-409-email-not-verified-sharex-1.txt", { format: "log", status: 409 }],
  ["133-eloquentsf-unable-to-lock-row-1.txt", null], // AlterValueError
  ["133-gemini-503-body-only-1.txt", { format: "json-body", status: 503 }],
  ["133-gemini-503-nested-cli-1.txt", { format: "log", status: 503 }],
  ["133-gemini-503-overloaded-python-1.txt", { format: "log", status: 503 }],
  ["133-graph-401-jwt-not-well-formed-1.txt", { format: "log", status: 401 }],
  ["133-hubspot-409-contact-exists-axios-1.txt", { format: "log", status: 409 }],
  ["133-hubspot3-500-internal-error-1.txt", null], // AlterValueError
  ["133-linear-400-not-authenticated-1.txt", null], // AlterValueError
  ["133-mailchimp-400-member-exists-1.txt", { format: "json-body", status: 400 }],
  ["133-mailchimp-500-gibbon-1.txt", { format: "log", status: 500 }],
  ["133-mailchimp-500-wordpress-log-1.txt", { format: "log", status: 500 }],
  ["133-mailgun-420-recipient-limit-feign-1.txt", { format: "log", status: 420 }],
  ["133-mailgun-invalid-from-fastlane-1.txt", null], // AlterValueError
  ["133-massaction-apex-401-invalid-session-1.txt", { format: "log", status: 401 }],
  ["133-monday-200-undefined-field-1.txt", null], // AlterValueError
  ["133-monday-400-columnvalue-1.txt", null], // AlterValueError
  ["133-nodefreshdesk-validation-failed-1.txt", null], // AlterValueError
  ["133-nodezendesk-recordinvalid-1.txt", null], // AlterValueError
  ["133-notion-400-validation-requestid-1.txt", { format: "log", status: 400 }],
  ["133-notion-404-python-httpx-1.txt", { format: "log", status: 404 }],
  ["133-notion-429-got-log-1.txt", { format: "log", status: 429 }],
  ["133-openai-400-invalid-prompt-httpcore-1.txt", { format: "log", status: 400 }],
  ["133-openai-400-org-verify-stream-1.txt", { format: "log", status: 400 }],
  ["133-openai-404-org-verify-o3-1.txt", null], // AlterValueError
  ["133-openai-httpx-400-sparse-1.txt", { format: "log", status: 400 }],
  ["133-postmark-inactive-recipient-ruby-1.txt", { format: "log", status: 422 }],
  ["133-probe-airbyte-pr-hubspot-oauth-refresh-1.txt", null], // AlterValueError
  ["133-probe-clickup-rate-limit-skill-1.txt", null], // AlterValueError
  ["133-probe-galoy-twilio-pr-description-1.txt", null], // AlterValueError
  ["133-probe-graph-docs-pr-throttling-1.txt", null], // AlterValueError
  ["133-probe-hubspot-429-docs-page-1.txt", null], // AlterValueError
  ["133-probe-hubspot-pr-409-hotfix-1.txt", null], // AlterValueError
  ["133-probe-hubspotphp-pr192-description-1.txt", null], // AlterValueError
  ["133-probe-intercom-community-answer-1.txt", null], // AlterValueError
  ["133-probe-notion-cli-pr-description-1.txt", null], // AlterValueError
  ["133-probe-notion-status-codes-doc-1.txt", null], // AlterValueError
  ["133-probe-openai-ratelimit-header-table-1.txt", null], // AlterValueError
  ["133-probe-postmark-message-ok-inactive-1.txt", null], // AlterValueError
  ["133-probe-pyairtable-retry-pr-1.txt", null], // AlterValueError
  ["133-probe-salto-pr3056-release-notes-1.txt", null], // AlterValueError
  ["133-probe-sendgrid-success-headers-1.txt", null], // AlterValueError
  ["133-probe-tappipedrive-pr93-error-map-1.txt", null], // AlterValueError
  ["133-probe-tappipedrive-success-log-1.txt", null], // AlterValueError
  ["133-probe-trello-ratelimit-headers-issue-1.txt", null], // AlterValueError
  ["133-probe-zoom-error-definitions-doc-1.txt", null], // AlterValueError
  ["133-probe-zoomus-success-200-1.txt", null], // AlterValueError
  ["133-pythonintercom-500-1.txt", { format: "log", status: 500 }],
  ["133-sendgrid-401-python-traceback-1.txt", { format: "log", status: 401 }],
  ["133-sfinspector-invalid-session-1.txt", null], // AlterValueError
  ["133-sfstreaming-403-concurrent-limit-1.txt", null], // AlterValueError
  ["133-sheets-quota-nostatus-1.txt", { format: "log", status: 429 }], // refused at first; read now with the status Google's docs give its words
  ["133-tapfreshdesk-400-bad-request-1.txt", { format: "log", status: 400 }],
  ["133-tappipedrive-520-1.txt", null], // AlterValueError
  ["133-trello-400-invalid-id-1.txt", { format: "log", status: 400 }],
  ["133-trello-429-dotnet-1.txt", { format: "log", status: 429 }],
  ["133-twilio-400-from-not-sms-capable-1.txt", { format: "log", status: 400 }],
  ["133-twilio-400-invalid-to-traceback-1.txt", { format: "log", status: 400 }],
  ["133-twilio-503-20503-dotnet-log-1.txt", { format: "log", status: 503 }],
  ["133-vonage-400-invalid-params-node-1.txt", { format: "json-wrapper", status: 400 }],
  ["133-vonage-sms-throughput-exceeded-1.txt", null], // AlterValueError
  ["133-zohobooks-invalid-code-1.txt", null], // AlterValueError
  ["133-zoom-400-code300-invalid-json-1.txt", { format: "log", status: 400 }],
  ["133-zoom-401-code124-laravel-dd-1.txt", null], // AlterValueError
  ["133-zoom-429-registrant-daily-limit-1.txt", null], // AlterValueError
  ["148-aisdk-openrouter-402-1.txt", { format: "log", status: 402 }],
  ["148-aws-throttling-400-beanstalk-1.txt", { format: "log", status: 400 }],
  ["148-bedrock-eventstream-throttling-1.txt", { format: "log", status: undefined }],
  ["148-bedrock-throttle-via-relay-1.txt", null], // AlterValueError
  ["148-bedrock-validation-operation-not-allowed-1.txt", null], // AlterValueError
  ["148-buildkit-dockerhub-429-1.txt", { format: "log", status: 429 }],
  ["148-cloudflare-429-terraform-1.txt", { format: "log", status: 429 }],
  ["148-crewai-groq-429-tpm-1.txt", { format: "log", status: 429 }],
  ["148-crewai-litellm-provider-not-provided-1.txt", null], // AlterValueError
  ["148-curl-503-release-download-1.txt", { format: "network-text", status: 503 }],
  ["148-dropbox-joplin-501-1.txt", { format: "log", status: 501 }],
  ["148-dspy-bedrock-validation-1.txt", { format: "log", status: undefined }],
  ["148-eai-again-api-github-1.txt", { format: "network-text", status: undefined }],
  ["148-gemini-cli-oauth-429-gaxios-1.txt", { format: "log", status: 429 }],
  ["148-gemini-model-overloaded-msg-1.txt", null], // AlterValueError
  ["148-gh-api-502-1.txt", { format: "log", status: 502 }],
  ["148-github-elixir-tentacat-403-1.txt", { format: "log", status: 403 }],
  ["148-github-go-secondary-ratelimit-1.txt", { format: "log", status: 403 }],
  ["148-github-ruby-octokit-primary-1.txt", { format: "log", status: 403 }],
  ["148-github-secondary-rate-limit-semrel-1.txt", { format: "log", status: 403 }],
  ["148-gitlab-artifacts-413-1.txt", { format: "log", status: 413 }],
  ["148-google-cloudcode-503-capacity-1.txt", { format: "log", status: 503 }],
  ["148-google-sorry-html-429-1.txt", null], // AlterValueError
  ["148-gpt-researcher-groq-413-tpm-1.txt", { format: "log", status: 413 }],
  ["148-graph-odataerror-token-expired-1.txt", null], // AlterValueError
  ["148-graph-via-pipedream-proxy-403-1.txt", { format: "log", status: 403 }],
  ["148-jenkins-gitlab4j-retry-later-1.txt", null], // AlterValueError
  ["148-jira-go-401-xml-1.txt", { format: "log", status: 401 }],
  ["148-jira-go-jiralert-wrapped-401-1.txt", { format: "json-body", status: 401 }],
  ["148-jira-java-restclient-400-1.txt", { format: "log", status: 400 }],
  ["148-mastra-anthropic-overloaded-log-1.txt", null], // AlterValueError
  ["148-mastra-server-504-1.txt", { format: "log", status: 504 }],
  ["148-npm-e429-actions-1.txt", { format: "log", status: 429 }],
  ["148-openai-429-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["148-openai-codex-429-exceeded-retry-limit-1.txt", { format: "log", status: 429 }],
  ["148-openai-codex-503-circuit-open-1.txt", { format: "log", status: 503 }],
  ["148-openai-codex-503-no-healthy-upstream-1.txt", { format: "log", status: 503 }],
  ["148-openai-sse-response-failed-server-error-1.txt", null], // AlterValueError
  ["148-openhands-anthropic-429-itpm-1.txt", { format: "log", status: 429 }],
  ["148-pip-readtimeout-pypi-1.txt", { format: "network-text", status: undefined }],
  ["148-pipecat-anthropic-overloaded-1.txt", { format: "log", status: 529 }],
  ["148-podman-toomanyrequests-jenkins-1.txt", { format: "log", status: 429 }], // read since round 239 (refused before)
  ["148-probe-cloudflare-limits-doc-1.txt", null], // AlterValueError
  ["148-probe-dropbox-resolved-comment-1.txt", null], // AlterValueError
  ["148-probe-github-200-ratelimit-headers-1.txt", { format: "http", status: 200 }],
  ["148-probe-graph-pr-retry-after-1.txt", null], // AlterValueError
  ["148-probe-graph-pr-token-lifetime-1.txt", null], // AlterValueError
  ["148-probe-haystack-fallback-pr-1.txt", null], // AlterValueError
  ["148-probe-hubspot-pr-409-fix-1.txt", null], // AlterValueError
  ["148-probe-hubspot-pr-property-validation-1.txt", null], // AlterValueError
  ["148-probe-mastra-issue-retry-after-bug-1.txt", null], // AlterValueError
  ["148-probe-mastra-pr-retry-after-1.txt", null], // AlterValueError
  ["148-probe-nix-changelog-429-1.txt", null], // AlterValueError
  ["148-probe-npm-success-log-1.txt", null], // AlterValueError
  ["148-probe-openai-incident-note-1.txt", null], // AlterValueError
  ["148-probe-pr-desc-npm-429-resilience-1.txt", null], // AlterValueError
  ["148-probe-pydantic-ai-bedrock-throttling-test-1.txt", null], // AlterValueError
  ["148-probe-pydantic-ai-exceptions-docs-1.txt", null], // AlterValueError
  ["148-probe-r-test-github-403-1.txt", null], // AlterValueError
  ["148-probe-restforce-changelog-v501-1.txt", null], // AlterValueError
  ["148-probe-salesforce-limit-info-docs-1.txt", null], // AlterValueError
  ["148-probe-slack-ruby-error-spec-1.txt", null], // AlterValueError
  ["148-probe-stripity-stripe-pr-733-1.txt", null], // AlterValueError
  ["148-pydantic-ai-anthropic-400-tool-use-1.txt", { format: "log", status: 400 }],
  ["148-s3-compatible-slowdown-503-harbor-1.txt", { format: "log", status: 503 }],
  ["148-salesforce-java-unknown-exception-1.txt", null], // AlterValueError
  ["148-salesforce-ruby-malformed-search-1.txt", null], // AlterValueError
  ["148-shopify-elixir-401-1.txt", { format: "log", status: 401 }],
  ["148-shopify-ruby-404-log-1.txt", { format: "log", status: 404 }],
  ["148-shopify-ruby-not-found-ref-1.txt", null], // AlterValueError
  ["148-slack-go-ratelimited-1.txt", null], // AlterValueError
  ["148-slack-java-jenkins-404-1.txt", { format: "log", status: 404 }],
  ["148-smolagents-azure-content-filter-1.txt", { format: "log", status: 400 }],
  ["148-smolagents-hf-500-model-busy-1.txt", { format: "log", status: 500 }],
  ["148-smolagents-hf-504-1.txt", { format: "log", status: 504 }],
  ["148-stripe-elixir-400-1.txt", { format: "log", status: 400 }],
  ["148-stripe-ruby-card-declined-402-1.txt", { format: "log", status: 402 }],
  ["148-stripe-ruby-webhook-lock-timeout-1.txt", { format: "log", status: 429 }],
  ["148-terraform-registry-502-1.txt", { format: "log", status: 502 }],
  ["148-upload-artifact-500-headers-1.txt", { format: "log", status: 500 }],
  ["148-x509-expired-jenkins-1.txt", { format: "network-text", status: undefined }],
  ["148-zizmor-reqwest-502-1.txt", { format: "log", status: 502 }],
  ["149-adyen-dotnet-webexception-401-1.txt", { format: "log", status: 401 }],
  ["149-adyen-java-apiexception-400-1.txt", { format: "log", status: 400 }],
  ["149-ansible-galaxy-503-1.txt", { format: "log", status: 503 }],
  ["149-argocd-cli-create-504-1.txt", { format: "log", status: 504 }],
  ["149-aws-bedrock-converse-throttling-log-1.txt", { format: "log", status: undefined }],
  ["149-aws-cli-rds-throttling-1.txt", { format: "log", status: undefined }],
  ["149-aws-s3-go-sdk-503-slowdown-1.txt", { format: "log", status: 503 }],
  ["149-az-cli-authorizationfailed-1.txt", null], // AlterValueError
  ["149-cloudformation-ec2-requestlimit-503-1.txt", { format: "log", status: 503 }],
  ["149-crossplane-gke-403-permission-1.txt", { format: "log", status: 403 }],
  ["149-crossplane-upjet-iam-403-errorinfo-1.txt", { format: "log", status: 403 }],
  ["149-dropbox-sharex-409-shared-link-exists-1.txt", { format: "log", status: 409 }],
  ["149-gemini-forum-429-free-tier-per-day-1.txt", { format: "log", status: 429 }],
  ["149-gemini-forum-503-deadline-expired-1.txt", { format: "log", status: 503 }],
  ["149-gemini-forum-js-503-overloaded-1.txt", { format: "log", status: 503 }],
  ["149-go-shopify-429-daily-variant-limit-1.txt", { format: "log", status: 429 }],
  ["149-google-drive-403-scope-insufficient-1.txt", { format: "json-body", status: 403 }],
  ["149-groq-400-model-decommissioned-1.txt", { format: "log", status: 400 }],
  ["149-groq-503-upstream-overflow-1.txt", null], // AlterValueError
  ["149-helm-oci-ghcr-token-403-1.txt", { format: "log", status: 403 }],
  ["149-hubspot-missing-scopes-message-1.txt", null], // AlterValueError
  ["149-mailchimp-member-exists-1.txt", { format: "json-body", status: 400 }],
  ["149-mailgun-js-forbidden-401-1.txt", { format: "log", status: 401 }],
  ["149-mandrill-500-validationerror-1.txt", { format: "log", status: 500 }], // read since round 244 (refused before)
  ["149-mistral-400-assistant-message-1.txt", { format: "log", status: 400 }],
  ["149-mistral-400-zh-log-1.txt", { format: "log", status: 400 }],
  ["149-mistral-vibe-400-no-body-1.txt", { format: "log", status: 400 }],
  ["149-monday-not-authenticated-langchain-1.txt", null], // AlterValueError
  ["149-msgraph-qa-java-applicationthrottled-1.txt", { format: "log", status: 429 }],
  ["149-one-api-mistral-422-1.txt", null], // AlterValueError
  ["149-openai-400-context-length-curl-1.txt", null], // AlterValueError
  ["149-openai-forum-429-tpm-14h-1.txt", { format: "log", status: 429 }],
  ["149-openai-forum-responses-background-generic-error-1.txt", null], // AlterValueError
  ["149-openai-ruby-missing-api-key-1.txt", { format: "log", status: 401 }],
  ["149-paypal-net-500-json-log-1.txt", { format: "json-wrapper", status: 500 }],
  ["149-paypal-net-500-stacktrace-1.txt", { format: "log", status: 500 }],
  ["149-paypal-net-escaped-internal-service-error-1.txt", null], // AlterValueError
  ["149-paypal-php-400-instrument-declined-1.txt", { format: "log", status: 400 }],
  ["149-pipedrive-10009-ruby-hash-1.txt", null], // AlterValueError
  ["149-pipedrive-403-scope-unirest-1.txt", { format: "log", status: 403 }],
  ["149-plaid-item-login-required-1.txt", { format: "json-body", status: 400 }],
  ["149-postmark-401-server-token-1.txt", { format: "log", status: 401 }],
  ["149-postmark-422-invalid-to-1.txt", { format: "log", status: 422 }],
  ["149-probe-ansible-pr-35044-1.txt", null], // AlterValueError
  ["149-probe-authzed-provider-changelog-1.txt", null], // AlterValueError
  ["149-probe-aws-cli-retries-doc-1.txt", null], // AlterValueError
  ["149-probe-azure-powershell-debug-success-1.txt", null], // AlterValueError
  ["149-probe-braintree-java-exceptions-doc-1.txt", null], // AlterValueError
  ["149-probe-hubspot-workflows-rate-limit-doc-1.txt", null], // AlterValueError
  ["149-probe-mailgun-response-codes-docs-1.txt", null], // AlterValueError
  ["149-probe-mailgun-success-response-1.txt", null], // AlterValueError
  ["149-probe-mandrill-queued-response-pr-1.txt", null], // AlterValueError
  ["149-probe-mandrill-validator-pr-1.txt", null], // AlterValueError
  ["149-probe-monday-ingestr-pr-1.txt", null], // AlterValueError
  ["149-probe-msgraph-qa-throttling-answer-1.txt", null], // AlterValueError
  ["149-probe-openai-ratelimit-headers-feature-request-1.txt", null], // AlterValueError
  ["149-probe-openai-retry-delay-unit-test-1.txt", null], // AlterValueError
  ["149-probe-shopify-graphql-success-cost-1.txt", null], // AlterValueError
  ["149-probe-stripe-go-pr874-description-1.txt", null], // AlterValueError
  ["149-probe-stripe-java-pr2046-changelog-1.txt", null], // AlterValueError
  ["149-probe-stripe-php-curlclient-test-1.txt", null], // AlterValueError
  ["149-probe-tf-google-retry-predicates-test-1.txt", null], // AlterValueError
  ["149-pulumi-aws-lambda-403-1.txt", { format: "log", status: 403 }],
  ["149-pulumi-azure-storage-403-authfailed-1.txt", { format: "log", status: 403 }],
  ["149-pulumi-gcp-invalid-grant-rapt-1.txt", { format: "log", status: 400 }],
  ["149-pulumi-s3-putbucketpolicy-403-1.txt", { format: "log", status: 403 }],
  ["149-quickbooks-php-401-1.txt", { format: "log", status: 401 }],
  ["149-shopifysharp-ratelimit-1.txt", { format: "log", status: 429 }], // read since round 247 (refused before)
  ["149-square-php-unauthorized-body-1.txt", null], // AlterValueError
  ["149-stripe-connector-400-resource-missing-1.txt", { format: "log", status: 400 }],
  ["149-stripe-java-apiconnection-1.txt", null], // AlterValueError
  ["149-stripe-lock-timeout-body-1.txt", null], // AlterValueError
  ["149-terraform-azurerm-autorest-429-1.txt", { format: "log", status: 429 }],
  ["149-tf-aws-route53-throttling-400-1.txt", { format: "log", status: 400 }],
  ["149-tf-azurerm-429-retryableerror-1.txt", { format: "log", status: 429 }],
  ["149-tf-google-sql-503-1.txt", { format: "log", status: 503 }],
  ["149-xero-codat-daily-cap-1.txt", null], // AlterValueError
  ["149-xero-net-rateexceeded-1.txt", null], // AlterValueError
  ["149-zoho-oauth-scope-mismatch-1.txt", null], // AlterValueError
  ["150-airbyte-bigquery-dest-rate-limit-configerror-1.txt", null], // AlterValueError
  ["150-airbyte-ga-403-api-disabled-1.txt", { format: "log", status: 403 }],
  ["150-airbyte-instagram-graph-400-code100-1.txt", { format: "log", status: 400 }],
  ["150-airbyte-mixpanel-429-query-rate-1.txt", { format: "log", status: 429 }],
  ["150-airbyte-salesforce-bulk-400-unknown-1.txt", { format: "log", status: 400 }],
  ["150-airbyte-snowflake-504-login-1.txt", { format: "log", status: 504 }],
  ["150-airbyte-snowflake-s3-403-expired-chunk-1.txt", { format: "log", status: 403 }],
  ["150-airflow-amplitude-export-404-1.txt", { format: "log", status: 404 }],
  ["150-android-kotlin-s3-headobject-403-1.txt", { format: "log", status: 403 }],
  ["150-apple-invalid-client-1.txt", { format: "log", status: 400 }],
  ["150-atlassian-doc-403-invalid-grant-1.txt", { format: "log", status: 403 }],
  ["150-auth0-fertft-log-event-1.txt", null], // AlterValueError
  ["150-aws-sso-oidc-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["150-claude-code-401-oauth-expired-1.txt", { format: "log", status: 401 }],
  ["150-claude-code-529-overloaded-1.txt", { format: "log", status: 529 }],
  ["150-claude-code-litellm-vertex-400-beta-1.txt", { format: "log", status: 400 }],
  ["150-claude-code-newapi-500-1.txt", { format: "log", status: 500 }],
  ["150-codex-401-missing-scopes-1.txt", { format: "log", status: 401 }],
  ["150-codex-429-exceeded-retry-limit-1.txt", { format: "log", status: 429 }],
  ["150-cognito-botocore-invalid-refresh-1.txt", null], // AlterValueError
  ["150-copilot-api-response-400-1.txt", { format: "log", status: 400 }],
  ["150-copilot-cli-capierror-400-1.txt", { format: "log", status: 400 }],
  ["150-cursor-connection-failed-1.txt", null], // AlterValueError
  ["150-dbt-databricks-503-query-not-scheduled-1.txt", { format: "log", status: 503 }],
  ["150-dbt-databricks-airflow-502-GetOperationStatus-1.txt", null], // AlterValueError
  ["150-dbt-elementary-bigquery-quota-table-appends-1.txt", null], // AlterValueError
  ["150-dbt-fusion-bigquery-400-jobRateLimitExceeded-1.txt", { format: "log", status: 400 }],
  ["150-electron-obsidian-openai-400-max-tokens-1.txt", { format: "log", status: 400 }],
  ["150-entra-consent-65001-1.txt", null], // AlterValueError
  ["150-entra-invalid-client-curl-1.txt", null], // AlterValueError
  ["150-entra-invalid-client-guzzle-401-1.txt", { format: "log", status: 401 }],
  ["150-fivetran-airflow-429-hourly-1.txt", { format: "log", status: 429 }],
  ["150-flutter-amplify-s3-access-denied-1.txt", null], // AlterValueError
  ["150-flutter-android-dropbox-expired-token-1.txt", { format: "log", status: 401 }], // read since round 222 (refused before)
  ["150-flutter-drive-403-unregistered-1.txt", { format: "log", status: 403 }],
  ["150-flutter-drive-session-400-1.txt", { format: "log", status: 400 }],
  ["150-flutter-gemini-500-1.txt", { format: "log", status: 500 }],
  ["150-gcloud-invalid-jwt-signature-1.txt", { format: "log", status: 400 }], // read since round 225 (refused before)
  ["150-gemini-cli-503-unavailable-1.txt", { format: "log", status: 503 }],
  ["150-gemini-cli-apierror-429-quota-1.txt", { format: "log", status: 429 }],
  ["150-google-java-tokenresponse-400-1.txt", { format: "log", status: 400 }],
  ["150-goose-400-tool-use-venice-1.txt", { format: "log", status: 400 }],
  ["150-keycloak-code-not-valid-1.txt", { format: "log", status: 400 }],
  ["150-keycloak-stale-refresh-python-1.txt", { format: "log", status: 400 }],
  ["150-keycloak-unauthorized-client-1.txt", null], // AlterValueError
  ["150-kilo-gcli2api-400-zh-log-1.txt", { format: "log", status: 400 }],
  ["150-kotlin-gemini-quota-exceeded-1.txt", { format: "log", status: 429 }], // refused at first; read now with the status Google's docs give its words
  ["150-macos-raycast-hubspot-forbidden-1.txt", { format: "log", status: 403 }], // read since round 220 (a JavaScript error named by a reason phrase, its stack below; a cut XML error document)
  ["150-macos-swift-openai-400-unknown-parameter-1.txt", { format: "log", status: 400 }],
  ["150-mlab-etl-bigquery-403-streaming-rate-1.txt", { format: "log", status: 403 }],
  ["150-mobile-fastlane-firebase-appdist-403-1.txt", null], // AlterValueError
  ["150-okta-refresh-invalid-1.txt", null], // AlterValueError
  ["150-probe-airbyte-13496-amplitude-progress-log-1.txt", null], // AlterValueError
  ["150-probe-airbyte-pr12413-test-output-1.txt", null], // AlterValueError
  ["150-probe-airbyte-pr42565-error-mapping-code-1.txt", null], // AlterValueError
  ["150-probe-airbyte-pr86315-description-1.txt", null], // AlterValueError
  ["150-probe-amplify-swift-pr-access-denied-1.txt", null], // AlterValueError
  ["150-probe-atlassian-doc-200-refresh-1.txt", { format: "http", status: 200 }],
  ["150-probe-calix-pr-google-reconnect-1.txt", null], // AlterValueError
  ["150-probe-codex-status-panel-1.txt", null], // AlterValueError
  ["150-probe-cognito-doc-sample-200-1.txt", null], // AlterValueError: a docs page's sample, under its "Sample response" caption
  ["150-probe-dnsimple-pr-error-doc-1.txt", null], // AlterValueError
  ["150-probe-flowfuse-pr-invalid-grant-1.txt", null], // AlterValueError
  ["150-probe-headroom-pr-529-1.txt", null], // AlterValueError
  ["150-probe-hubspot-docs-error-responses-1.txt", null], // AlterValueError
  ["150-probe-maui-graph-tutorial-feedback-1.txt", null], // AlterValueError
  ["150-probe-openai-kotlin-feature-request-429-1.txt", null], // AlterValueError
  ["150-probe-openai-kotlin-pr-retry-1.txt", null], // AlterValueError
  ["150-probe-opencode-pr-ratelimitinfo-1.txt", null], // AlterValueError
  ["150-probe-opencode-pr-retry-404-1.txt", null], // AlterValueError
  ["150-probe-opencodex-pr-zen-429-1.txt", null], // AlterValueError
  ["150-probe-segment-docs-pr7023-diff-1.txt", null], // AlterValueError
  ["150-rn-android-joplin-aad-invalid-grant-1.txt", null], // AlterValueError
  ["150-rn-android-joplin-graph-invalidrequest-1.txt", null], // AlterValueError
  ["150-salesforce-password-flow-auth-failure-1.txt", { format: "log", status: 400 }],
  ["150-slack-token-expired-1.txt", { format: "log", status: undefined }],
  ["150-swift-amplify-s3-403-1.txt", { format: "log", status: 403 }],
  ["150-swift-openai-400-max-tokens-1.txt", { format: "log", status: 400 }],
  ["150-tap-exacttarget-sfmc-unauthorized-1.txt", null], // AlterValueError
  ["150-windsurf-rate-limit-resets-in-1.txt", null], // AlterValueError
  ["150-zed-400-cannot-auto-update-1.txt", { format: "log", status: 400 }],
  ["150-zed-ollama-401-1.txt", { format: "log", status: 401 }],
  ["151-azurefiles-400-missing-header-1.txt", { format: "log", status: 400 }],
  ["151-b2-401-prefix-key-1.txt", { format: "log", status: 401 }], // read since round 247 (refused before)
  ["151-b2-bad-request-percent-encoding-1.txt", { format: "json-body", status: 400 }],
  ["151-box-jwt-400-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["151-cyberduck-s3-bucket-not-dns-compatible-1.txt", null], // AlterValueError
  ["151-discordjs-invalid-form-body-1.txt", null], // AlterValueError
  ["151-discordpy-httpexception-50035-1.txt", { format: "log", status: 400 }],
  ["151-dropboxapi-401-expired-access-token-1.txt", { format: "log", status: 401 }],
  ["151-gdrive-416-empty-file-1.txt", { format: "log", status: 416 }],
  ["151-gohubspot-400-invalid-association-type-1.txt", null], // AlterValueError
  ["151-graph-sendmail-400-mime-1.txt", { format: "http", status: 400 }],
  ["151-graph-teams-addmembers-207-1.txt", { format: "http", status: 207 }],
  ["151-gws-accessNotConfigured-1.txt", { format: "json-body", status: 403 }],
  ["151-hubspot-401-blogs-cassette-1.txt", { format: "log", status: 401 }],
  ["151-hubspot-409-contact-exists-cassette-1.txt", { format: "log", status: 409 }],
  ["151-hubspot-ruby-404-resource-not-found-1.txt", null], // AlterValueError
  ["151-intercom-502-json-parsererror-1.txt", null], // AlterValueError
  ["151-intercom-504-gateway-timeout-1.txt", { format: "html-page", status: 504 }],
  ["151-intercom-scroll-500-restart-1.txt", null], // AlterValueError
  ["151-jda-unknown-invite-10006-1.txt", null], // AlterValueError
  ["151-mailgun-docs-429-try-again-after-1.txt", null], // AlterValueError
  ["151-mailgun-vcr-401-forbidden-1.txt", { format: "log", status: 401 }],
  ["151-mailgun-vcr-403-free-account-1.txt", { format: "log", status: 403 }],
  ["151-minio-uploadpart-500-debug-1.txt", { format: "http", status: 500 }],
  ["151-onedrive-409-upload-name-conflict-1.txt", { format: "http", status: 409 }],
  ["151-onedrive-416-vfs-cache-1.txt", { format: "log", status: 416 }],
  ["151-onedrive-chunk-too-big-1.txt", null], // AlterValueError
  ["151-onedrive-client-403-readonly-scope-1.txt", { format: "log", status: 403 }],
  ["151-onedrive-client-webhook-400-validation-1.txt", { format: "log", status: 400 }],
  ["151-openaiphp-unknown-event-response-queued-1.txt", null], // AlterValueError
  ["151-pipedrive-invalid-field-primary-email-1.txt", null], // AlterValueError
  ["151-postmark-incompatible-json-1.txt", null], // AlterValueError
  ["151-probe-async-openai-middleware-doc-1.txt", null], // AlterValueError
  ["151-probe-grammy-faq-errors-1.txt", null], // AlterValueError
  ["151-probe-graph-202-retry-after-1.txt", { format: "http", status: 202 }],
  ["151-probe-gws-changelog-403-1.txt", null], // AlterValueError
  ["151-probe-hubspot-nodejs-readme-retry-1.txt", null], // AlterValueError
  ["151-probe-hubspot-php-readme-retry-1.txt", null], // AlterValueError
  ["151-probe-nango-hubspot-success-ratelimit-headers-1.txt", null], // AlterValueError
  ["151-probe-onedrive-docs-uploadsession-200-1.txt", { format: "http", status: 200 }],
  ["151-probe-rclone-commit-s3-404-mapping-1.txt", null], // AlterValueError
  ["151-probe-restforce-changelog-1.txt", null], // AlterValueError
  ["151-probe-rudder-salesforce-readme-ratelimits-1.txt", null], // AlterValueError
  ["151-probe-slack-go-retry-commit-1.txt", null], // AlterValueError
  ["151-probe-slack-vcr-auth-test-success-1.txt", { format: "log", status: 200 }],
  ["151-probe-telegrambot-changelog-409-1.txt", null], // AlterValueError
  ["151-probe-zendesk-rb-retry-spec-1.txt", null], // AlterValueError
  ["151-rclone-dropbox-too-many-requests-1.txt", { format: "log", status: 429 }], // read since round 233 (refused before)
  ["151-rclone-gcs-429-object-mutation-1.txt", { format: "log", status: 429 }],
  ["151-rclone-onedrive-416-heic-1.txt", { format: "log", status: 416 }],
  ["151-rclone-onedrive-upload-session-not-found-1.txt", null], // AlterValueError
  ["151-rclone-onedrive-virus-403-1.txt", { format: "log", status: 403 }],
  ["151-rclone-s3-aws-chunked-1.txt", null], // AlterValueError
  ["151-rclone-s3-serialization-failed-1.txt", null], // AlterValueError
  ["151-rubyllm-bedrock-400-input-tokens-exceeded-1.txt", { format: "log", status: 400 }],
  ["151-rubyllm-bedrock-403-unrecognized-client-1.txt", { format: "log", status: 403 }],
  ["151-rubyllm-gemini-400-api-key-invalid-1.txt", { format: "log", status: 400 }],
  ["151-rubyllm-openai-400-context-length-1.txt", { format: "log", status: 400 }],
  ["151-rubyllm-openai-401-invalid-key-1.txt", { format: "log", status: 401 }],
  ["151-s3-403-folder-policy-1.txt", { format: "log", status: 403 }],
  ["151-s3-403-headers-not-signed-1.txt", { format: "log", status: 403 }],
  ["151-s3-sdk-403-accessdenied-requestid-1.txt", { format: "log", status: 403 }],
  ["151-salesforce-406-customnotacceptable-1.txt", { format: "log", status: 406 }],
  ["151-salesforce-cli-invalid-grant-1.txt", null], // AlterValueError
  ["151-salesforce-login-upstream-reset-expat-1.txt", null], // AlterValueError
  ["151-sendgrid-docs-sandbox-from-error-1.txt", null], // AlterValueError
  ["151-slack-429-message-limit-exceeded-1.txt", null], // AlterValueError
  ["151-slack-invalid-blocks-1.txt", null], // AlterValueError
  ["151-slack-vcr-not-authed-1.txt", { format: "log", status: 200 }],
  ["151-telegram-message-too-long-1.txt", { format: "log", status: 400 }],
  ["151-twilio-21614-not-mobile-1.txt", { format: "json-body", status: 400 }],
  ["151-zendesk-400-toomanyvalues-betamax-1.txt", { format: "json-wrapper", status: 400 }],
  ["151-zendesk-422-merge-external-id-1.txt", null], // AlterValueError
  ["151-zendesk-invalid-endpoint-articles-search-1.txt", null], // AlterValueError
  ["151-zendesk-java-302-redirect-1.txt", null], // AlterValueError
  ["151-zoom-code-200-unauthorized-1.txt", null], // AlterValueError
  ["152-gdrive-403-userratelimit-1.txt", { format: "log", status: 403 }],
  ["152-passport-google-500-wraps-403-ratelimit-1.txt", { format: "log", status: 403 }],
  ["152-google-auth-403-compute-sa-forbidden-1.txt", { format: "log", status: 403 }],
  ["152-n8n-sheets-quota-per-minute-1.txt", { format: "log", status: 429 }], // refused at first; read now with the status Google's docs give its words
  ["152-graph-node-404-unknownerror-reqid-1.txt", { format: "log", status: 404 }],
  ["152-graph-mailboxconcurrency-nostatus-1.txt", null], // AlterValueError
  ["152-hubspot-node-401-invalid-auth-headers-1.txt", null], // AlterValueError
  ["152-dropbox-js-409-headers-only-1.txt", { format: "log", status: 409 }],
  ["152-dropbox-meteor-409-malformed-path-1.txt", { format: "log", status: 409 }],
  ["152-aws-v3-s3-accessdenied-nextjs-1.txt", { format: "log", status: 403 }],
  ["152-aws-v3-s3-slowdown-unknownerror-1.txt", null], // AlterValueError
  ["152-aws-v2-lambda-emr-throttling-1.txt", { format: "log", status: undefined }],
  ["152-aws-lambda-429-toomanyrequests-javastyle-1.txt", { format: "log", status: 429 }],
  ["152-openai-400-context-length-nextjs-1.txt", { format: "log", status: 400 }],
  ["152-openai-400-context-chinese-prefix-1.txt", { format: "log", status: 400 }],
  ["152-openai-429-insufficient-quota-continue-1.txt", { format: "log", status: 429 }],
  ["152-paypal-php-payment-denied-1.txt", null], // AlterValueError
  ["152-woo-paypal-invalid-client-then-429-1.txt", { format: "log", status: 401 }],
  ["152-paypal-php-fatal-401-token-1.txt", { format: "log", status: 401 }],
  ["152-paypal-shopware-429-1.txt", null], // AlterValueError
  ["152-stripe-node-lock-timeout-message-1.txt", null], // AlterValueError
  ["152-stripe-python-no-such-charge-1.txt", null], // AlterValueError
  ["152-stripe-ruby-idempotency-error-1.txt", { format: "log", status: 400 }], // read since round 244 (refused before)
  ["152-stripe-node-card-declined-402-1.txt", { format: "log", status: 402 }],
  ["152-square-python-auth-header-malformed-1.txt", null], // AlterValueError
  ["152-square-value-too-low-1.txt", null], // AlterValueError
  ["152-shopify-python-rest-rate-limit-body-1.txt", null], // AlterValueError
  ["152-shopify-node-401-heroku-1.txt", { format: "log", status: 401 }],
  ["152-shopify-node-graphql-max-cost-1.txt", null], // AlterValueError
  ["152-woocommerce-node-invalid-signature-1.txt", { format: "json-body", status: 401 }],
  ["152-bigcommerce-node-422-1.txt", null], // AlterValueError
  ["152-adyen-422-invalid-card-1.txt", { format: "json-body", status: 422 }],
  ["152-anthropic-529-overloaded-claude-code-retries-1.txt", { format: "log", status: 529 }],
  ["152-anthropic-400-prompt-too-long-gateway-1.txt", { format: "log", status: 400 }],
  ["152-anthropic-400-thinking-budget-browser-console-1.txt", { format: "log", status: 400 }],
  ["152-anthropic-429-input-tpm-openai-compat-1.txt", { format: "log", status: 429 }],
  ["152-openai-400-context-length-python-1.txt", { format: "log", status: 400 }],
  ["152-openai-429-insufficient-quota-curl-1.txt", { format: "network-text", status: 429 }],
  ["152-openai-429-request-too-large-tpm-1.txt", { format: "log", status: 429 }],
  ["152-gemini-429-free-tier-limit-0-genai-1.txt", { format: "log", status: 429 }],
  ["152-vertex-429-resource-exhausted-gemini-cli-1.txt", { format: "log", status: 429 }],
  ["152-gemini-503-high-demand-continue-1.txt", { format: "log", status: 503 }],
  ["152-bedrock-throttling-botocore-max-retries-1.txt", { format: "log", status: undefined }],
  ["152-bedrock-400-validation-input-too-long-js-1.txt", { format: "json-body", status: 400 }],
  ["152-azure-400-content-filter-jailbreak-python-1.txt", { format: "log", status: 400 }],
  ["152-azure-400-content-filter-dotnet-1.txt", { format: "log", status: 400 }],
  ["152-azure-429-embeddings-retry-after-54s-1.txt", null], // AlterValueError
  ["152-github-knp-primary-secondary-403-1.txt", null], // AlterValueError
  ["152-github-primary-user-403-node-1.txt", null], // AlterValueError
  ["152-github-actions-not-accessible-403-1.txt", { format: "log", status: 403 }],
  ["152-github-saml-sso-403-1.txt", { format: "log", status: 403 }],
  ["152-github-pygithub-404-runners-1.txt", { format: "log", status: 404 }],
  ["152-gitlab-insufficient-scope-json-1.txt", null], // AlterValueError
  ["152-gitlab-python-create-insufficient-scope-1.txt", { format: "log", status: 403 }],
  ["152-bitbucket-cli-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["152-bitbucket-too-many-requests-nostatus-1.txt", null], // AlterValueError
  ["152-jira-python-401-headers-1.txt", { format: "log", status: 401 }],
  ["152-github-secondary-403-pygithub-1.txt", { format: "log", status: 403 }],
  ["152-jira-java-404-issue-does-not-exist-1.txt", { format: "log", status: 404 }],
  ["152-notion-object-not-found-then-500-1.txt", { format: "log", status: 404 }], // read since round 250 (refused before)
  ["152-trello-401-client-error-1.txt", { format: "log", status: 401 }],
  ["152-linear-apollo-invalid-scope-1.txt", null], // AlterValueError
  ["152-asana-400-invalid-gid-1.txt", null], // AlterValueError
  ["152-probe-aws-utils-spec-test-code-1.txt", null], // AlterValueError
  ["152-probe-openai-node-changelog-1.txt", null], // AlterValueError
  ["152-probe-inbox-zero-pr-outlook-throttling-1.txt", null], // AlterValueError
  ["152-probe-dropbox-integration-pr-409-summary-1.txt", null], // AlterValueError
  ["152-probe-hubspot-daily-limit-success-1.txt", null], // AlterValueError
  ["152-probe-stripe-python-test-code-1.txt", null], // AlterValueError
  ["152-probe-stripe-go-changelog-1.txt", null], // AlterValueError
  ["152-probe-swagpaypal-pr-description-1.txt", null], // AlterValueError
  ["152-probe-bigcommerce-rate-limit-docs-1.txt", null], // AlterValueError
  ["152-probe-shopify-node-calllimits-log-1.txt", null], // AlterValueError
  ["152-probe-openai-python-readme-handling-errors-1.txt", null], // AlterValueError
  ["152-probe-burnside-task-anthropic-529-1.txt", null], // AlterValueError
  ["152-probe-mistral-curl-rate-limit-headers-success-1.txt", null], // AlterValueError
  ["152-probe-openai-python-416-ratelimit-headers-1.txt", null], // AlterValueError
  ["152-probe-roboop-checkapi-overloaded-1.txt", null], // AlterValueError
  ["152-probe-cursor-utils-rate-limit-doc-1.txt", null], // AlterValueError
  ["152-probe-octokit-throttling-test-1.txt", null], // AlterValueError
  ["152-probe-octonode-success-ratelimit-headers-1.txt", null], // AlterValueError
  ["152-probe-pr-fail-fast-rate-limits-1.txt", null], // AlterValueError
  ["152-probe-curl-head-github-200-ratelimit-1.txt", { format: "http", status: 200 }],
  ["153-google-calendar-accessnotconfigured-1.txt", { format: "log", status: 403 }],
  ["153-google-gemini-429-resource-exhausted-1.txt", { format: "log", status: 429 }],
  ["153-google-analytics-400-quota-exceeded-1.txt", { format: "json-body", status: 400 }],
  ["153-graph-403-chats-no-authorization-1.txt", { format: "log", status: 403 }],
  ["153-graph-sdk-texthtml-exception-1.txt", null], // AlterValueError
  ["153-hubspot-429-secondly-body-1.txt", null], // AlterValueError
  ["153-dropbox-oauth-refresh-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["153-aws-s3-presigned-checksum-400-1.txt", { format: "log", status: 400 }],
  ["153-aws-botocore-authheadermalformed-400-1.txt", { format: "log", status: 400 }],
  ["153-aws-dynamodb-expiredtoken-1.txt", null], // AlterValueError
  ["153-aws-bedrock-throttling-429-1.txt", { format: "json-body", status: 429 }],
  ["153-openai-429-request-too-large-1.txt", { format: "log", status: 429 }],
  ["153-openai-429-tpm-try-again-1.txt", { format: "log", status: 429 }],
  ["153-openai-400-context-length-1.txt", { format: "log", status: 400 }],
  ["153-twilio-404-wrong-account-sid-1.txt", { format: "log", status: 404 }],
  ["153-twilio-xml-21610-unsubscribed-1.txt", { format: "log", status: 400 }],
  ["153-sendgrid-ruby-401-body-headers-1.txt", null], // AlterValueError
  ["153-teams-webhook-raw-200-with-400-1.txt", { format: "http", status: 400 }],
  ["153-sendgrid-php-429-subusers-1.txt", { format: "log", status: 429 }],
  ["153-slack-webhook-403-curl-v-1.txt", { format: "curl-v", status: 403 }],
  ["153-slack-node-channel-not-found-1.txt", { format: "log", status: undefined }],
  ["153-discordpy-429-cloudflare-ban-1.txt", { format: "log", status: 429 }],
  ["153-discordpy-401-login-1.txt", { format: "log", status: 401 }],
  ["153-discordnet-50013-missing-permissions-1.txt", null], // AlterValueError
  ["153-telegram-403-bot-blocked-1.txt", { format: "log", status: 403 }],
  ["153-telegram-tdlib-flood-wait-log-1.txt", { format: "log", status: 429 }],
  ["153-zoom-124-malformed-json-1.txt", null], // AlterValueError
  ["153-zoom-401-registrants-prose-1.txt", null], // AlterValueError
  ["153-teams-webhook-429-in-200-1.txt", { format: "log", status: 429 }],
  ["153-teams-webhook-413-in-200-1.txt", { format: "log", status: 413 }],
  ["153-bigquery-free-bytes-quota-1.txt", { format: "log", status: 403 }],
  ["153-pandas-gbq-table-update-ratelimit-1.txt", { format: "log", status: 403 }],
  ["153-bigquery-jobs-create-permission-1.txt", { format: "log", status: 403 }],
  ["153-bigquery-concurrent-queries-1.txt", { format: "log", status: 403 }],
  ["153-spark-emrfs-s3-slowdown-1.txt", { format: "log", status: 503 }],
  ["153-boto3-s3-expiredtoken-1.txt", { format: "log", status: 400 }],
  ["153-rclone-s3-accessdenied-1.txt", { format: "log", status: 403 }],
  ["153-snowflake-jdbc-token-expired-1.txt", null], // AlterValueError
  ["153-snowflake-kafka-429-1.txt", { format: "log", status: 429 }],
  ["153-abfs-authorizationpermissionmismatch-1.txt", { format: "log", status: 403 }],
  ["153-azblob-serverbusy-503-1.txt", { format: "log", status: 503 }],
  ["153-azure-sas-expired-pipeline-1.txt", { format: "log", status: 403 }], // read since round 223 (refused before)
  ["153-spark-gcs-connector-429-1.txt", { format: "log", status: 429 }],
  ["153-gcsfs-401-anonymous-1.txt", { format: "log", status: 401 }],
  ["153-databricks-403-invalid-token-1.txt", { format: "curl-v", status: 403 }],
  ["153-databricks-bundle-429-1.txt", { format: "log", status: 429 }],
  ["153-entra-aadsts700082-adal-400-1.txt", { format: "log", status: 400 }],
  ["153-entra-token-endpoint-badrequest-headers-1.txt", { format: "log", status: 400 }],
  ["153-entra-get-token-503-1.txt", { format: "log", status: 503 }],
  ["153-entra-aadsts50076-msal-ios-nserror-1.txt", null], // AlterValueError
  ["153-entra-msal-net-429-retry-after-1.txt", { format: "log", status: 429 }],
  ["153-entra-aadsts90033-transient-1.txt", null], // AlterValueError
  ["153-cognito-toomanyrequests-java-1.txt", { format: "log", status: 400 }],
  ["153-cognito-refresh-revoked-dotnet-1.txt", null], // AlterValueError
  ["153-keycloak-spring-invalid-grant-token-not-active-1.txt", null], // AlterValueError
  ["153-keycloak-500-session-missing-client-1.txt", null], // AlterValueError
  ["153-google-auth-python-refresherror-1.txt", { format: "log", status: 400 }],
  ["153-google-token-guzzle-400-1.txt", { format: "log", status: 400 }],
  ["153-google-401-credentials-missing-php-1.txt", { format: "log", status: 401 }],
  ["153-okta-token-invalid-client-1.txt", null], // AlterValueError
  ["153-auth0-ruby-accessdenied-unauthorized-client-1.txt", null], // AlterValueError
  ["153-auth0-token-rate-limit-reached-1.txt", null], // AlterValueError
  ["153-probe-boto3-200-header-parse-warning-1.txt", null], // AlterValueError
  ["153-probe-dropbox-pr544-description-1.txt", null], // AlterValueError
  ["153-probe-airbyte-hubspot-flows-error-reference-1.txt", null], // AlterValueError
  ["153-probe-openai-python-2404-feature-request-1.txt", null], // AlterValueError
  ["153-probe-botocore-changelog-in-pr-1.txt", null], // AlterValueError
  ["153-probe-teams-webhook-success-json-1.txt", { format: "json-wrapper", status: 200 }],
  ["153-probe-sendgrid-200-ratelimit-headers-1.txt", { format: "http", status: 200 }],
  ["153-probe-slack-pr-description-429-1.txt", null], // AlterValueError
  ["153-probe-telegram-sendmessage-success-print_r-1.txt", null], // AlterValueError
  ["153-probe-slack-rate-limit-doc-section-1.txt", null], // AlterValueError
  ["153-probe-azure-storage-faq-diff-1.txt", null], // AlterValueError
  ["153-probe-rclone-s3-200-dump-1.txt", null], // AlterValueError
  ["153-probe-aws-sdk-rust-slowdown-test-1.txt", null], // AlterValueError
  ["153-probe-dbt-bigquery-changelog-1.txt", null], // AlterValueError
  ["153-probe-msft-adfs-token-200-1.txt", { format: "http", status: 200 }],
  ["153-probe-msal-net-changelog-4.56-1.txt", null], // AlterValueError
  ["153-probe-msal-js-throttling-doc-1.txt", null], // AlterValueError
  ["153-probe-okta-rate-limit-headers-200-pr-1.txt", { format: "http", status: 200 }],
  ["153-probe-better-auth-pr-invalid-grant-1.txt", null], // AlterValueError
  ["154-aws-sts-nosuchversion-go-1.txt", { format: "log", status: 400 }],
  ["154-gcs-upload-503-opendal-go-1.txt", { format: "log", status: 503 }],
  ["154-openai-500-go-openai-1.txt", { format: "log", status: 500 }],
  ["154-aws-rust-dispatchfailure-goaway-1.txt", { format: "network-text", status: undefined }], // read since round 227 (refused before)
  ["154-aws-rust-s3-unhandled-service-error-1.txt", null], // AlterValueError
  ["154-async-openai-deserialize-file-not-found-1.txt", null], // AlterValueError
  ["154-aws-s3-slowdown-503-go-wrapped-1.txt", { format: "log", status: 503 }],
  ["154-google-403-api-disabled-terraform-go-1.txt", { format: "log", status: 403 }],
  ["154-openai-tpm-429-java-openai4j-1.txt", { format: "json-body", status: undefined }],
  ["154-openai-400-missing-param-rust-codex-1.txt", { format: "log", status: 400 }],
  ["154-openai-429-retries-exhausted-rust-codex-1.txt", { format: "log", status: 429 }],
  ["154-graph-java-v6-odataerror-empty-1.txt", null], // AlterValueError
  ["154-google-sheets-429-per-minute-quota-1.txt", { format: "log", status: 429 }],
  ["154-github-mcp-obot-401-bad-credentials-1.txt", { format: "log", status: 401 }],
  ["154-notion-mcp-503-service-unavailable-1.txt", { format: "json-wrapper", status: 503 }],
  ["154-slack-tool-webclient-rate-limit-1.txt", null], // AlterValueError
  ["154-openai-responses-mcp-github-403-1.txt", { format: "log", status: 403 }],
  ["154-pygithub-rate-limit-agent-1.txt", { format: "log", status: 403 }],
  ["154-slack-mcp-invalid-arguments-1.txt", { format: "log", status: undefined }],
  ["154-github-mcp-404-private-repo-1.txt", { format: "log", status: 404 }],
  ["154-github-mcp-422-search-validation-1.txt", { format: "log", status: 422 }],
  ["154-gworkspace-mcp-drive-400-1.txt", { format: "log", status: 400 }],
  ["154-slack-mcp-rate-limit-retry-after-1.txt", null], // AlterValueError
  ["154-gdrive-mcp-permission-thai-1.txt", null], // AlterValueError
  ["154-mcp-atlassian-jira-403-1.txt", { format: "log", status: 403 }],
  ["154-linear-mcp-auth-failed-reference-1.txt", null], // AlterValueError
  ["154-llamaindex-slack-reader-rate-limit-1.txt", null], // AlterValueError
  ["154-github-copilot-app-mcp-credential-registration-1.txt", null], // AlterValueError
  ["154-foundry-agent-github-mcp-424-1.txt", { format: "log", status: 424 }],
  ["154-pwsh-irm-graph-invalidtoken-1.txt", null], // AlterValueError
  ["154-pwsh-irm-github-ratelimit-1.txt", null], // AlterValueError
  ["154-pwsh-irm-pagerduty-400-1.txt", null], // AlterValueError
  ["154-pwsh-iwr-401-netcontroller-1.txt", { format: "log", status: 401 }],
  ["154-pwsh-irm-iis-401-html-1.txt", { format: "log", status: 401 }],
  ["154-wget-zenodo-429-1.txt", { format: "log", status: 429 }],
  ["154-wget-debug-cloudflare-challenge-403-1.txt", { format: "http", status: 403 }],
  ["154-raw-travis-403-requestid-1.txt", { format: "http", status: 403 }],
  ["154-httpie-500-local-1.txt", { format: "http", status: 500 }],
  ["154-devtools-xhr-kibana-429-circuitbreaker-1.txt", { format: "json-body", status: 429 }],
  ["154-apim-console-401-invalid-token-1.txt", { format: "http", status: 401 }],
  ["154-restclient-400-header-too-large-1.txt", { format: "http", status: 400 }],
  ["154-chrome-console-503-frequency-1.txt", { format: "log", status: 503 }],
  ["154-chrome-console-503-jellyfin-1.txt", { format: "log", status: 503 }],
  ["154-postman-chromeapp-console-403-1.txt", { format: "log", status: 403 }],
  ["154-pwsh-iwr-503-fwlink-1.txt", { format: "log", status: 503 }],
  ["154-klaviyo-throttled-dict-1.txt", null], // AlterValueError
  ["154-klaviyo-ruby-400-cloudflare-1.txt", { format: "log", status: 400 }],
  ["154-mailchimp-woo-401-invalid-key-1.txt", null], // AlterValueError
  ["154-mailchimp-api-key-missing-1.txt", { format: "log", status: 401 }],
  ["154-mailchimp-403-user-disabled-1.txt", { format: "log", status: 403 }],
  ["154-klaviyo-segment-403-credentials-1.txt", { format: "log", status: 403 }],
  ["154-zendesk-ios-sdk-401-1.txt", { format: "log", status: 401 }],
  ["154-zendesk-node-401-1.txt", { format: "log", status: 401 }],
  ["154-zendesk-connect-403-incremental-1.txt", { format: "log", status: 403 }],
  ["154-intercom-rails-401-after-retries-1.txt", { format: "log", status: 401 }],
  ["154-freshdesk-invalid-client-1.txt", null], // AlterValueError
  ["154-freshdesk-airbyte-call-limit-1.txt", null], // AlterValueError
  ["154-sfmc-legacy-requesttoken-10007-1.txt", null], // AlterValueError
  ["154-sfmc-unsupported-grant-type-1.txt", null], // AlterValueError
  ["154-sfmc-api-permission-failed-1.txt", null], // AlterValueError
  ["154-hubspot-cli-forbidden-feature-1.txt", null], // AlterValueError
  ["154-probe-kiota-go-retry-handler-test-1.txt", null], // AlterValueError
  ["154-probe-go-openai-ratelimit-go-1.txt", null], // AlterValueError
  ["154-probe-async-openai-pr558-description-1.txt", null], // AlterValueError
  ["154-probe-rclone-dropbox-200-debug-dump-1.txt", null], // AlterValueError: since round 226 a 1xx before a body ("X-Server-Response-Time: 109") is no status; a probe, refused
  ["154-probe-aws-sdk-go-v2-retry-package-doc-1.txt", null], // AlterValueError
  ["154-probe-httpie-docs-scripting-1.txt", null], // AlterValueError
  ["154-probe-insomnia-timeline-200-after-refused-1.txt", { format: "curl-v", status: 200 }],
  ["154-probe-httpie-print-Hh-200-1.txt", { format: "http", status: 200 }],
  ["154-probe-301-with-retry-after-0-1.txt", { format: "http", status: 301 }],
  ["154-probe-github-200-ratelimit-headers-1.txt", { format: "http", status: 200 }],
  ["154-probe-intercom-docs-200-ratelimit-1.txt", { format: "http", status: 200 }],
  ["154-probe-kusk-zendesk-headers-feature-1.txt", null], // AlterValueError
  ["154-probe-klaviyo-retry-codes-comment-1.txt", null], // AlterValueError
  ["154-probe-freshdesk-pr-diff-1.txt", null], // AlterValueError
  ["154-probe-hubspot-ratelimit-notes-1.txt", null], // AlterValueError
  ["154-probe-slack-mcp-testing-guide-troubleshooting-1.txt", null], // AlterValueError
  ["154-probe-openstatus-mcp-docs-429-1.txt", null], // AlterValueError
  ["154-probe-github-ratelimit-headers-success-1.txt", null], // AlterValueError
  ["154-probe-bashkit-mcp-rate-limit-pr-1.txt", null], // AlterValueError
  ["154-probe-notion-cli-iserror-pr-1.txt", null], // AlterValueError
  ["155-google-dotnet-403-userratelimit-1.txt", { format: "log", status: 403 }],
  ["155-google-dotnet-403-dailylimit-1.txt", { format: "log", status: 403 }],
  ["155-google-php-grpc-resource-exhausted-1.txt", { format: "log", status: 429 }],
  ["155-graph-php-400-propertyvalidation-1.txt", { format: "log", status: 400 }],
  ["155-graph-php-kiota-400-objectconflict-1.txt", { format: "log", status: 400 }],
  ["155-graph-dotnet-erroraccessdenied-1.txt", null], // AlterValueError
  ["155-hubspot-php-400-invalid-json-1.txt", { format: "log", status: 400 }],
  ["155-hubspot-php-409-conflict-body-1.txt", null], // AlterValueError
  ["155-dropbox-php-401-missing-scope-1.txt", { format: "log", status: 401 }],
  ["155-dropbox-php-500-list-folder-1.txt", { format: "log", status: 500 }],
  ["155-aws-php-s3-403-accessdenied-1.txt", { format: "log", status: 403 }],
  ["155-aws-dotnet-sns-rate-exceeded-1.txt", null], // AlterValueError
  ["155-aws-php-dynamodb-throughput-1.txt", null], // AlterValueError
  ["155-openai-php-curl28-timeout-1.txt", { format: "network-text", status: undefined }],
  ["155-openai-dotnet-400-cloudflare-html-1.txt", { format: "log", status: 400 }],
  ["155-openai-php-503-nginx-html-1.txt", { format: "html-page", status: 503 }],
  ["155-azure-msi-token-429-1.txt", { format: "log", status: 429 }],
  ["155-azure-dns-409-operation-pending-1.txt", { format: "log", status: 409 }],
  ["155-azure-autorest-403-authorizationfailed-1.txt", { format: "log", status: 403 }],
  ["155-azure-deploymentfailed-core-quota-1.txt", null], // AlterValueError
  ["155-gcp-cloudbilling-429-firebase-deploy-1.txt", { format: "log", status: 429 }],
  ["155-gcp-403-service-usage-disabled-1.txt", { format: "log", status: 403 }],
  ["155-gcp-grpc-resource-exhausted-logging-1.txt", { format: "log", status: 429 }],
  ["155-cloudflare-403-9103-bad-key-1.txt", { format: "log", status: 403 }],
  ["155-cloudflare-wrangler-400-bucket-not-found-1.txt", { format: "log", status: 400 }],
  ["155-digitalocean-429-rexray-1.txt", { format: "log", status: 429 }],
  ["155-digitalocean-422-droplet-limit-1.txt", { format: "log", status: 422 }],
  ["155-heroku-429-excon-retry-after-epoch-1.txt", { format: "log", status: 429 }],
  ["155-fly-403-org-memory-quota-1.txt", { format: "log", status: 403 }],
  ["155-fly-machine-not-found-request-id-1.txt", null], // AlterValueError
  ["155-netlify-422-build-already-done-1.txt", { format: "log", status: 422 }],
  ["155-vercel-forbidden-saml-scope-1.txt", null], // AlterValueError
  ["155-youtube-quotaexceeded-httperror-1.txt", { format: "log", status: 403 }],
  ["155-youtube-invalid-grant-1.txt", null], // AlterValueError
  ["155-youtube-autherror-ruby-1.txt", null], // AlterValueError
  ["155-spotify-429-body-1.txt", { format: "json-body", status: 429 }],
  ["155-spotify-429-retry-after-13749-1.txt", null], // AlterValueError
  ["155-spotify-401-expired-spotipy-1.txt", { format: "log", status: 401 }],
  ["155-spotify-403-user-not-registered-php-1.txt", { format: "log", status: 403 }],
  ["155-twitter-429-stream-rules-1.txt", { format: "log", status: 429 }],
  ["155-twitter-403-client-not-enrolled-guzzle-1.txt", { format: "log", status: 403 }],
  ["155-twitter-453-subset-1.txt", null], // AlterValueError
  ["155-mapbox-401-android-1.txt", { format: "log", status: 401 }],
  ["155-gmaps-billing-request-denied-1.txt", null], // AlterValueError
  ["155-gmaps-over-query-limit-1.txt", null], // AlterValueError
  ["155-instagram-190-expired-1.txt", null], // AlterValueError
  ["155-reddit-429-dotnet-1.txt", { format: "log", status: 429 }],
  ["155-reddit-401-prawcore-1.txt", { format: "log", status: 401 }],
  ["155-naver-searchad-429-ko-1.txt", { format: "html-page", status: 429 }],
  ["155-bingai-openai-401-zh-1.txt", { format: "log", status: 401 }],
  ["155-diadoc-401-ru-1.txt", { format: "log", status: 401 }],
  ["155-airda-openai-insufficient-quota-zh-1.txt", { format: "log", status: 429 }],
  ["155-easydataset-deepseek-400-zh-1.txt", { format: "log", status: 400 }],
  ["155-aideepin-dashscope-403-zh-1.txt", { format: "log", status: 403 }],
  ["155-chatgptplugin-qwen-400-zh-1.txt", { format: "log", status: 400 }],
  ["155-claudecode-529-ko-1.txt", { format: "log", status: 529 }],
  ["155-apinter-401-pt-1.txt", { format: "http", status: 401 }],
  ["155-bancointer-dotnet-401-pt-1.txt", { format: "log", status: 401 }],
  ["155-yandexweather-403-ru-1.txt", { format: "log", status: 403 }],
  ["155-yandexmetrika-403-ru-1.txt", { format: "log", status: 403 }],
  ["155-oneapi-unsupported-region-zh-1.txt", { format: "log", status: 403 }],
  ["155-anthropic2vertex-400-zh-1.txt", { format: "log", status: 400 }],
  ["155-copilot-400-ja-1.txt", { format: "log", status: 400 }],
  ["155-mercadopago-401-es-1.txt", { format: "log", status: 401 }],
  ["155-probe-openai-php-meta-fixture-1.txt", null], // AlterValueError
  ["155-probe-graph-dotnet-errors-doc-1.txt", null], // AlterValueError
  ["155-probe-google-dotnet-issue-comment-policy-1.txt", null], // AlterValueError
  ["155-probe-dropbox-dotnet-pr-requestid-1.txt", null], // AlterValueError
  ["155-probe-aws-php-pr-throttling-1.txt", null], // AlterValueError
  ["155-probe-azure-docs-ratelimit-headers-1.txt", { format: "log", status: 200 }],
  ["155-probe-azure-cli-debug-success-gist-1.txt", null], // AlterValueError
  ["155-probe-cloudflare-tf-debug-200-1.txt", { format: "http", status: 200 }],
  ["155-probe-flyctl-pr-retry-transient-1.txt", null], // AlterValueError
  ["155-probe-godo-test-retry-500-1.txt", null], // AlterValueError
  ["155-probe-spotify-rate-limits-doc-1.txt", null], // AlterValueError
  ["155-probe-gmaps-geocoding-status-doc-1.txt", null], // AlterValueError
  ["155-probe-twitter-200-ratelimit-headers-1.txt", null], // AlterValueError
  ["155-probe-praw-debug-log-200s-1.txt", null], // AlterValueError
  ["155-probe-tweepy-429-handler-code-1.txt", null], // AlterValueError
  ["155-probe-flashduty-zh-docs-1.txt", null], // AlterValueError
  // Still misread (a probe of the 155th trial): a Japanese explainer page's sample 429 response under its "error message" heading.
  ["155-probe-mewrite-ja-429-explainer-1.txt", { format: "log", status: 429 }],
  ["155-probe-github-ratelimit-success-ja-1.txt", null], // AlterValueError
  ["155-probe-cliproxyapi-pr-zh-1.txt", null], // AlterValueError
  ["155-probe-mesto-pr-ru-1.txt", null], // AlterValueError
  ["156-msgraph-invalid-token-1.txt", null], // AlterValueError
  ["156-exaws-s3-head-404-1.txt", { format: "log", status: 404 }],
  ["156-exaws-translate-500-1.txt", { format: "log", status: 500 }],
  ["156-exaws-s3-accessdenied-1.txt", { format: "log", status: 403 }],
  ["156-dropbox-400-path-null-1.txt", { format: "log", status: 400 }],
  ["156-dropbox-incorrect-offset-1.txt", null], // AlterValueError
  ["156-dropbox-429-nomethoderror-1.txt", null], // AlterValueError
  ["156-ruby-openai-400-no-model-1.txt", { format: "log", status: 400 }],
  ["156-ruby-openai-dimensions-1.txt", null], // AlterValueError
  ["156-google-userratelimit-airbrake-1.txt", { format: "log", status: 403 }], // refused at first; read now with the status Google's docs give its words
  ["156-google-signet-500-1.txt", { format: "log", status: 500 }],
  ["156-aws-rds-408-1.txt", { format: "log", status: 408 }],
  ["156-aws-emr-throttling-1.txt", null], // AlterValueError
  ["156-openai-elixir-502-cloudflare-1.txt", { format: "log", status: 502 }],
  ["156-graph-applicationthrottled-zammad-1.txt", null], // AlterValueError
  ["156-hubspot-207-batch-validation-1.txt", null], // AlterValueError
  ["156-gh-401-bad-credentials-1.txt", { format: "log", status: 401 }],
  ["156-glab-405-merge-1.txt", { format: "log", status: 405 }],
  ["156-stripe-cli-403-restricted-key-1.txt", { format: "log", status: 403 }],
  ["156-stripe-cli-500-html-1.txt", { format: "log", status: 500 }],
  ["156-wrangler-504-503-1.txt", { format: "log", status: 504 }],
  ["156-wrangler-action-10000-auth-1.txt", null], // AlterValueError
  ["156-wrangler-waf-blocked-1.txt", null], // AlterValueError
  ["156-firebase-429-serviceusage-1.txt", { format: "log", status: 429 }],
  ["156-heroku-503-html-1.txt", { format: "log", status: 503 }],
  ["156-doctl-500-kubeconfig-1.txt", { format: "log", status: 500 }],
  ["156-godo-422-request-id-1.txt", { format: "log", status: 422 }],
  ["156-vercel-429-upload-1.txt", { format: "log", status: 429 }],
  ["156-vercel-upload-24h-1.txt", null], // AlterValueError
  ["156-gcloud-api-disabled-1.txt", null], // AlterValueError
  ["156-awscli-throttling-1.txt", { format: "log", status: undefined }], // the AWS CLI v1's "A client error (Throttling) occurred" (round 211)
  ["156-az-internal-retriable-1.txt", null], // AlterValueError
  ["156-powerplatform-502-badgateway-noresponse-1.txt", { format: "log", status: 502 }],
  ["156-powerautomate-connector-401-dataverse-headers-1.txt", { format: "log", status: 401 }],
  ["156-powerautomate-ratelimit-try-again-2s-1.txt", null], // AlterValueError
  ["156-powerautomate-childflow-ratelimit-1.txt", null], // AlterValueError
  ["156-powerautomate-openapi-invalid-response-type-1.txt", null], // AlterValueError
  ["156-powerautomate-200-invalid-openapi-schema-1.txt", null], // AlterValueError
  ["156-zapier-datapost-403-getgo-invalidtoken-1.txt", { format: "log", status: 403 }],
  ["156-zapier-cli-check-400-schema-1.txt", null], // AlterValueError
  ["156-make-sc424-401-invalid-client-awork-1.txt", null], // AlterValueError
  ["156-n8n-gsheets-429-write-quota-1.txt", { format: "log", status: 429 }],
  ["156-n8n-openai-insufficient-quota-as-too-many-requests-1.txt", null], // AlterValueError
  ["156-n8n-msgraph-400-badrequest-body-1.txt", { format: "json-body", status: 400 }], // Read since round 199 (a Graph code that is its status's name, an OpenAI class above its words).
  ["156-n8n-nodeapierror-bad-request-1.txt", null], // AlterValueError
  ["156-n8n-node-404-resource-not-found-stack-1.txt", null], // AlterValueError
  ["156-pipedream-slack-channel-not-found-stack-1.txt", { format: "log", status: undefined }],
  ["156-workato-recipe-connection-error-1.txt", null], // AlterValueError
  ["156-composenews-coingecko-429-1.txt", { format: "log", status: 429 }],
  ["156-alamofire-ringcentral-400-1.txt", { format: "log", status: 400 }],
  ["156-spotube-dio-429-1.txt", { format: "log", status: 429 }],
  ["156-expo-server-sdk-503-1.txt", { format: "log", status: 503 }],
  ["156-expo-push-token-503-1.txt", { format: "log", status: 503 }],
  ["156-expo-push-token-400-validation-1.txt", { format: "log", status: 400 }],
  ["156-ios-urlsession-timeout-1.txt", { format: "network-text", status: undefined }],
  ["156-retrofit-401-crashlytics-1.txt", { format: "log", status: 401 }],
  ["156-retrofit1-429-1.txt", { format: "log", status: 429 }],
  ["156-tmail-apisix-401-expired-1.txt", { format: "http", status: 401 }],
  ["156-alamofire-aferror-400-1.txt", { format: "log", status: 400 }],
  ["156-flutter-msgraph-invalid-token-1.txt", null], // AlterValueError
  ["156-supabase-kt-email-rate-limit-1.txt", null], // AlterValueError
  ["156-ruby-ethon-expo-push-400-1.txt", { format: "log", status: 400 }],
  ["156-dio-500-title-1.txt", { format: "log", status: 500 }],
  ["156-probe-ruby-openai-changelog-1.txt", null], // AlterValueError
  ["156-probe-ex-aws-readme-retries-1.txt", null], // AlterValueError
  ["156-probe-dropbox-copy-success-cassette-1.txt", { format: "log", status: 200 }],
  ["156-probe-hubspot-readme-error-handling-1.txt", null], // AlterValueError
  ["156-probe-dropbox-client-spec-1.txt", null], // AlterValueError
  ["156-probe-doctl-ratelimit-test-1.txt", null], // AlterValueError
  ["156-probe-stripe-cli-429-test-1.txt", null], // AlterValueError
  ["156-probe-godo-changelog-retry-1.txt", null], // AlterValueError
  ["156-probe-doctl-ratelimit-output-1.txt", null], // AlterValueError
  ["156-probe-gh-client-test-502-1.txt", null], // AlterValueError
  ["156-probe-n8n-docs-pr-429-advice-1.txt", null], // AlterValueError
  ["156-probe-zapier-docs-troubleshoot-throttles-1.txt", null], // AlterValueError
  ["156-probe-make-docs-types-of-errors-1.txt", null], // AlterValueError
  // Still read as a failure (a probe of the 156th trial): a blog post that recounts the 429 its author met.
  ["156-probe-powerautomate-blog-retry-policy-429-1.txt", { format: "log", status: 429 }],
  ["156-probe-ever-gauzy-make-api-error-handling-code-1.txt", null], // AlterValueError
  ["156-probe-okhttp-logging-readme-1.txt", null], // AlterValueError
  ["156-probe-sentry-cocoa-test-429-1.txt", null], // AlterValueError
  ["156-probe-klaviyo-android-pr-retry-503-1.txt", null], // AlterValueError
  ["156-probe-revenuecat-success-debug-log-1.txt", null], // AlterValueError
  ["156-probe-expo-pr-push-rate-limit-docs-1.txt", null], // AlterValueError
  ["157-openaiswift-400-additional-properties-1.txt", null], // AlterValueError
  ["157-amplify-bedrock-accessdenied-1.txt", null], // AlterValueError
  ["157-amplify-appsync-unauthorized-jwt-1.txt", null], // AlterValueError
  ["157-google-400-failed-precondition-1.txt", { format: "json-body", status: 400 }],
  ["157-google-autherror-invalid-credentials-1.txt", null], // AlterValueError
  ["157-dropbox-401-expired-access-token-1.txt", { format: "log", status: 401 }],
  ["157-dropbox-429-too-many-write-operations-1.txt", { format: "log", status: 429 }],
  ["157-graph-400-folderalreadyexists-1.txt", { format: "http", status: 400 }],
  ["157-gcs-429-object-mutation-rate-1.txt", { format: "log", status: 429 }],
  ["157-gcs-403-forbidden-objects-create-1.txt", { format: "log", status: 403 }],
  ["157-onedrive-accessdenied-accountupgrade-1.txt", null], // AlterValueError
  ["157-s3-403-forbidden-head-1.txt", { format: "log", status: 403 }],
  ["157-cognito-userinfo-401-invalid-token-1.txt", { format: "http", status: 401 }],
  ["157-msal-android-npe-persisted-account-1.txt", null], // AlterValueError
  ["157-gcs-401-anonymous-caller-1.txt", { format: "log", status: 401 }],
  ["157-qbo-429-throttle-xml-1.txt", { format: "log", status: 429 }],
  ["157-qbo-403-throttle-xml-1.txt", { format: "log", status: 403 }],
  ["157-qbo-6240-duplicate-name-1.txt", null], // AlterValueError
  ["157-qbo-oauth-invalid-grant-tid-1.txt", null], // AlterValueError
  ["157-xero-401-token-expired-1.txt", { format: "json-body", status: 401 }],
  ["157-xero-403-auth-unsuccessful-1.txt", { format: "json-body", status: 403 }],
  ["157-xero-400-validation-exception-xml-1.txt", null], // AlterValueError
  ["157-xero-notfound-as-internalservererror-1.txt", null], // AlterValueError
  ["157-xero-oauth1-rate-limit-1.txt", null], // AlterValueError
  ["157-xero-bankfeeds-400-problem-json-1.txt", { format: "json-body", status: 400 }],
  ["157-wise-403-sca-2fa-raw-http-1.txt", { format: "http", status: 403 }],
  ["157-wise-409-not-unique-1.txt", null], // AlterValueError
  ["157-wise-invalid-grant-1.txt", null], // AlterValueError
  ["157-wise-500-system-error-1.txt", { format: "json-body", status: 500 }],
  ["157-xero-node-rperror-state-mismatch-1.txt", null], // AlterValueError
  ["157-plaid-quickstart-ssl-cert-1.txt", { format: "network-text", status: undefined }],
  ["157-renault-gigya-403005-1.txt", { format: "json-body", status: 403 }],
  ["157-renault-kamereon-quota-1.txt", null], // AlterValueError
  ["157-renault-kamereon-invalid-upstream-1.txt", null], // AlterValueError
  ["157-renault-kamereon-hvac-403011-1.txt", null], // AlterValueError
  ["157-overkiz-too-many-requests-1.txt", null], // AlterValueError
  ["157-overkiz-503-maintenance-1.txt", null], // AlterValueError
  ["157-overkiz-banned-1.txt", null], // AlterValueError
  ["157-vaillant-apim-quota-403-1.txt", { format: "json-body", status: 403 }],
  ["157-spotipy-401-1.txt", { format: "log", status: 401 }],
  ["157-wastecollection-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["157-openuv-daily-quota-1.txt", null], // AlterValueError
  ["157-mastodon-translate-503-1.txt", null], // AlterValueError
  ["157-mastodonpy-500-direct-1.txt", { format: "log", status: 500 }],
  ["157-octopus-typeerror-1.txt", null], // AlterValueError
  ["157-purpleair-invalid-key-1.txt", null], // AlterValueError
  ["157-airvisual-call-limit-1.txt", null], // AlterValueError
  ["157-probe-amplify-apigw-test-invoke-200-1.txt", null], // AlterValueError
  ["157-probe-openai-kotlin-troubleshooting-doc-1.txt", null], // AlterValueError
  ["157-probe-onedrive-client-changelog-1.txt", null], // AlterValueError
  ["157-probe-swiftydropbox-test-409-route-error-1.txt", null], // AlterValueError
  ["157-probe-msal-objc-pr-retry-on-429-1.txt", null], // AlterValueError
  ["157-probe-plaid-python-readme-errors-1.txt", null], // AlterValueError
  ["157-probe-xero-node-apierror-test-1.txt", null], // AlterValueError
  ["157-probe-gusto-readme-error-handling-1.txt", null], // AlterValueError
  ["157-probe-quickbooks-ruby-history-429-1.txt", null], // AlterValueError
  ["157-probe-wise-docs-status-table-1.txt", null], // AlterValueError
  ["157-probe-oncall-rate-limits-doc-1.txt", null], // AlterValueError
  ["157-probe-github-datasource-troubleshooting-1.txt", null], // AlterValueError
  ["157-probe-integration-openai-changelog-1.txt", null], // AlterValueError
  ["157-probe-github-success-headers-1.txt", null], // AlterValueError
  ["157-probe-github-device-flow-pending-1.txt", null], // AlterValueError
  ["157-hf-router-fal-model-not-supported-1.txt", { format: "log", status: 400 }], // the arrow below its request line (round 175)
  ["157-hf-router-cerebras-store-400-1.txt", { format: "log", status: 400 }],
  ["157-hfhub-create-branch-500-jupyter-1.txt", { format: "log", status: 500 }],
  ["157-hf-inference-api-400-missing-context-1.txt", { format: "log", status: 400 }],
  ["157-replicate-401-invalid-token-cassette-1.txt", { format: "log", status: 401 }],
  ["157-replicate-404-training-destination-1.txt", { format: "log", status: 404 }],
  ["157-assemblyai-400-negative-balance-1.txt", { format: "log", status: 400 }],
  ["157-assemblyai-401-invalid-token-1.txt", { format: "log", status: 401 }],
  ["157-assemblyai-500-server-error-1.txt", { format: "log", status: 500 }],
  ["157-assemblyai-transcript-download-error-1.txt", null], // AlterValueError
  ["157-deepgram-402-asr-payment-required-1.txt", null], // AlterValueError
  ["157-deepgram-429-too-many-requests-1.txt", null], // AlterValueError
  ["157-hf-download-timeout-request-id-1.txt", { format: "network-text", status: undefined }],
  ["157-probe-elevenlabs-changelog-quota-message-1.txt", null], // AlterValueError
  ["157-probe-hf-hub-docs-rate-limit-headers-1.txt", null], // AlterValueError
  ["157-probe-hfjs-pr-together-tts-voice-fix-1.txt", null], // AlterValueError
  ["157-probe-replicate-200-ratelimit-headers-1.txt", null], // AlterValueError
  ["157-probe-replicate-js-test-no-retry-on-500-1.txt", null], // AlterValueError
  // The hundred-and-fifty-eighth trial's: the six named providers from 2025-2026 issues; document and e-signature APIs; hosted
  // databases and vector stores; observability tools' exporters, Terraform providers and CLIs.
  ["158-google-androidpublisher-403-migrate-api-1.txt", { format: "log", status: 403 }],
  // Read since the hundred-and-ninety-sixth trial: its line breaks escaped on one line, read back.
  ["158-google-gemini-cli-503-overloaded-truncated-nested-1.txt", { format: "log", status: 503 }],
  ["158-openai-continue-insufficient-quota-status-na-1.txt", { format: "log", status: 429 }],
  ["158-openai-codex-400-instructions-not-valid-retry-loop-1.txt", { format: "log", status: 400 }],
  ["158-openai-codex-400-invalid-value-action-type-1.txt", { format: "log", status: 400 }],
  ["158-openai-mindsdb-500-server-error-oneliner-1.txt", { format: "log", status: 500 }],
  ["158-openai-autohand-model-not-supported-chatgpt-account-1.txt", null], // AlterValueError
  ["158-aws-s3-putobject-explicit-deny-1.txt", { format: "log", status: 403 }],
  ["158-aws-bedrock-conversestream-validation-toolresult-agno-1.txt", { format: "log", status: 400 }],
  ["158-aws-bedrock-invokemodel-validation-traceback-1.txt", { format: "log", status: undefined }],
  ["158-graph-erroraccessdenied-postman-json-1.txt", null], // AlterValueError
  ["158-graph-intune-403-raw-http-dump-1.txt", { format: "http", status: 403 }],
  ["158-dropbox-get-metadata-500-firefox-console-1.txt", { format: "log", status: 500 }],
  ["158-hubspot-oauth-insufficient-scopes-consent-1.txt", null], // AlterValueError
  ["158-docusign-php-400-invalid-request-body-1.txt", { format: "log", status: 400 }],
  ["158-docusign-php-401-user-auth-failed-1.txt", { format: "log", status: 401 }],
  ["158-docusign-csharp-partner-auth-failed-1.txt", null], // AlterValueError
  ["158-docusign-csharp-unspecified-error-1.txt", null], // AlterValueError
  ["158-docusign-java-jwt-invalid-grant-1.txt", null], // AlterValueError
  ["158-hellosign-python-400-invalid-parameter-1.txt", { format: "log", status: 400 }],
  ["158-hellosign-node-cannot-be-signed-yet-1.txt", null], // AlterValueError
  ["158-hellosign-java-conflict-already-signed-1.txt", null], // AlterValueError
  ["158-box-409-item-name-in-use-1.txt", { format: "json-body", status: 409 }],
  ["158-box-view-401-invalid-token-1.txt", { format: "log", status: 401 }],
  ["158-msgraph-dotnet-500-internalservererror-1.txt", { format: "log", status: 500 }],
  ["158-msgraph-createuploadsession-504-unknownerror-1.txt", null], // AlterValueError
  ["158-sharepoint-python-429-client-error-1.txt", { format: "log", status: 429 }],
  ["158-gdrive-go-429-html-sorry-page-1.txt", { format: "log", status: 429 }],
  ["158-gdrive-kotlin-403-storage-quota-1.txt", { format: "log", status: 403 }],
  ["158-gdrive-r-gargle-403-user-rate-limit-1.txt", { format: "log", status: 403 }],
  ["158-qdrant-400-vector-dim-mismatch-1.txt", { format: "log", status: 400 }],
  ["158-qdrant-503-empty-body-proxy-1.txt", { format: "log", status: 503 }],
  ["158-weaviate-422-empty-batch-1.txt", { format: "log", status: 422 }],
  ["158-weaviate-401-oidc-not-configured-1.txt", null], // AlterValueError
  ["158-upstash-max-requests-limit-1.txt", null], // AlterValueError
  ["158-algolia-403-operations-quota-ruby-1.txt", { format: "log", status: 403 }],
  ["158-supabase-401-jwt-expired-guzzle-1.txt", { format: "log", status: 401 }],
  ["158-supabase-jwt-expired-flutter-response-dump-1.txt", null], // AlterValueError
  ["158-supabase-503-upstream-connect-dart-1.txt", { format: "log", status: 503 }],
  ["158-firestore-403-permission-denied-requests-1.txt", { format: "log", status: 403 }],
  ["158-neon-fetch-failed-connect-timeout-1.txt", { format: "network-text", status: undefined }],
  ["158-mongodb-atlas-401-missingsession-terraform-1.txt", { format: "log", status: 401 }],
  ["158-planetscale-500-pscale-backup-1.txt", { format: "log", status: 500 }],
  ["158-pinecone-404-index-not-found-ts-1.txt", { format: "log", status: 404 }],
  ["158-pinecone-pod-quota-python-headers-body-1.txt", null], // AlterValueError
  ["158-firestore-403-permissiondenied-api-core-1.txt", { format: "log", status: 403 }],
  ["158-opsgenie-tf-422-webhook-url-empty-1.txt", { format: "log", status: 422 }],
  ["158-opsgenie-tf-404-no-handler-1.txt", { format: "log", status: 404 }],
  ["158-opsgenie-tf-422-plan-not-allowed-1.txt", { format: "log", status: 422 }],
  ["158-pagerduty-tf-400-timeout-null-1.txt", { format: "log", status: 400 }],
  ["158-pagerduty-ruby-events-400-routing-key-1.txt", { format: "log", status: 400 }],
  ["158-datadog-py-invalid-json-403-html-1.txt", { format: "html-page", status: 403 }],
  ["158-datadog-agent-process-403-api-key-invalid-1.txt", { format: "log", status: 403 }],
  ["158-datadog-dd-agent-forwarder-400-1.txt", { format: "log", status: 400 }],
  ["158-datadog-vector-sink-forbidden-1.txt", null], // AlterValueError
  ["158-sentry-cli-413-upload-sourcemaps-1.txt", { format: "log", status: 413 }],
  ["158-newrelic-plugin-413-over-1mib-1.txt", { format: "log", status: 413 }],
  ["158-newrelic-tf-401-no-api-key-1.txt", { format: "log", status: 401 }],
  ["158-grafana-loki-otel-exporter-429-1.txt", { format: "log", status: 429 }],
  ["158-grafana-tf-409-folder-exists-1.txt", { format: "log", status: 409 }],
  ["158-honeycomb-otlp-js-401-missing-dataset-1.txt", { format: "log", status: 401 }],
  ["158-honeycomb-otel-python-unauthenticated-1.txt", { format: "log", status: 401 }],
  ["158-probe-hubspot-client-retry-policy-issue-1.txt", null], // AlterValueError
  ["158-probe-hubspot-airweave-logging-pr-1.txt", null], // AlterValueError
  ["158-probe-hubspot-faro-scope-gated-pr-1.txt", null], // AlterValueError
  ["158-probe-hubspot-estuary-missing-scope-regex-pr-1.txt", null], // AlterValueError
  ["158-probe-hubspot-local-dev-lib-correlationid-pr-1.txt", null], // AlterValueError
  ["158-probe-box-docs-rate-limits-1.txt", null], // AlterValueError
  ["158-probe-hellosign-python-test-exceptions-1.txt", null], // AlterValueError
  ["158-probe-adobe-sign-baseuris-success-1.txt", null], // AlterValueError
  ["158-probe-docusign-node-changelog-1.txt", null], // AlterValueError
  ["158-probe-gdrive-usage-limits-docs-1.txt", null], // AlterValueError
  ["158-probe-pinecone-errors-reference-doc-1.txt", null], // AlterValueError
  ["158-probe-upstash-wrongpass-troubleshooting-doc-1.txt", null], // AlterValueError
  ["158-probe-neon-connection-errors-doc-frontmatter-1.txt", null], // AlterValueError
  ["158-probe-algolia-ruby-retry-strategy-test-1.txt", null], // AlterValueError
  ["158-probe-upstash-rest-set-success-1.txt", null], // AlterValueError
  ["158-probe-opsgenie-docs-response-codes-1.txt", null], // AlterValueError
  ["158-probe-sentry-docs-sdk-rate-limiting-1.txt", null], // AlterValueError
  ["158-probe-newrelic-go-agent-collector-source-1.txt", null], // AlterValueError
  ["158-probe-datadog-cassette-cancel-downtime-ok-1.txt", { format: "log", status: 204 }],
  ["158-probe-pagerduty-pdpyras-docs-retry-policy-1.txt", null], // AlterValueError
  // The hundred-and-fifty-ninth trial's: the six named providers from Q&A pages and forums; CRM and sales APIs; marketplaces and
  // shipping APIs; calendar and meeting APIs.
  ["159-google-drive-404-python-httperror-1.txt", { format: "log", status: 404 }],
  ["159-google-drive-404-curl-debug-log-1.txt", { format: "http", status: 404 }],
  ["159-msgraph-senddenied-product-log-1.txt", { format: "log", status: 403 }],
  ["159-msgraph-429-fraudthrottled-php-dump-1.txt", null], // AlterValueError
  ["159-hubspot-missing-scopes-json-1.txt", null], // AlterValueError
  ["159-hubspot-409-contact-exists-batch-1.txt", null], // AlterValueError
  ["159-aws-s3-accessdenied-putobject-1.txt", { format: "log", status: 403 }],
  ["159-aws-stepfunctions-throttling-wrapped-1.txt", { format: "log", status: undefined }],
  ["159-aws-cloudwatch-throttling-go-sdk-1.txt", { format: "log", status: 400 }],
  ["159-aws-emr-throttling-ruby-coral-log-1.txt", null], // AlterValueError
  ["159-dropbox-too-many-write-ops-rclone-log-1.txt", { format: "log", status: 429 }], // read since round 233 (refused before)
  ["159-dropbox-409-create-folder-conflict-perl-log-1.txt", { format: "log", status: 409 }],
  ["159-dropbox-409-objc-lldb-dump-1.txt", { format: "log", status: 409 }],
  ["159-openai-apiconnectionerror-remote-disconnected-1.txt", { format: "network-text", status: undefined }],
  ["159-openai-500-server-error-bot-log-1.txt", { format: "log", status: 500 }],
  ["159-zoho-n8n-invalid-data-phone-1.txt", null], // AlterValueError
  ["159-zoho-csharp-oauth-invalid-code-1.txt", null], // AlterValueError
  ["159-attio-n8n-query-validation-400-1.txt", { format: "log", status: 400 }],
  ["159-attio-body-validation-json-1.txt", { format: "json-body", status: 400 }],
  ["159-copper-formie-404-resource-not-found-1.txt", null], // AlterValueError
  ["159-dynamics-webapi-node-401-1.txt", { format: "log", status: 401 }],
  ["159-dynamics-webapi-404-segment-not-found-1.txt", { format: "log", status: 404 }],
  ["159-dynamics-webapi-400-batch-api-version-1.txt", { format: "log", status: 400 }],
  ["159-dynamics-plugin-0x80040265-json-1.txt", null], // AlterValueError
  ["159-salesforce-forrest-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["159-salesforce-nango-invalid-session-1.txt", null], // AlterValueError
  ["159-salesforce-jetstream-totalrequests-1.txt", null], // AlterValueError
  ["159-salesforce-simple-bulk2-api-error-1.txt", null], // AlterValueError
  ["159-salesforce-cumulusci-invalid-type-traceback-1.txt", null], // AlterValueError
  ["159-pipedrive-ruby-httparty-responseerror-1.txt", null], // AlterValueError
  ["159-easypost-java-400-address-verify-1.txt", { format: "log", status: 400 }],
  ["159-easypost-shipment-invalid-params-body-1.txt", null], // AlterValueError
  ["159-shippo-ruby-400-apiservererror-1.txt", { format: "log", status: 400 }],
  ["159-shippo-ruby-401-auth-1.txt", { format: "log", status: 401 }],
  ["159-shippo-node-invalid-json-1.txt", null], // AlterValueError
  ["159-shipengine-curl-timeout-1.txt", { format: "network-text", status: undefined }],
  ["159-shipstation-400-modelstate-1.txt", null], // AlterValueError
  ["159-amazon-spapi-429-quota-1.txt", { format: "log", status: 429 }],
  ["159-amazon-spapi-quota-dict-1.txt", null], // AlterValueError
  ["159-amazon-spapi-403-headers-1.txt", null], // AlterValueError
  ["159-shopify-sharp-500-stack-1.txt", { format: "log", status: 500 }],
  ["159-shopify-graphql-internal-error-1.txt", null], // AlterValueError
  ["159-etsy-php-403-no-user-1.txt", { format: "log", status: 403 }],
  ["159-etsy-python2-403-token-rejected-1.txt", { format: "log", status: 403 }],
  ["159-ebay-python-token-not-available-1.txt", null], // AlterValueError
  ["159-ebay-php-refresh-429-fatal-1.txt", null], // AlterValueError
  ["159-google-calendar-403-daily-limit-gcalcli-1.txt", { format: "log", status: 403 }],
  ["159-google-calendar-409-duplicate-event-id-1.txt", { format: "log", status: 409 }],
  ["159-google-caldav-401-invalid-token-vdirsyncer-1.txt", { format: "log", status: 401 }],
  ["159-google-calendar-410-resource-deleted-1.txt", { format: "log", status: 410 }],
  ["159-google-calendar-401-dotnet-googleapiexception-1.txt", { format: "log", status: 401 }],
  ["159-graph-403-erroraccessdenied-calendarview-1.txt", { format: "log", status: 403 }],
  ["159-graph-applicationthrottled-mailboxconcurrency-1.txt", null], // AlterValueError
  ["159-graph-429-group-events-console-1.txt", { format: "log", status: 429 }],
  ["159-graph-401-o365-jwt-not-well-formed-1.txt", { format: "log", status: 401 }],
  ["159-ews-errorserverbusy-soap-davmail-1.txt", null], // AlterValueError
  ["159-zoom-400-validation-failed-guzzle-1.txt", { format: "log", status: 400 }],
  ["159-zoom-401-invalid-access-token-macsidigital-1.txt", { format: "log", status: 401 }],
  ["159-cronofy-400-refresh-token-ruby-1.txt", { format: "log", status: 400 }],
  ["159-calcom-400-axios-invalid-type-1.txt", { format: "log", status: 400 }],
  ["159-calcom-404-curl-v2-bookings-1.txt", { format: "http", status: 404 }],
  ["159-nylas-400-requestfailed-java-1.txt", { format: "log", status: 400 }],
  ["159-probe-dropbox-error-handling-guide-1.txt", null], // AlterValueError
  ["159-probe-msgraph-errors-status-table-1.txt", null], // AlterValueError
  ["159-probe-openai-rate-limit-advice-help-1.txt", null], // AlterValueError
  ["159-probe-hubspot-error-json-schema-1.txt", null], // AlterValueError
  ["159-probe-google-permission-denied-enum-doc-1.txt", null], // AlterValueError
  ["159-probe-freshsales-api-limits-doc-1.txt", null], // AlterValueError
  ["159-probe-api2crm-error-codes-doc-1.txt", null], // AlterValueError
  ["159-probe-close-ruby-errors-source-1.txt", null], // AlterValueError
  ["159-probe-attio-js-notfound-model-doc-1.txt", null], // AlterValueError
  ["159-probe-dataverse-docs-hex-code-suggestion-1.txt", null], // AlterValueError
  ["159-probe-amazon-spapi-response-headers-doc-1.txt", null], // AlterValueError
  ["159-probe-etsy-rate-limits-yml-1.txt", null], // AlterValueError
  ["159-probe-shipstation-rate-limit-pr-1.txt", null], // AlterValueError
  ["159-probe-easypost-csharp-error-test-1.txt", null], // AlterValueError
  ["159-probe-shopify-graphql-success-mock-1.txt", null], // AlterValueError
  ["159-probe-nylas-python-changelog-1.txt", null], // AlterValueError
  ["159-probe-cronofy-ruby-errors-spec-1.txt", null], // AlterValueError
  ["159-probe-calendly-scheduled-event-canceled-fixture-1.txt", null], // AlterValueError
  ["159-probe-ews-errorserverbusy-blog-explainer-1.txt", null], // AlterValueError
  ["159-probe-ews-retry-helper-powershell-1.txt", null], // AlterValueError
  // The hundred-and-sixtieth trial's: the six named providers from data and ML pipelines; social login through auth libraries;
  // social media posting APIs; email and SMS sending APIs.
  ["160-openai-langchain-quota-retry-warning-1.txt", { format: "log", status: 429 }],
  ["160-openai-langchain-requests-per-min-rate-limit-1.txt", { format: "log", status: 429 }], // Read since round 199 (a Graph code that is its status's name, an OpenAI class above its words).
  ["160-openai-llamaindex-embeddings-connection-error-1.txt", { format: "network-text", status: undefined }],
  ["160-openai-llamaindex-raft-context-length-400-1.txt", { format: "log", status: 400 }],
  ["160-google-dbt-bigquery-404-job-not-found-1.txt", { format: "log", status: 404 }],
  ["160-google-airflow-bigquery-resources-exceeded-1.txt", null], // AlterValueError
  ["160-google-bigquery-go-403-jobs-create-denied-1.txt", { format: "log", status: 403 }],
  ["160-aws-spark-s3a-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["160-aws-sagemaker-notebook-createtrainingjob-validation-1.txt", { format: "log", status: undefined }],
  ["160-aws-sagemaker-notebook-accessdenied-explicit-deny-1.txt", { format: "log", status: undefined }],
  ["160-aws-airflow-sagemaker-createmodel-unrendered-template-1.txt", { format: "log", status: undefined }],
  ["160-microsoft-llamaindex-sharepointreader-itemnotfound-1.txt", null], // AlterValueError
  ["160-microsoft-airflow-fabric-token-401-1.txt", { format: "log", status: 401 }],
  ["160-dropbox-dataset-download-429-1.txt", { format: "log", status: 429 }],
  ["160-hubspot-airbyte-oauth-refresh-400-1.txt", { format: "log", status: 400 }],
  ["160-openai-colab-ratelimiterror-server-error-1.txt", { format: "log", status: 500 }],
  ["160-google-nextauth-invalid-grant-1.txt", null], // AlterValueError
  ["160-google-nextauth-jwks-403-1.txt", { format: "log", status: 403 }],
  ["160-facebook-omniauth-redirect-uri-1.txt", null], // AlterValueError
  ["160-google-allauth-invalid-grant-1.txt", null], // AlterValueError
  ["160-google-socialite-userinfo-401-1.txt", { format: "log", status: 401 }],
  ["160-facebook-socialite-token-500-1.txt", { format: "log", status: 500 }],
  ["160-discord-passport-token-429-1015-1.txt", { format: "log", status: 429 }],
  ["160-discord-nextauth-429-1.txt", { format: "log", status: 429 }],
  ["160-linkedin-omniauth-me-403-1.txt", { format: "log", status: 403 }],
  ["160-google-omniauth-faraday-connectionfailed-1.txt", { format: "network-text", status: undefined }],
  ["160-apple-socialite-invalid-client-1.txt", { format: "log", status: 400 }],
  ["160-apple-allauth-invalid-client-1.txt", null], // AlterValueError
  ["160-microsoft-goth-aadsts900144-1.txt", null], // AlterValueError
  ["160-github-directus-openid-timeout-1.txt", { format: "network-text", status: undefined }],
  ["160-github-passport-profile-socket-error-1.txt", { format: "network-text", status: undefined }],
  ["160-github-spring-tokenvalue-empty-1.txt", null], // AlterValueError
  ["160-facebook-code4-app-request-limit-1.txt", null], // AlterValueError
  ["160-facebook-190-463-session-expired-1.txt", null], // AlterValueError
  ["160-facebook-perl-oauth-session-expired-1.txt", null], // AlterValueError
  ["160-instagram-9004-media-fetch-failed-pm2-1.txt", null], // AlterValueError
  ["160-instagram-code100-subcode33-container-poll-1.txt", null], // AlterValueError
  ["160-threads-4279009-media-not-found-1.txt", { format: "log", status: 400 }],
  ["160-linkedin-422-duplicate-post-1.txt", { format: "log", status: 422 }],
  ["160-pinterest-401-python-generated-client-1.txt", { format: "log", status: 401 }],
  ["160-tiktok-research-invalid-params-1.txt", null], // AlterValueError
  ["160-tiktok-web-200-guidelines-violation-1.txt", { format: "log", status: 200 }],
  ["160-bluesky-429-ratelimit-createsession-1.txt", { format: "log", status: 429 }],
  ["160-bluesky-xrpc-too-many-concurrent-writes-1.txt", null], // AlterValueError
  ["160-bluesky-php-runtime-ratelimit-1.txt", null], // AlterValueError
  ["160-mastodon-403-login-disabled-1.txt", { format: "log", status: 403 }],
  ["160-mastodon-422-validation-failed-1.txt", { format: "log", status: 422 }],
  ["160-mastodon-503-media-post-1.txt", { format: "log", status: 503 }],
  ["160-postmark-inactive-recipient-rollbar-1.txt", { format: "log", status: 422 }],
  ["160-postmark-timeout-lambda-1.txt", { format: "network-text", status: undefined }],
  ["160-resend-rate-limit-ruby-1.txt", null], // AlterValueError
  ["160-resend-422-scheduled-at-1.txt", { format: "json-body", status: 422 }],
  ["160-ses-messagerejected-aws-php-1.txt", { format: "log", status: 400 }],
  ["160-ses-botoservererror-flattened-1.txt", { format: "log", status: 400 }],
  ["160-sparkpost-400-nodemailer-7001-1.txt", { format: "log", status: 400 }],
  ["160-sparkpost-403-php-xdebug-1.txt", null], // AlterValueError
  ["160-sparkpost-503-civicrm-1.txt", { format: "log", status: 503 }],
  ["160-brevo-400-python-apiexception-1.txt", { format: "log", status: 400 }],
  ["160-brevo-502-laravel-log-1.txt", { format: "log", status: 502 }],
  ["160-mailgun-400-heroku-worker-1.txt", { format: "log", status: 400 }],
  ["160-nexmo-status29-json-1.txt", null], // AlterValueError
  ["160-vonage-400-node-voice-talk-1.txt", { format: "json-wrapper", status: 400 }],
  ["160-messagebird-python-access-key-1.txt", null], // AlterValueError
  ["160-messagebird-java-unauthorized-1.txt", { format: "log", status: 401 }],
  ["160-probe-google-records-mover-retry-source-1.txt", null], // AlterValueError
  ["160-probe-openai-gpt-review-ratelimit-test-1.txt", null], // AlterValueError
  ["160-probe-microsoft-airflow-msgraph-token-200-log-1.txt", { format: "log", status: 200 }],
  ["160-probe-openai-newrelic-langchain-mock-server-1.txt", { format: "log", status: 200 }],
  ["160-probe-openai-langsmith-rate-limit-docs-1.txt", null], // AlterValueError
  ["160-probe-nextauth-errors-doc-1.txt", null], // AlterValueError
  ["160-probe-passport-oauth2-error-test-mock-1.txt", null], // AlterValueError
  ["160-probe-omniauth-oauth2-callback-phase-source-1.txt", null], // AlterValueError
  ["160-probe-omniauth-google-oauth2-changelog-1.txt", null], // AlterValueError
  ["160-probe-google-plus-profile-fixture-success-1.txt", null], // AlterValueError
  ["160-probe-bluesky-pysky-rate-limit-test-1.txt", null], // AlterValueError
  ["160-probe-bluesky-userbot-rate-limiting-guide-1.txt", null], // AlterValueError
  ["160-probe-pinterest-create-pin-success-1.txt", null], // AlterValueError
  ["160-probe-tiktok-postiz-pr-pending-share-wording-1.txt", null], // AlterValueError
  ["160-probe-mastodon-py-errors-docs-1.txt", null], // AlterValueError
  ["160-probe-plivo-docs-response-codes-1.txt", null], // AlterValueError
  ["160-probe-resend-cli-retry-policy-pr-1.txt", null], // AlterValueError
  ["160-probe-ses-throttling-handling-pr-1.txt", null], // AlterValueError
  ["160-probe-resend-curl-success-1.txt", null], // AlterValueError
  ["160-probe-nexmo-sms-status-docs-diff-1.txt", null], // AlterValueError
  // The hundred-and-sixty-first trial's: the six named providers from browser apps and extensions; AI coding agents and LLM
  // gateways; file sync and backup tools; billing and subscription APIs.
  ["161-openai-obsidian-cors-wrong-url-1.txt", { format: "network-text", status: undefined }],
  ["161-openai-models-preflight-not-ok-1.txt", { format: "network-text", status: undefined }],
  ["161-openai-extension-axios-429-1.txt", { format: "log", status: 429 }],
  ["161-openai-extension-insufficient-quota-1.txt", { format: "log", status: 429 }], // (refused before the hundred-and-eighty-third trial: its status stated by the body)
  ["161-graph-officejs-invalid-auth-token-1.txt", { format: "json-wrapper", status: 401 }],
  ["161-graph-angular-httperrorresponse-401-1.txt", { format: "log", status: 401 }],
  ["161-graph-explorer-unknownerror-html-1.txt", null], // AlterValueError
  ["161-graph-aadsts90023-cross-origin-token-1.txt", null], // AlterValueError
  ["161-google-chromeapp-dailylimit-unreg-1.txt", { format: "json-body", status: 403 }],
  ["161-google-extension-background-signin-off-1.txt", null], // AlterValueError
  ["161-dropbox-console-list-folder-409-1.txt", { format: "log", status: 409 }],
  ["161-dropbox-console-v1-account-info-400-1.txt", { format: "log", status: 400 }],
  ["161-aws-s3-presigned-put-403-console-1.txt", { format: "log", status: 403 }],
  ["161-aws-cognito-identity-400-notauthorized-1.txt", { format: "log", status: 400 }],
  ["161-aws-s3-preflight-403-cors-1.txt", { format: "network-text", status: undefined }],
  ["161-hubspot-forms-embed-sandbox-cookie-1.txt", null], // AlterValueError
  ["161-anthropic-429-input-tpm-cline-1.txt", { format: "log", status: 429 }],
  ["161-openrouter-429-free-models-per-day-cline-1.txt", { format: "log", status: 429 }],
  ["161-zed-anthropic-upstream-503-1.txt", { format: "log", status: 503 }],
  ["161-copilot-anthropic-400-tool-schema-zed-1.txt", { format: "log", status: 400 }],
  ["161-portkey-openai-503-fetch-failed-1.txt", { format: "log", status: 503 }],
  ["161-portkey-anthropic-401-no-body-node-1.txt", { format: "log", status: 401 }],
  ["161-openrouter-401-no-auth-continue-1.txt", { format: "log", status: 401 }],
  ["161-anthropic-401-invalid-key-continue-1.txt", { format: "log", status: 401 }],
  ["161-openrouter-402-credits-continue-1.txt", { format: "log", status: 402 }],
  ["161-anthropic-overloaded-litellm-aider-1.txt", { format: "log", status: 500 }],
  ["161-openrouter-choices-apiconnectionerror-aider-1.txt", null], // AlterValueError
  ["161-bedrock-unknown-error-roo-1.txt", null], // AlterValueError
  ["161-litellm-badrequest-no-healthy-deployment-1.txt", { format: "log", status: 400 }],
  ["161-anthropic-overloaded-typevalidation-vercel-ai-1.txt", { format: "log", status: 529 }],
  ["161-gemini-503-overloaded-in-stream-vercel-ai-1.txt", { format: "log", status: 503 }],
  ["161-cursor-unauthorized-user-api-key-1.txt", null], // AlterValueError
  ["161-googledrive-rclone-googleapi-403-userratelimit-1.txt", { format: "log", status: 403 }],
  ["161-googledrive-hassio-backup-requests-403-resumable-upload-1.txt", { format: "log", status: 403 }],
  ["161-googledrive-folderclone-httperror-403-storagequota-1.txt", { format: "log", status: 403 }],
  ["161-onedrive-duplicati-429-retry-after-112-1.txt", { format: "log", status: 429 }],
  ["161-onedrive-skilion-400-invalid-grant-refresh-1.txt", { format: "log", status: 400 }],
  ["161-onedrive-rclone-oauth2-401-invalid-client-1.txt", { format: "log", status: 401 }],
  ["161-dropbox-rclone-too-many-requests-300s-1.txt", { format: "log", status: 429 }], // read since round 233 (refused before)
  ["161-dropbox-owncloud-files-external-401-1.txt", { format: "log", status: 401 }],
  ["161-box-rclone-409-item-name-in-use-1.txt", { format: "log", status: 409 }],
  ["161-b2-rclone-503-too-busy-1.txt", { format: "log", status: 503 }],
  ["161-b2-duplicacy-upload-503-1.txt", { format: "log", status: 503 }],
  ["161-b2-restic-init-404-download-file-by-name-1.txt", null], // AlterValueError
  ["161-s3-s3cmd-403-signaturedoesnotmatch-multipart-1.txt", { format: "log", status: 403 }],
  ["161-s3-git-annex-haskell-403-invalidaccesskeyid-1.txt", { format: "log", status: 403 }],
  ["161-syncthing-relay-join-not-found-1.txt", null], // AlterValueError
  ["161-wasabi-asyncaws-php-403-invalidaccesskeyid-1.txt", { format: "log", status: 403 }],
  ["161-stripe-node-webhook-signature-mismatch-1.txt", null], // AlterValueError
  ["161-stripe-ruby-ratelimit-lock-timeout-1.txt", { format: "log", status: 429 }],
  ["161-stripe-python-nothing-to-invoice-1.txt", null], // AlterValueError
  ["161-stripe-ruby-unrecognized-url-empty-id-1.txt", null], // AlterValueError
  ["161-braintree-ruby-down-for-maintenance-503-1.txt", { format: "log", status: 503 }],
  ["161-braintree-java-authorization-exception-1.txt", null], // AlterValueError
  ["161-lemonsqueezy-laravel-404-related-resource-1.txt", { format: "log", status: 404 }],
  ["161-lemonsqueezy-js-unprocessable-entity-1.txt", { format: "log", status: 422 }],
  ["161-paddle-node-too-many-requests-1.txt", null], // AlterValueError
  ["161-chargebee-curl-json-body-param-required-1.txt", null], // AlterValueError
  ["161-chargebee-php-response-not-json-1.txt", null], // AlterValueError
  ["161-revenuecat-ios-invalid-api-key-401-1.txt", { format: "log", status: 401 }],
  ["161-revenuecat-ios-tls-cert-invalid-1.txt", null], // AlterValueError
  ["161-adyen-php-422-original-pspreference-1.txt", null], // AlterValueError
  ["161-recurly-java-v3-validation-exception-1.txt", null], // AlterValueError
  ["161-adyen-magento-422-3ds2-language-missing-1.txt", { format: "log", status: 422 }],
  ["161-probe-dropbox-sdk-js-responseerror-doc-1.txt", null], // AlterValueError
  ["161-probe-openai-browser-app-cors-wiki-1.txt", null], // AlterValueError
  ["161-probe-google-extension-401-review-comment-1.txt", null], // AlterValueError
  ["161-probe-hubspot-fetch-limits-doc-1.txt", null], // AlterValueError
  ["161-probe-aws-s3-cors-troubleshooting-doc-1.txt", null], // AlterValueError
  ["161-probe-openrouter-errors-doc-1.txt", null], // AlterValueError
  ["161-probe-portkey-automatic-retries-doc-1.txt", null], // AlterValueError
  ["161-probe-cline-retry-test-source-1.txt", null], // AlterValueError
  ["161-probe-portkey-error-codes-doc-1.txt", null], // AlterValueError
  ["161-probe-vercel-ai-pr-anthropic-first-chunk-error-1.txt", null], // AlterValueError
  ["161-probe-rclone-drive-docs-rate-limits-1.txt", null], // AlterValueError
  ["161-probe-restic-changelog-403-rate-limit-1.txt", null], // AlterValueError
  ["161-probe-rclone-drive-shouldretry-test-1.txt", null], // AlterValueError
  ["161-probe-nextcloud-webdav-multistatus-200-1.txt", null], // AlterValueError
  ["161-probe-backblaze-integration-checklist-upload-errors-1.txt", null], // AlterValueError
  ["161-probe-paddle-docs-too-many-requests-1.txt", null], // AlterValueError
  ["161-probe-stripe-test-webhook-payment-failed-script-1.txt", null], // AlterValueError
  ["161-probe-recurly-php-ratelimit-message-diff-1.txt", null], // AlterValueError
  ["161-probe-revenuecat-android-error-enum-diff-1.txt", null], // AlterValueError
  ["161-probe-paddle-client-errors-wiki-1.txt", null], // AlterValueError
  // The hundred-and-sixty-second trial's: the six named providers from CI logs; identity admin and provisioning APIs; market data
  // and crypto exchange APIs; video and live-streaming APIs.
  ["162-google-gemini-cli-api-disabled-gha-1.txt", null], // AlterValueError
  ["162-google-checks-403-permission-gha-1.txt", { format: "log", status: 403 }],
  ["162-google-gemini-429-exhausted-gha-1.txt", { format: "log", status: 429 }],
  ["162-google-gcloud-403-insufficient-permission-jenkins-1.txt", { format: "log", status: 403 }],
  ["162-openai-litellm-429-insufficient-quota-gha-1.txt", { format: "log", status: 429 }],
  ["162-aws-oidc-assume-role-denied-gha-1.txt", null], // AlterValueError
  ["162-aws-ecr-unrecognizedclient-jenkins-1.txt", { format: "log", status: undefined }],
  ["162-aws-ecr-unrecognizedclient-gha-docker-1.txt", { format: "log", status: undefined }],
  ["162-aws-ecr-push-unrecognizedclient-azure-pipelines-1.txt", null], // AlterValueError
  ["162-aws-codebuild-expired-token-1.txt", null], // AlterValueError
  ["162-msgraph-intunecd-429-throttled-gha-1.txt", { format: "log", status: 429 }],
  ["162-msgraph-azgovviz-401-azure-devops-1.txt", { format: "log", status: 401 }],
  ["162-msgraph-authorization-requestdenied-azure-devops-1.txt", null], // AlterValueError
  ["162-dropbox-opendal-too-many-write-ops-gha-1.txt", { format: "log", status: 429 }], // read since round 233 (refused before)
  ["162-hubspot-cms-deploy-unknown-hublet-gha-1.txt", null], // AlterValueError
  ["162-okta-e0000047-rate-limit-1.txt", null], // AlterValueError
  ["162-okta-403-e0000006-vault-1.txt", { format: "log", status: 403 }],
  ["162-okta-e0000001-validation-body-1.txt", null], // AlterValueError
  ["162-auth0-400-invalid-body-1.txt", { format: "json-body", status: 400 }],
  ["162-auth0-node-access-denied-1.txt", null], // AlterValueError
  ["162-auth0-api-limit-tenant-log-1.txt", null], // AlterValueError
  ["162-keycloak-409-ansible-user-exists-1.txt", { format: "log", status: 409 }],
  ["162-keycloak-python-403-traceback-1.txt", { format: "log", status: 403 }],
  ["162-keycloak-403-unknown-error-postman-1.txt", { format: "log", status: 403 }],
  ["162-graph-400-objectconflict-upn-1.txt", null], // AlterValueError
  ["162-graph-powershell-403-group-member-1.txt", { format: "log", status: 403 }],
  ["162-graph-js-404-errorinvaliduser-1.txt", { format: "log", status: 404 }],
  ["162-google-ruby-503-backenderror-1.txt", { format: "log", status: 503 }],
  ["162-google-ruby-400-invalid-input-headers-1.txt", { format: "log", status: 400 }],
  ["162-google-go-403-directory-forbidden-1.txt", { format: "log", status: 403 }],
  ["162-scim-entra-provisioning-badrequest-1.txt", { format: "log", status: 400 }],
  ["162-binance-timestamp-ahead-php-json-1.txt", { format: "json-body", status: 400 }],
  ["162-binance-timestamp-ahead-node-request-dump-1.txt", null], // AlterValueError
  ["162-binance-451-restricted-location-python-binance-1.txt", { format: "log", status: 404 }], // still wrong: the Telegram 404 of the app's notice, not Binance's 451
  ["162-binance-451-restricted-location-go-log-1.txt", { format: "log", status: 451 }],
  ["162-binance-ccxt-ddosprotection-429-1.txt", { format: "log", status: 429 }],
  ["162-binance-ip-banned-until-body-1.txt", null], // AlterValueError
  ["162-kraken-ccxt-invalid-nonce-node-1.txt", null], // AlterValueError
  ["162-kraken-xchange-java-nonce-exception-1.txt", null], // AlterValueError
  ["162-bybit-10002-recv-window-json-1.txt", null], // AlterValueError
  ["162-bybit-pybit-10002-retry-log-1.txt", null], // AlterValueError
  ["162-coinbase-advanced-403-permission-denied-1.txt", { format: "log", status: 403 }],
  ["162-finnhub-429-api-limit-python-exception-1.txt", { format: "log", status: 429 }],
  ["162-finnhub-429-missing-token-requests-1.txt", { format: "log", status: 429 }],
  ["162-polygon-not-authorized-plan-json-1.txt", null], // AlterValueError
  ["162-polygon-maxretry-too-many-429-1.txt", { format: "log", status: 429 }],
  ["162-alphavantage-note-rate-limit-200-1.txt", null], // AlterValueError
  ["162-youtube-live-stream-inactive-java-1.txt", { format: "log", status: 403 }],
  ["162-youtube-live-permission-blocked-php-1.txt", { format: "json-body", status: 403 }],
  ["162-youtube-quota-exceeded-sharex-1.txt", { format: "log", status: 403 }],
  ["162-youtube-upload-limit-exceeded-go-1.txt", { format: "log", status: 400 }],
  ["162-youtube-daily-limit-exceeded-1.txt", { format: "log", status: 403 }],
  ["162-youtube-signup-required-401-1.txt", { format: "log", status: 401 }],
  ["162-twitch-helix-500-channels-curl-1.txt", { format: "log", status: 500 }],
  ["162-twitch-oauth-missing-statuscodeerror-1.txt", { format: "log", status: 401 }],
  ["162-twitch-invalid-oauth-token-1.txt", { format: "json-body", status: 401 }],
  ["162-twitch-twurple-rate-limiter-wait-1.txt", null], // AlterValueError
  ["162-vimeo-ssl-syscall-php-1.txt", null], // AlterValueError
  ["162-vimeo-3116-api-version-1.txt", null], // AlterValueError
  ["162-vimeo-html-something-went-wrong-1.txt", null], // AlterValueError
  ["162-cloudflare-stream-tus-java-400-1.txt", { format: "log", status: 400 }],
  ["162-mux-next-video-401-1.txt", { format: "log", status: 401 }],
  ["162-apivideo-summary-exists-409-1.txt", { format: "json-body", status: 409 }],
  ["162-probe-msgraph-intunecd-changelog-429-retry-1.txt", null], // AlterValueError
  ["162-probe-hubspot-airbyte-ci-test-report-green-1.txt", null], // AlterValueError
  ["162-probe-hubspot-cli-source-diff-401-message-1.txt", null], // AlterValueError
  ["162-probe-dropbox-pr-parallel-uploads-429-1.txt", null], // AlterValueError
  ["162-probe-aws-oidc-trust-policy-fix-comment-1.txt", null], // AlterValueError
  ["162-probe-okta-rate-limit-doc-diff-1.txt", null], // AlterValueError
  ["162-probe-auth0-mgmt-api-limit-doc-diff-1.txt", null], // AlterValueError
  ["162-probe-google-admin-reports-retry-util-1.txt", null], // AlterValueError
  ["162-probe-keycloak-create-user-endpoint-doc-1.txt", null], // AlterValueError
  ["162-probe-scim-uniqueness-status-bug-report-1.txt", null], // AlterValueError
  ["162-probe-binance-error-codes-doc-1.txt", null], // AlterValueError
  ["162-probe-kraken-error-messages-guide-1.txt", null], // AlterValueError
  ["162-probe-ccxt-error-hierarchy-source-1.txt", null], // AlterValueError
  ["162-probe-binance-common-response-retry-policy-doc-1.txt", null], // AlterValueError
  ["162-probe-bybit-server-time-success-response-1.txt", null], // AlterValueError
  ["162-probe-apivideo-too-many-requests-doc-1.txt", null], // AlterValueError
  ["162-probe-cloudflare-stream-limits-faq-diff-1.txt", null], // AlterValueError
  ["162-probe-youtube-live-errors-table-comment-1.txt", null], // AlterValueError
  ["162-probe-twitch-ratelimit-handling-code-1.txt", null], // AlterValueError
  ["162-probe-mux-errored-asset-get-success-1.txt", null], // AlterValueError
  // The hundred-and-sixty-third trial's: the six named providers in deploy output (Terraform, CDK, Pulumi, operators, Actions);
  // payment APIs of Asia, Latin America and Africa; project-management APIs; LLM APIs from Go, Rust, Java, .NET, Ruby, PHP, Elixir.
  ["163-airtable-422-create-base-1.txt", { format: "log", status: 422 }],
  ["163-airtable-body-invalid-value-for-column-1.txt", null], // AlterValueError
  ["163-anthropic-elixir-langchain-stream-overloaded-1.txt", { format: "log", status: 529 }],
  ["163-asana-java-noauthorization-1.txt", null], // AlterValueError
  ["163-aws-cdk-cfn-lambda-429-rate-exceeded-1.txt", { format: "log", status: 429 }],
  ["163-aws-cdk-cloudformation-throttling-monitor-1.txt", { format: "log", status: undefined }],
  ["163-aws-cdk-eks-custom-resource-toomanyrequests-1.txt", { format: "log", status: undefined }], // aws-sdk v2's JSON protocol frame on Object (round 212)
  ["163-aws-gha-configure-credentials-oidc-not-authorized-1.txt", null], // AlterValueError
  ["163-aws-pulumi-diy-backend-s3-403-1.txt", { format: "log", status: 403 }],
  ["163-aws-terragrunt-s3-create-bucket-403-1.txt", { format: "log", status: 403 }],
  ["163-azureopenai-kernelmemory-content-filter-1.txt", null], // AlterValueError
  ["163-confluence-500-attachment-rollback-1.txt", { format: "log", status: 500 }],
  ["163-confluence-v2-500-create-page-1.txt", { format: "log", status: 500 }],
  ["163-dropbox-apk-release-deploy-upload-400-1.txt", { format: "log", status: 400 }],
  ["163-google-gce-403-concurrent-operations-quota-1.txt", { format: "log", status: 403 }],
  ["163-google-kcc-nodepool-403-regional-quota-1.txt", { format: "log", status: 403 }],
  ["163-google-tf-429-servicemanagement-quota-1.txt", { format: "log", status: 429 }],
  ["163-hubspot-cms-deploy-action-invalid-account-1.txt", null], // AlterValueError
  ["163-jira-401-basic-auth-deprecated-1.txt", { format: "log", status: 401 }],
  ["163-klarna-kp-create-session-400-bad-value-1.txt", { format: "log", status: 400 }],
  ["163-linear-bad-request-integration-1.txt", null], // AlterValueError
  ["163-mercadopago-java-400-invalid-scope-1.txt", { format: "json-body", status: 400 }],
  ["163-mercadopago-ruby-params-error-hash-1.txt", null], // AlterValueError
  ["163-midtrans-core-401-status-json-1.txt", { format: "json-body", status: 401 }],
  ["163-midtrans-python-401-production-1.txt", { format: "log", status: 401 }],
  ["163-mistral-php-nextcloud-401-unauthorized-1.txt", { format: "log", status: 401 }],
  ["163-mollie-php-503-html-and-timeout-1.txt", { format: "html-page", status: 503 }],
  ["163-mollie-woocommerce-401-debug-log-1.txt", { format: "log", status: 401 }],
  ["163-monday-404-traceback-1.txt", { format: "log", status: 404 }],
  ["163-monday-graphql-validation-request-id-1.txt", { format: "json-wrapper", status: 200 }],
  ["163-monday-permission-denied-scope-1.txt", null], // AlterValueError
  ["163-msgraph-azuread-403-authorization-requestdenied-1.txt", { format: "log", status: 403 }],
  ["163-msgraph-azuread-403-permission-scope-1.txt", { format: "log", status: 403 }],
  ["163-notion-sdk-request-timeout-1.txt", null], // AlterValueError
  ["163-openai-codex-action-enforced-spend-limit-1.txt", null], // AlterValueError
  ["163-openai-compatible-langchain4j-404-detail-not-found-1.txt", null], // AlterValueError
  ["163-openai-compatible-langchain4j-invalidrequest-null-1.txt", null], // AlterValueError
  ["163-openai-java-langchain-java-retrofit-429-1.txt", { format: "log", status: 429 }],
  ["163-openai-k8sgpt-429-rate-limit-try-again-20s-1.txt", { format: "log", status: 429 }],
  ["163-openai-k8sgpt-deployment-log-429-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["163-openai-php-nextcloud-curl28-timeout-1.txt", { format: "network-text", status: undefined }],
  ["163-openai-ruby-llm-400-flagged-unauthorized-1.txt", { format: "log", status: 400 }],
  ["163-openai-ruby-openai-faraday-400-1.txt", { format: "log", status: 400 }],
  ["163-openai-rust-gptcommit-no-api-key-1.txt", null], // AlterValueError
  ["163-openai-sk-access-denied-incorrect-key-1.txt", { format: "log", status: 401 }],
  ["163-openai-sk-httpoperationexception-401-1.txt", { format: "log", status: 401 }],
  ["163-openai-sk-kernelhttpserver-401-invalid-org-1.txt", { format: "http", status: 401 }],
  ["163-paystack-guzzle-401-invalid-key-1.txt", { format: "log", status: 401 }],
  ["163-paystack-python-httperror-404-1.txt", { format: "log", status: 404 }],
  ["163-payu-openpayu-401-magento-report-1.txt", null], // AlterValueError
  ["163-probe-asana-errors-doc-1.txt", null], // AlterValueError
  ["163-probe-aws-prowler-boto3-retry-doc-1.txt", null], // AlterValueError
  ["163-probe-cohere-docs-error-codes-faq-1.txt", null], // AlterValueError
  ["163-probe-elixir-langchain-error-handling-pr-1.txt", null], // AlterValueError
  ["163-probe-gemini-ruby-rescue-429-example-1.txt", null], // AlterValueError
  ["163-probe-go-openai-error-go-source-1.txt", null], // AlterValueError
  ["163-probe-google-example-foundation-retryable-errors-go-1.txt", null], // AlterValueError
  ["163-probe-google-terragrunt-retryable-errors-hcl-1.txt", null], // AlterValueError
  ["163-probe-jira-resilientsession-429-diff-1.txt", null], // AlterValueError
  ["163-probe-midtrans-mock-notification-201-success-1.txt", null], // AlterValueError
  ["163-probe-mollie-changelog-429-1.txt", null], // AlterValueError
  ["163-probe-mollie-docs-200-ok-response-1.txt", { format: "http", status: 200 }],
  ["163-probe-msgraph-azuread-changelog-retries-1.txt", null], // AlterValueError
  ["163-probe-notion-go-error-struct-1.txt", null], // AlterValueError
  ["163-probe-notion-ratelimit-constants-1.txt", null], // AlterValueError
  ["163-probe-notion-ratelimit-doc-1.txt", null], // AlterValueError
  ["163-probe-openai-successful-chat-completion-1.txt", null], // AlterValueError
  ["163-probe-perl-openai-retry-policy-comment-1.txt", null], // AlterValueError
  ["163-probe-razorpay-docs-about-errors-1.txt", null], // AlterValueError
  ["163-probe-square-php-sdk-retry-defaults-1.txt", null], // AlterValueError
  ["163-razorpay-api-secret-invalid-json-1.txt", null], // AlterValueError
  ["163-razorpay-node-url-not-found-400-1.txt", { format: "log", status: 400 }],
  ["163-razorpay-ruby-servererror-1.txt", null], // AlterValueError
  ["163-smartsheet-429-python-sdk-1.txt", { format: "json-wrapper", status: 429 }],
  ["163-square-card-nonce-auth-error-table-1.txt", null], // AlterValueError
  ["163-todoist-400-sync-traceback-1.txt", { format: "log", status: 400 }],
  ["163-todoist-429-limits-reached-1.txt", { format: "log", status: 429 }],
  ["163-trello-400-invalid-objectid-appsscript-1.txt", { format: "log", status: 400 }],
  ["163-trello-404-plaintext-card-1.txt", null], // AlterValueError
  ["163-vertex-gemini-go-eino-400-invalid-argument-1.txt", { format: "log", status: 400 }],
  ["163-vertex-gemini-springai-grpc-invalid-argument-1.txt", { format: "log", status: 400 }],
  ["163-vertex-gemini-springai-grpc-unimplemented-404-html-1.txt", { format: "log", status: 404 }],
  ["163-xendit-api-validation-error-json-1.txt", null], // AlterValueError
  ["163-xendit-node-customer-400-fragment-1.txt", { format: "log", status: 400 }],
  // The hundred-and-sixty-fourth trial's: the six named providers in mobile apps (Swift, Kotlin, Flutter, React Native); maps,
  // geocoding and weather APIs; developer-platform and hosting APIs; customer-support and messaging APIs.
  ["164-aws-flutter-s3-access-denied-gen2-1.txt", null], // AlterValueError
  ["164-aws-flutter-s3-access-denied-smithy-1.txt", null], // AlterValueError
  ["164-bitbucket-tinybucket-401-1.txt", { format: "log", status: 401 }],
  ["164-botframework-botkit-401-invalid-appid-1.txt", { format: "log", status: 401 }],
  ["164-circleci-rate-limited-syntaxerror-1.txt", null], // AlterValueError
  ["164-circleci-terraform-429-1.txt", { format: "log", status: 429 }],
  ["164-digitalocean-packer-422-invalid-image-1.txt", { format: "log", status: 422 }],
  ["164-dropbox-android-409-path-not-found-1.txt", { format: "json-body", status: 409 }], // read since round 245 (refused before)
  ["164-dropbox-flutter-android-expired-token-1.txt", { format: "log", status: 401 }], // read since round 222 (refused before)
  ["164-dropbox-ios-auth-error-other-1.txt", { format: "log", status: 401 }], // refused at first; SwiftyDropbox's CallError is read now
  ["164-flyio-terraform-422-1.txt", { format: "log", status: 422 }],
  ["164-freshdesk-tap-404-httperror-1.txt", { format: "log", status: 404 }],
  ["164-github-app-jwt-exp-octokit-1.txt", null], // AlterValueError
  ["164-github-github3py-jwt-exp-401-1.txt", { format: "log", status: 401 }],
  ["164-github-graphql-rate-limit-body-1.txt", null], // AlterValueError
  ["164-github-graphql-resource-limits-1.txt", null], // AlterValueError
  ["164-gitlab-502-python-gitlab-traceback-1.txt", { format: "log", status: 502 }],
  ["164-gitlab-ruby-badgateway-bugsnag-1.txt", { format: "log", status: 502 }],
  ["164-google-android-gemini-404-model-1.txt", { format: "log", status: 404 }],
  ["164-google-android-gemini-500-internal-1.txt", { format: "log", status: 500 }],
  ["164-google-directions-over-query-limit-logcat-1.txt", { format: "log", status: 429 }], // Maps' OVER_QUERY_LIMIT (round 175)
  ["164-google-directions-request-denied-json-1.txt", { format: "json-body", status: 403 }], // Maps' REQUEST_DENIED (round 175)
  ["164-google-firebase-ai-403-service-disabled-1.txt", { format: "json-body", status: 403 }],
  ["164-google-flutter-gemini-400-dio-1.txt", { format: "log", status: 400 }],
  ["164-google-geocoding-apierror-request-denied-irc-1.txt", null], // AlterValueError
  ["164-google-ios-gemini-500-nshttpurlresponse-1.txt", { format: "log", status: 500 }],
  ["164-google-ios-gemini-network-lost-1.txt", { format: "network-text", status: undefined }], // NSURLErrorDomain -1005, the connection lost (round 175)
  ["164-google-routes-fieldmask-grpc-node-1.txt", { format: "log", status: 400 }],
  ["164-helpscout-400-invalid-json-body-1.txt", null], // AlterValueError
  ["164-here-401-apikey-expired-iobroker-1.txt", { format: "log", status: 401 }],
  ["164-here-geocode-401-hereR-warnings-1.txt", { format: "log", status: 401 }],
  ["164-here-oauth-401-clock-skew-1.txt", { format: "log", status: 401 }],
  ["164-heroku-excon-422-1.txt", { format: "log", status: 422 }],
  ["164-intercom-node-404-errorlist-body-1.txt", null], // AlterValueError
  ["164-intercom-ruby-unexpectederror-404-company-1.txt", { format: "log", status: 404 }],
  ["164-mapbox-invalid-token-json-1.txt", null], // AlterValueError
  ["164-msgraph-flutter-dio-connection-error-1.txt", { format: "network-text", status: undefined }],
  ["164-netlify-cli-422-no-records-1.txt", { format: "log", status: 422 }],
  ["164-nominatim-dotnet-429-webexception-1.txt", { format: "log", status: 429 }],
  ["164-openai-flutter-ratelimit-429-1.txt", { format: "log", status: 429 }],
  ["164-openai-rn-401-missing-bearer-1.txt", { format: "log", status: 401 }],
  ["164-opencage-402-quota-exceeded-1.txt", { format: "log", status: 402 }],
  ["164-openmeteo-openmeteopy-429-1.txt", { format: "log", status: 429 }],
  ["164-openmeteo-requests-error-params-1.txt", null], // AlterValueError
  ["164-owm-429-account-blocked-json-1.txt", { format: "json-body", status: 429 }],
  ["164-owm-homebridge-ws-401-log-1.txt", { format: "log", status: 401 }],
  ["164-probe-dropbox-ios-cryptomator-409-workaround-source-1.txt", null], // AlterValueError
  ["164-probe-dropbox-ios-error-enum-source-1.txt", null], // AlterValueError
  ["164-probe-freshdesk-dotnet-errorfield-source-1.txt", null], // AlterValueError
  ["164-probe-freshdesk-mcp-docs-rate-limits-1.txt", null], // AlterValueError
  ["164-probe-front-docs-token-identity-200-1.txt", null], // AlterValueError
  ["164-probe-geopy-2.2.0-changelog-1.txt", null], // AlterValueError
  ["164-probe-github-effect-gh-release-notes-1.txt", null], // AlterValueError
  ["164-probe-gitlab-narkoz-pr-retry-policy-1.txt", null], // AlterValueError
  ["164-probe-gitlab-python-gitlab-commit-retry-after-1.txt", null], // AlterValueError
  ["164-probe-gitlab-shell-mr-retry-config-1.txt", null], // AlterValueError
  ["164-probe-gitlab-yafra-backoff-feature-request-1.txt", null], // AlterValueError
  ["164-probe-google-firebase-ai-success-fixture-1.txt", null], // AlterValueError
  ["164-probe-google-places-status-enum-docs-1.txt", null], // AlterValueError
  ["164-probe-helpscout-legacy-docs-rate-limiting-1.txt", null], // AlterValueError
  ["164-probe-hubspot-mobile-chat-sdk-android-changelog-1.txt", null], // AlterValueError
  ["164-probe-myweather-test-401-mock-1.txt", null], // AlterValueError
  ["164-probe-openai-swift-lldb-chatresult-success-1.txt", null], // AlterValueError
  ["164-probe-owm-success-response-cod-200-1.txt", null], // AlterValueError
  ["164-probe-twilio-docs-error-60519-1.txt", null], // AlterValueError
  ["164-probe-visualcrossing-weather-http-error-codes-1.txt", null], // AlterValueError
  ["164-railway-cli-unauthorized-1.txt", null], // AlterValueError
  ["164-teams-botconnector-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["164-telegram-appsscript-400-chat-not-found-1.txt", { format: "log", status: 400 }],
  ["164-telegram-messaging-apis-400-chat-not-found-1.txt", { format: "log", status: 400 }],
  ["164-telegram-pytelegrambotapi-429-retry-23-1.txt", { format: "log", status: 429 }],
  ["164-tomorrowio-climacell-400-429-ha-log-1.txt", { format: "log", status: 400 }],
  ["164-tomtom-403-forbidden-console-1.txt", { format: "log", status: 403 }],
  ["164-twilio-laravel-400-invalid-to-number-1.txt", { format: "log", status: 400 }],
  ["164-twilio-ruby-resterror-from-number-1.txt", null], // AlterValueError
  ["164-twilio-verify-node-404-20404-1.txt", { format: "json-body", status: 404 }],
  ["164-vercel-deploy-pace-retry-38s-1.txt", null], // AlterValueError
  ["164-vercel-now-cli-429-stack-1.txt", { format: "log", status: 429 }],
  ["164-whatsapp-frappe-400-template-language-null-1.txt", { format: "log", status: 400 }],
  ["164-zendesk-dotnet-webexception-422-1.txt", { format: "log", status: 422 }],
  ["164-zendesk-php-guzzle-422-blank-description-1.txt", { format: "log", status: 422 }],
  ["164-zendesk-ruby-422-recordinvalid-1.txt", { format: "log", status: 422 }],
  // The hundred-and-sixty-fifth trial's: the six named providers in data-integration tools (Airbyte, Prefect, dbt, Singer); e-commerce
  // APIs other than Shopify; AI media APIs; search, analytics and product-data APIs.
  ["165-algolia-json-403-invalid-key-1.txt", { format: "json-body", status: 403 }],
  ["165-algolia-python-quota-exceeded-1.txt", null], // AlterValueError
  ["165-amazon-spapi-429-quotaexceeded-1.txt", { format: "log", status: 429 }],
  ["165-amazon-spapi-go-raw-400-invalidinput-1.txt", { format: "http", status: 400 }],
  ["165-amazon-spapi-node-customerror-denied-1.txt", null], // AlterValueError
  ["165-amazon-spapi-python-forbidden-traceback-1.txt", { format: "log", status: 403 }], // refused at first; an exception named for its status after the API's name and "Api" is read now
  ["165-amplitude-go-400-missing-events-1.txt", { format: "log", status: 400 }],
  ["165-assemblyai-400-axios-pipedream-1.txt", { format: "json-wrapper", status: 400 }],
  ["165-aws-airbyte-s3-invalid-access-key-1.txt", { format: "log", status: 403 }],
  ["165-aws-prefect-ecs-getlogevents-throttling-1.txt", { format: "log", status: undefined }],
  ["165-aws-prefect-s3-headobject-404-1.txt", { format: "log", status: 404 }],
  ["165-bigcommerce-python-400-field-not-supported-1.txt", { format: "log", status: 400 }],
  ["165-deepgram-400-invalid-credentials-json-1.txt", { format: "json-body", status: 400 }],
  ["165-deepgram-401-ws-invalid-auth-1.txt", { format: "log", status: 401 }],
  ["165-ebay-guzzle3-500-bulkdataexchange-1.txt", { format: "log", status: 500 }],
  ["165-ebay-node-ebayerror-400-bulkcreateoffer-1.txt", { format: "log", status: 400 }],
  ["165-ebay-oauth-invalid-grant-1.txt", null], // AlterValueError
  ["165-elastic-cloud-go-401-missing-credentials-1.txt", { format: "log", status: 401 }],
  ["165-elastic-cloud-node-401-request-id-1.txt", { format: "log", status: 401 }],
  ["165-elasticsearch-logstash-429-bulk-rejected-1.txt", { format: "log", status: 429 }],
  ["165-elevenlabs-400-voice-not-found-1.txt", { format: "log", status: 400 }],
  ["165-elevenlabs-quota-exceeded-response-content-1.txt", null], // AlterValueError
  ["165-etsy-v2-phpoauthlib-403-1.txt", { format: "log", status: 403 }],
  ["165-etsy-v3-invalid-token-expired-1.txt", null], // AlterValueError
  ["165-fal-401-swift-httperror-1.txt", { format: "log", status: 401 }],
  ["165-google-airbyte-adwords-daily-quota-1.txt", null], // AlterValueError
  ["165-google-airbyte-bigquery-403-tables-create-1.txt", { format: "log", status: 403 }],
  ["165-google-airbyte-ga4-hourly-quota-1.txt", null], // AlterValueError
  ["165-google-airbyte-sheets-429-1.txt", { format: "log", status: 429 }],
  ["165-google-analytics-php-403-permission-1.txt", { format: "json-body", status: 403 }],
  ["165-google-dbt-bigquery-drive-credentials-1.txt", null], // AlterValueError
  ["165-hf-503-hfhubhttperror-traceback-1.txt", { format: "log", status: 503 }],
  ["165-hf-model-loading-no-status-1.txt", { format: "json-body", status: 503 }], // read since round 245 (refused before)
  ["165-hubspot-airbyte-403-workflows-1.txt", { format: "log", status: 403 }],
  ["165-hubspot-airbyte-refresh-token-not-issued-1.txt", { format: "log", status: 400 }],
  ["165-hubspot-singer-400-invalid-object-type-1.txt", null], // AlterValueError
  ["165-magento-consumer-not-authorized-trace-1.txt", null], // AlterValueError
  ["165-magento-webapi-internal-error-reportid-1.txt", null], // AlterValueError
  ["165-meilisearch-curl-403-1.txt", { format: "http", status: 403 }],
  ["165-meilisearch-python-invalid-api-key-1.txt", null], // AlterValueError
  ["165-mixpanel-import-got-500-1.txt", { format: "log", status: 500 }],
  ["165-msgraph-airbyte-teams-authorization-denied-1.txt", null], // AlterValueError
  ["165-openai-airbyte-weaviate-500-1.txt", { format: "log", status: 500 }],
  ["165-openai-dalle-400-spring-resttemplate-1.txt", { format: "log", status: 400 }],
  ["165-openai-dalle3-400-content-filter-log-1.txt", null], // AlterValueError
  ["165-openai-tts-429-httpx-retry-log-1.txt", { format: "log", status: 429 }],
  ["165-openai-whisper-413-legacy-sdk-1.txt", null], // AlterValueError
  ["165-posthog-personal-key-not-supported-1.txt", null], // AlterValueError
  ["165-prestashop-laravel-302-redirect-1.txt", null], // AlterValueError
  ["165-probe-amplitude-node-pr-400-429-logic-1.txt", null], // AlterValueError
  ["165-probe-amplitude-node-success-200-1.txt", { format: "log", status: 200 }],
  ["165-probe-assemblyai-test-sync-errors-1.txt", null], // AlterValueError
  ["165-probe-bigcommerce-docs-status-codes-1.txt", null], // AlterValueError
  ["165-probe-dropbox-nifi-fetchdropbox-test-1.txt", null], // AlterValueError
  ["165-probe-elevenlabs-help-error-400-401-doc-1.txt", null], // AlterValueError
  ["165-probe-etsy-refresh-token-success-1.txt", null], // AlterValueError
  ["165-probe-generic-meltano-sdk-always-retry-429-1.txt", null], // AlterValueError
  ["165-probe-google-airbyte-sheets-docs-ratelimit-changelog-1.txt", null], // AlterValueError
  ["165-probe-hubspot-singer-tap-backoff-pr-1.txt", null], // AlterValueError
  ["165-probe-magento-errorprocessor-source-1.txt", null], // AlterValueError
  ["165-probe-meilisearch-errors-overview-docs-1.txt", null], // AlterValueError
  ["165-probe-node-bigcommerce-429-handling-diff-1.txt", null], // AlterValueError
  ["165-probe-openai-airbyte-vectordb-cdk-pr-1.txt", null], // AlterValueError
  ["165-probe-replicate-cassette-prediction-succeeded-1.txt", null], // AlterValueError
  ["165-probe-runway-readme-handling-errors-1.txt", null], // AlterValueError
  ["165-probe-squarespace-docs-error-handling-1.txt", null], // AlterValueError
  ["165-probe-typesense-api-errors-docs-1.txt", null], // AlterValueError
  ["165-probe-typesense-cloud-response-codes-1.txt", null], // AlterValueError
  ["165-replicate-402-raycast-1.txt", { format: "log", status: 402 }],
  ["165-replicate-422-invalid-version-1.txt", { format: "log", status: 422 }],
  ["165-runway-400-node-sdk-badrequest-1.txt", { format: "log", status: 400 }],
  ["165-segment-rust-400-batch-1.txt", { format: "log", status: 400 }],
  ["165-sentry-api-python-429-1.txt", { format: "log", status: 429 }],
  ["165-sentry-cli-413-sourcemaps-1.txt", { format: "log", status: 413 }],
  ["165-sentry-cli-429-verbose-log-1.txt", { format: "log", status: 429 }],
  ["165-stability-500-fault-unknown-format-1.txt", { format: "log", status: 500 }],
  ["165-typesense-js-objectnotfound-404-1.txt", { format: "log", status: 404 }],
  ["165-walmart-ca-401-gmp-gateway-1.txt", { format: "log", status: 401 }],
  ["165-walmart-guzzle-401-fatal-1.txt", { format: "log", status: 401 }],
  ["165-woocommerce-rest-500-critical-error-1.txt", { format: "json-body", status: 500 }],
  // The hundred-and-sixty-sixth trial's: the six named providers in workflow-automation tools (n8n, Pipedream, Activepieces,
  // Windmill); accounting, payroll and HR APIs; cloud storage and CDN APIs; LLM APIs through agent frameworks and MCP.
  ["166-akamai-fastpurge-400-invalid-attribute-1.txt", null], // AlterValueError
  ["166-anthropic-adk-litellm-400-tool-result-1.txt", { format: "log", status: 400 }],
  ["166-anthropic-llamaindexts-400-tool-input-1.txt", { format: "log", status: 400 }],
  ["166-aws-n8n-bedrock-400-validation-modelid-1.txt", { format: "log", status: 400 }],
  ["166-aws-n8n-lambda-403-signature-1.txt", { format: "log", status: 403 }],
  ["166-aws-n8n-s3-forbidden-check-credentials-1.txt", { format: "log", status: 403 }],
  ["166-aws-n8n-s3-upload-signature-xml-1.txt", { format: "log", status: 403 }],
  ["166-aws-n8n-ses-signature-does-not-match-1.txt", { format: "log", status: 403 }],
  ["166-aws-windmill-accessdeniedexception-1.txt", null], // AlterValueError
  ["166-aws-windmill-credential-provider-not-enabled-1.txt", null], // AlterValueError
  ["166-azure-blob-dmlib-503-serverbusy-egress-1.txt", { format: "log", status: 503 }],
  ["166-azure-blob-dotnet-409-blobalreadyexists-1.txt", { format: "log", status: 409 }],
  ["166-b2-avideo-log-503-tome-busy-1.txt", { format: "log", status: 503 }],
  ["166-b2-fog-503-too-busy-1.txt", { format: "log", status: 503 }],
  ["166-b2-kopia-no-tomes-1.txt", null], // AlterValueError
  ["166-bedrock-browseruse-validation-first-user-1.txt", { format: "log", status: undefined }],
  ["166-bunny-storage-401-region-1.txt", { format: "log", status: 401 }],
  ["166-cloudflare-images-10000-auth-1.txt", null], // AlterValueError
  ["166-cloudfront-cdk-serviceunavailable-1.txt", { format: "log", status: undefined }],
  ["166-cloudfront-php-throttling-400-1.txt", { format: "log", status: 400 }],
  ["166-cloudfront-toomanyinvalidations-xml-1.txt", { format: "log", status: undefined }],
  ["166-dashscope-camel-400-tool-calls-1.txt", { format: "log", status: 400 }],
  ["166-deel-429-rate-limit-body-1.txt", { format: "json-body", status: 429 }],
  ["166-dropbox-n8n-bad-content-type-header-1.txt", { format: "log", status: 400 }],
  ["166-fastly-php-404-cannot-find-service-1.txt", { format: "log", status: 404 }],
  ["166-freshbooks-node-unauthenticated-1.txt", null], // AlterValueError
  ["166-freshbooks-python-invalid-grant-1.txt", null], // AlterValueError
  ["166-gcs-gsutil-403-objects-list-1.txt", { format: "log", status: 403 }],
  ["166-gcs-python-410-object-rate-limit-1.txt", { format: "log", status: 410 }],
  ["166-gcs-python-429-bucket-rate-limit-1.txt", { format: "log", status: 429 }],
  ["166-gemini-adk-429-bare-body-1.txt", { format: "json-body", status: 429 }],
  ["166-gemini-dify-429-daily-quota-1.txt", null], // AlterValueError
  ["166-gemini-langchain-genai-retry-429-1.txt", { format: "log", status: 429 }],
  ["166-google-n8n-drive-404-file-not-found-1.txt", { format: "log", status: 404 }],
  ["166-google-pipedream-drive-gaxios-file-not-found-1.txt", null], // AlterValueError
  ["166-hubspot-n8n-typeerror-reading-cause-1.txt", null], // AlterValueError
  ["166-mcp-fastmcp-client-401-1.txt", { format: "log", status: 401 }],
  ["166-mcp-fastmcp-httpcore-debug-401-1.txt", { format: "log", status: 401 }],
  ["166-microsoft-n8n-excel-404-invalid-version-1.txt", { format: "log", status: 404 }],
  ["166-microsoft-n8n-outlook-client-auth-failed-1.txt", null], // AlterValueError
  ["166-microsoft-powerplatform-office365users-unauthorized-1.txt", null], // AlterValueError
  ["166-netsuite-nango-invalid-login-attempt-1.txt", null], // AlterValueError
  ["166-netsuite-rest-400-user-error-1.txt", { format: "json-body", status: 400 }],
  ["166-netsuite-restlet-python-httperror-400-1.txt", { format: "log", status: 400 }],
  ["166-netsuite-soap-insufficient-permission-1.txt", null], // AlterValueError
  ["166-openai-activepieces-request-failed-429-1.txt", { format: "log", status: 429 }],
  ["166-openai-agents-sdk-404-model-not-found-1.txt", { format: "log", status: 404 }],
  ["166-openai-agentsjs-stream-server-error-1.txt", null], // AlterValueError
  ["166-openai-n8n-quota-exceeded-1.txt", { format: "log", status: 429 }],
  ["166-openai-semantic-kernel-py-401-1.txt", { format: "log", status: 401 }],
  ["166-openrouter-mcpagent-404-no-tool-endpoints-1.txt", { format: "log", status: 404 }],
  ["166-probe-akamai-ccu-201-accepted-1.txt", null], // AlterValueError
  ["166-probe-azure-cpp-faq-503-serverbusy-1.txt", null], // AlterValueError
  ["166-probe-context-ai-errors-docs-1.txt", null], // AlterValueError
  ["166-probe-deel-scim-rate-limits-docs-1.txt", null], // AlterValueError
  ["166-probe-fastly-purge-ok-1.txt", null], // AlterValueError
  ["166-probe-fog-aws-changelog-retry-503-1.txt", null], // AlterValueError
  ["166-probe-gusto-errors-docs-table-1.txt", null], // AlterValueError
  ["166-probe-haystack-quota-note-docs-pr-1.txt", null], // AlterValueError
  ["166-probe-hubspot-n8n-guard-readme-1.txt", null], // AlterValueError
  ["166-probe-hubspot-pipedream-pr-retry-search-1.txt", null], // AlterValueError
  ["166-probe-microsoft-graph-docs-429-request-1.txt", null], // AlterValueError
  ["166-probe-openai-make-setuproll-error-table-1.txt", null], // AlterValueError
  ["166-probe-openai-n8n-pr-rate-limit-errors-1.txt", null], // AlterValueError
  ["166-probe-personio-success-response-1.txt", null], // AlterValueError
  ["166-probe-r2-error-codes-doc-1.txt", { format: "log", status: undefined }],
  ["166-probe-sageone-php-response-codes-pr-1.txt", null], // AlterValueError
  ["166-probe-strands-ts-modelthrottlederror-pr-1.txt", null], // AlterValueError
  ["166-probe-workday-powershell-test-mock-1.txt", null], // AlterValueError
  ["166-probe-yoagent-retry-docs-1.txt", null], // AlterValueError
  ["166-quickbooks-activepieces-400-escaped-json-1.txt", { format: "log", status: 400 }],
  ["166-quickbooks-node-fault-6000-1.txt", null], // AlterValueError
  ["166-quickbooks-php-serviceexception-400-xml-1.txt", { format: "log", status: 400 }],
  ["166-quickbooks-qbo_api-ruby-hash-2020-1.txt", null], // AlterValueError
  ["166-r2-invalidargument-x-amz-expires-1.txt", { format: "log", status: 400 }], // S3's InvalidArgument stands for 400 (round 176)
  ["166-sage50-sdata-resourcekindnotfound-1.txt", null], // AlterValueError
  ["166-vertex-adk-500-wrapping-429-1.txt", null], // AlterValueError
  ["166-vllm-dspy-litellm-context-window-1.txt", { format: "log", status: 400 }],
  ["166-xero-403-authentication-unsuccessful-1.txt", { format: "json-body", status: 403 }],
  ["166-xero-payroll-404-js-object-1.txt", { format: "json-wrapper", status: 404 }],
  ["166-xero-validation-exception-body-1.txt", null], // AlterValueError
  ["166-xero-xeroizer-token-invalid-1.txt", null], // AlterValueError
  // The hundred-and-sixty-seventh trial's: the six named providers in desktop and self-hosted apps (Home Assistant, Obsidian, VS Code,
  // Joplin); travel, booking and logistics APIs; failures in browser devtools and frontend code; SaaS admin and IT APIs.
  ["167-amadeus-38189-internal-error-fragment-1.txt", { format: "log", status: 500 }],
  ["167-amadeus-500-origin-destination-not-supported-1.txt", { format: "json-body", status: 500 }],
  ["167-amadeus-node-404-no-response-1.txt", { format: "log", status: 404 }],
  ["167-aws-bedrock-cline-403-expired-1.txt", { format: "log", status: 403 }],
  ["167-aws-bedrock-vscode-403-invalid-token-1.txt", { format: "log", status: 403 }],
  ["167-axios-vue-400-chrome-console-1.txt", { format: "log", status: 400 }],
  ["167-bitwarden-cli-slow-down-1.txt", null], // AlterValueError
  ["167-bitwarden-httpx-429-connect-token-1.txt", { format: "log", status: 429 }],
  ["167-chrome-cors-preflight-no-acao-1.txt", { format: "network-text", status: undefined }],
  ["167-dhl-magento-401-basic-realm-1.txt", { format: "log", status: 401 }],
  ["167-dhl-unified-tracking-429-1.txt", { format: "json-body", status: 429 }],
  ["167-dropbox-ha-backup-nonetype-nostatus-1.txt", null], // AlterValueError
  ["167-duffel-orders-422-linked-record-1.txt", { format: "log", status: 422 }],
  ["167-duffel-python-offer-not-found-1.txt", null], // AlterValueError
  ["167-easypost-php-422-fatal-1.txt", null], // AlterValueError
  ["167-entra-powershell-update-mguser-403-1.txt", { format: "log", status: 403 }],
  ["167-fedex-account-number-mismatch-1.txt", null], // AlterValueError
  ["167-firebase-appcheck-fetch-status-400-1.txt", { format: "log", status: 400 }],
  ["167-firebase-auth-too-many-requests-firefox-1.txt", null], // AlterValueError
  ["167-firebase-callable-cors-invalid-acao-value-1.txt", { format: "network-text", status: undefined }],
  ["167-firefox-cors-acao-duplicate-star-1.txt", { format: "network-text", status: undefined }],
  ["167-firefox-cors-missing-status-200-1.txt", { format: "network-text", status: undefined }],
  ["167-firestore-missing-permissions-snapshot-1.txt", null], // AlterValueError
  ["167-google-admin-directory-httperror-403-1.txt", { format: "log", status: 403 }],
  ["167-google-drive-ha-addon-ratelimit-nostatus-1.txt", null], // AlterValueError
  ["167-google-drive-ha-backup-500-1.txt", { format: "log", status: 500 }],
  ["167-google-drive-obsidian-403-getfile-1.txt", { format: "log", status: 403 }],
  ["167-google-gemini-ha-429-quota-limit0-1.txt", { format: "log", status: 429 }],
  ["167-google-gsuite-terraform-503-backenderror-1.txt", { format: "log", status: 503 }],
  ["167-google-people-obsidian-403-bare-1.txt", { format: "log", status: 403 }],
  ["167-google-workspace-terraform-debug-403-1.txt", { format: "http", status: 403 }],
  ["167-graph-joplin-unknownerror-headers-1.txt", null], // AlterValueError
  ["167-graph-onedrive-ha-backup-400-1.txt", { format: "log", status: 400 }],
  ["167-hotelbeds-net-403-mashery-1.txt", { format: "log", status: 403 }],
  ["167-hubspot-mautic-invalid-api-key-nostatus-1.txt", null], // AlterValueError
  ["167-jamf-curl-uapi-tokens-401-1.txt", { format: "log", status: 401 }],
  ["167-jamf-jawa-401-client-error-1.txt", { format: "log", status: 401 }],
  ["167-jamf-reenroller-401-html-1.txt", { format: "log", status: 401 }],
  ["167-jumpcloud-401-no-org-selected-1.txt", { format: "log", status: 401 }],
  ["167-kandji-token-permissions-error-1.txt", null], // AlterValueError
  ["167-msgraph-intune-unknownerror-forbidden-1.txt", null], // AlterValueError
  ["167-nextjs-fetch-failed-econnrefused-build-1.txt", { format: "network-text", status: undefined }],
  ["167-okta-terraform-rate-limit-giving-up-1.txt", null], // AlterValueError
  ["167-onepassword-connect-401-invalid-bearer-1.txt", { format: "log", status: 401 }],
  ["167-openai-ha-400-no-tool-output-1.txt", { format: "log", status: 400 }],
  ["167-openai-ha-429-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["167-openai-ha-extended-429-tpm-408ms-1.txt", { format: "log", status: 429 }],
  ["167-openai-obsidian-console-401-1.txt", { format: "log", status: 401 }],
  ["167-openai-obsidian-invalid-key-body-1.txt", { format: "log", status: 401 }],
  ["167-probe-1password-source-troubleshooting-doc-1.txt", null], // AlterValueError
  ["167-probe-amadeus-python-errors-source-1.txt", null], // AlterValueError
  ["167-probe-atlassian-admin-jiraone-success-sample-1.txt", null], // AlterValueError
  ["167-probe-box-preview-429-message-pr-1.txt", null], // AlterValueError
  ["167-probe-dropbox-obsidian-feature-429-1.txt", null], // AlterValueError
  ["167-probe-expedia-rapid-error-handling-docs-1.txt", null], // AlterValueError
  ["167-probe-firebase-functions-dart-cors-preflight-fix-pr-1.txt", null], // AlterValueError
  ["167-probe-graph-onedrive-client-pr-429-handling-1.txt", null], // AlterValueError
  ["167-probe-graph-onedrive-docs-quote-429-1.txt", null], // AlterValueError
  ["167-probe-graph-onedrive-ha-success-log-1.txt", null], // AlterValueError
  ["167-probe-jumpcloud-pr-root-cause-description-1.txt", null], // AlterValueError
  ["167-probe-mdn-cors-missing-allow-origin-doc-1.txt", null], // AlterValueError
  ["167-probe-okta-rate-limit-docs-text-1.txt", null], // AlterValueError
  ["167-probe-openai-nextcloud-feature-backoff-1.txt", null], // AlterValueError
  ["167-probe-sabre-rest-errors-docs-1.txt", null], // AlterValueError
  ["167-probe-shipstation-error-handling-docs-1.txt", null], // AlterValueError
  ["167-probe-supabase-storage-413-status-pr-1.txt", null], // AlterValueError
  ["167-probe-supabase-storage-error-normalization-pr-1.txt", null], // AlterValueError
  ["167-probe-usps-429-docs-request-1.txt", null], // AlterValueError
  ["167-probe-zoom-error-handling-code-diff-1.txt", null], // AlterValueError
  ["167-sabre-not-authorized-escaped-json-1.txt", null], // AlterValueError
  ["167-service-worker-fetchevent-network-error-1.txt", { format: "network-text", status: undefined }],
  ["167-slack-admin-not-allowed-token-type-1.txt", null], // AlterValueError
  ["167-supabase-auth-invalid-credentials-firefox-1.txt", { format: "log", status: 400 }],
  ["167-supabase-auth-unknown-bad-request-not-json-1.txt", null], // AlterValueError
  ["167-supabase-authapierror-console-dir-and-network-body-1.txt", { format: "log", status: 400 }],
  ["167-supabase-functions-non-2xx-1.txt", null], // AlterValueError
  ["167-supabase-storage-409-duplicate-1.txt", { format: "log", status: 409 }],
  ["167-supabase-storage-failed-to-fetch-and-rls-1.txt", { format: "network-text", status: undefined }],
  ["167-travelport-uapi-soap-401-1.txt", { format: "log", status: 401 }],
  ["167-ups-iobroker-axios-429-1.txt", { format: "log", status: 429 }],
  ["167-ups-soap-fault-250003-license-1.txt", null], // AlterValueError
  ["167-usps-addresses-401-invalid-token-1.txt", { format: "json-body", status: 401 }],
  ["167-usps-curl-401-empty-message-1.txt", { format: "log", status: 401 }],
  ["167-zoom-ruby-code-124-hash-1.txt", null], // AlterValueError
  // The hundred-and-sixty-eighth trial's: the six named providers in Q&A and community forums; health, fitness and IoT APIs; HTTP
  // clients of less common languages (Elixir, Clojure, Scala, Haskell, Dart, Swift, Crystal, Nim, Lua, Perl); notification and push APIs.
  ["168-ably-dotnet-token-expired-40142-1.txt", { format: "log", status: 401 }],
  ["168-akka-http-connection-refused-1.txt", { format: "network-text", status: undefined }],
  ["168-apns-apns2-baddevicetoken-1.txt", null], // AlterValueError
  ["168-apns-rpush-baddevicetoken-log-1.txt", null], // AlterValueError
  ["168-aws-bedrock-validation-on-demand-throughput-1.txt", { format: "log", status: undefined }],
  ["168-aws-s3-haskell-signature-403-1.txt", { format: "log", status: 403 }],
  ["168-aws-sqs-expiredtoken-java-1.txt", { format: "log", status: 403 }],
  ["168-dart-clientexception-reset-1.txt", { format: "network-text", status: undefined }],
  ["168-digitalocean-clj-401-map-1.txt", { format: "log", status: 401 }],
  ["168-discord-webhook-cloudflare-ban-1.txt", null], // AlterValueError
  ["168-dropbox-rclone-too-many-requests-300s-1.txt", { format: "log", status: 429 }], // read since round 233 (refused before)
  ["168-dropbox-restricted-content-traceback-1.txt", null], // AlterValueError
  ["168-expo-devicenotregistered-ticket-1.txt", null], // AlterValueError
  ["168-fcm-autopush-notfound-traceback-1.txt", null], // AlterValueError
  ["168-fcm-ntfy-topic-quota-429-1.txt", { format: "log", status: 429 }],
  ["168-fitbit-403-permission-denied-ha-1.txt", { format: "log", status: 403 }],
  ["168-fitbit-429-too-many-requests-body-1.txt", null], // AlterValueError
  ["168-garmin-429-sso-login-garminconnect-1.txt", { format: "log", status: 429 }],
  ["168-github-github4s-403-ratelimit-1.txt", { format: "log", status: 403 }],
  ["168-google-drive-403-ratelimitexceeded-java-1.txt", { format: "log", status: 403 }],
  ["168-google-fit-403-private-datasource-php-1.txt", null], // AlterValueError
  ["168-google-gemini-429-freetier-quota-1.txt", { format: "log", status: 429 }], // an app's "Generate error: 429 RESOURCE_EXHAUSTED. {...}" (round 210: "<name> error:" before a status)
  ["168-google-oauth-invalid-grant-go-1.txt", { format: "log", status: 400 }],
  ["168-google-tasks-403-servicelimit-stack-1.txt", { format: "log", status: 403 }],
  ["168-httpoison-timeout-1.txt", { format: "network-text", status: undefined }],
  ["168-hubspot-expired-oauth-docker-log-1.txt", null], // AlterValueError
  ["168-hubspot-meetings-internal-error-body-1.txt", null], // AlterValueError
  ["168-hue-unauthorized-user-body-1.txt", null], // AlterValueError
  ["168-lichess-clj-http-429-1.txt", { format: "log", status: 429 }],
  ["168-lua-resty-http-read-timeout-1.txt", null], // AlterValueError
  ["168-msgraph-500-generalexception-curl-1.txt", { format: "curl-v", status: 500 }],
  ["168-msgraph-java-409-authfailure-limit-1.txt", null], // AlterValueError
  ["168-nasdaq-http-client-response-timeout-1.txt", { format: "network-text", status: undefined }],
  ["168-nim-httpclient-400-1.txt", { format: "log", status: 400 }],
  ["168-ntfy-daily-quota-429-body-1.txt", null], // AlterValueError
  ["168-onesignal-not-subscribed-1.txt", null], // AlterValueError
  ["168-openai-apitimeout-traceback-1.txt", null], // AlterValueError
  ["168-openai-finch-mint-closed-1.txt", { format: "network-text", status: undefined }],
  ["168-openai-overloaded-503-plugin-1.txt", { format: "log", status: 503 }],
  ["168-openai-request-too-large-sse-1.txt", null], // AlterValueError
  ["168-oura-403-personal-info-ha-1.txt", { format: "log", status: 403 }],
  ["168-perl-lwp-500-cert-verify-1.txt", { format: "network-text", status: undefined }],
  ["168-probe-ably-41001-docs-1.txt", null], // AlterValueError
  ["168-probe-clj-http-readme-exceptions-diff-1.txt", null], // AlterValueError
  ["168-probe-expo-receipts-script-source-1.txt", null], // AlterValueError
  ["168-probe-expo-rubydoc-push-error-1.txt", null], // AlterValueError
  ["168-probe-httpoison-readme-usage-1.txt", { format: "log", status: 200 }],
  ["168-probe-httpoison-success-response-docs-1.txt", { format: "log", status: 200 }],
  ["168-probe-hubspot-limiter-config-discussion-1.txt", null], // AlterValueError
  ["168-probe-hubspot-oauth-error-example-catalog-1.txt", null], // AlterValueError
  ["168-probe-msgraph-resolve-auth-errors-doc-1.txt", null], // AlterValueError
  ["168-probe-openai-python-error-handling-doc-1.txt", null], // AlterValueError
  ["168-probe-pusher-ruby-changelog-1.txt", null], // AlterValueError
  ["168-probe-smartthings-409-error-guide-1.txt", null], // AlterValueError
  ["168-probe-smartthings-sdk-health-fixture-1.txt", null], // AlterValueError
  ["168-probe-strava-rate-limits-readme-1.txt", null], // AlterValueError
  ["168-probe-tesla-fleet-faq-docs-1.txt", null], // AlterValueError
  ["168-probe-tesla-retry-should-retry-proposal-1.txt", null], // AlterValueError
  ["168-probe-teslajsonpy-changelog-1.txt", null], // AlterValueError
  ["168-proxmox-crystal-ssl-eof-1.txt", { format: "network-text", status: undefined }],
  ["168-pusher-php-unknown-auth-key-1.txt", { format: "log", status: 400 }], // read since round 219 (S3's own words for a code, a PHP dump's response, its status key `status`)
  ["168-pushover-curl-429-monthly-limit-1.txt", { format: "http", status: 429 }],
  ["168-pushover-node-invalid-token-1.txt", null], // AlterValueError
  ["168-reddit-wreq-dns-failure-1.txt", { format: "network-text", status: undefined }],
  ["168-slack-webhook-channel-not-found-1.txt", { format: "log", status: 404 }],
  ["168-slack-webhook-invalid-payload-1.txt", { format: "log", status: 400 }],
  ["168-smartthings-401-axios-homebridge-1.txt", { format: "log", status: 401 }],
  ["168-strava-401-missing-activity-read-appsscript-1.txt", { format: "log", status: 401 }],
  ["168-strava-429-aiohttp-ha-1.txt", { format: "log", status: 429 }],
  ["168-teams-psteams-413-1.txt", { format: "log", status: 413 }],
  ["168-teams-webhook-403-wrapped-1.txt", { format: "log", status: 403 }],
  ["168-tesla-408-vehicle-asleep-body-1.txt", null], // AlterValueError
  ["168-tesla-412-account-not-registered-region-evcc-1.txt", null], // AlterValueError
  ["168-tesla-421-user-out-of-region-evcc-1.txt", null], // AlterValueError
  ["168-tesla-500-proxy-vehicle-asleep-evcc-1.txt", { format: "log", status: 500 }],
  ["168-tesla-owner-api-429-retry-after-1.txt", { format: "log", status: 429 }],
  ["168-tuya-1010-token-invalid-python-1.txt", null], // AlterValueError
  ["168-tuya-1013-request-time-invalid-homebridge-1.txt", null], // AlterValueError
  ["168-vapor-ahc-remote-connection-closed-1.txt", { format: "network-text", status: undefined }],
  ["168-withings-503-invalid-code-ha-1.txt", { format: "log", status: 503 }],
  // The hundred-and-sixty-ninth trial's: the six named providers in backup and sync tools; social-media and video APIs; email APIs;
  // backend-as-a-service and hosted-database APIs. And a probe of the 153rd trial, read since: a pull request's description (its
  // template's heading, "What this PR does") that quotes the Google 429 it handles.
  ["169-google-rclone-upload-userratelimit-1.txt", { format: "log", status: 403 }],
  ["169-google-rclone-pacer-403-429-ratelimit-1.txt", { format: "log", status: 403 }],
  ["169-google-rclone-daily-upload-cap-1.txt", { format: "log", status: 403 }],
  ["169-google-autorclone-storage-quota-1.txt", { format: "log", status: 403 }],
  ["169-google-rclone-oauth-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["169-google-duplicati-403-forbidden-trace-1.txt", { format: "log", status: 403 }],
  ["169-msgraph-rclone-activitylimit-pacer-1.txt", null], // AlterValueError
  ["169-msgraph-rclone-throttled-root-1.txt", null], // AlterValueError
  ["169-msgraph-onedrive-client-429-sleeping-1.txt", { format: "log", status: 429 }],
  ["169-msgraph-onedrive-client-429-stacktrace-1.txt", { format: "log", status: 429 }],
  ["169-dropbox-duplicati-403-invalid-account-type-1.txt", { format: "log", status: 403 }],
  ["169-dropbox-duplicati-malformed-token-1.txt", { format: "log", status: 400 }], // read since round 246 (refused before)
  ["169-aws-s3cmd-403-accessdenied-1.txt", { format: "log", status: 403 }],
  ["169-aws-restic-stat-access-denied-1.txt", null], // AlterValueError
  ["169-aws-rclone-forbidden-requestid-1.txt", { format: "log", status: 403 }],
  ["169-aws-rustic-rclone-accessdenied-1.txt", { format: "log", status: 403 }],
  ["169-reddit-praw-ratelimit-take-a-break-1.txt", null], // AlterValueError
  ["169-twitter-tweepy-ratelimiterror-88-1.txt", { format: "log", status: 429 }],
  ["169-twitter-twython-403-453-access-level-1.txt", { format: "log", status: 403 }],
  ["169-twitter-rust-apierror-429-reset-1.txt", { format: "log", status: 429 }],
  ["169-youtube-sharex-403-quotaexceeded-1.txt", { format: "log", status: 403 }],
  ["169-youtube-429-video-uploads-per-day-1.txt", { format: "json-body", status: 429 }],
  ["169-youtube-go-503-backenderror-1.txt", { format: "log", status: 503 }],
  ["169-youtube-dotnet-503-resumable-upload-1.txt", { format: "log", status: 503 }],
  ["169-bluesky-atproto-python-429-createsession-1.txt", { format: "log", status: 429 }],
  ["169-threads-thapiexception-100-33-1.txt", null], // AlterValueError
  ["169-twitch-helix-401-oauth-token-missing-1.txt", { format: "json-body", status: 401 }],
  ["169-twitch-404-endpoint-deprecated-1.txt", { format: "log", status: 404 }],
  ["169-mastodon-422-text-blank-1.txt", { format: "log", status: 422 }],
  ["169-linkedin-403-not-enough-permissions-me-1.txt", { format: "json-body", status: 403 }],
  ["169-pinterest-ios-404-board-not-found-1.txt", { format: "log", status: 404 }],
  ["169-tiktok-web-200-status5-invalid-params-1.txt", { format: "log", status: 200 }],
  ["169-sendgrid-node-forbidden-stack-1.txt", null], // AlterValueError
  ["169-sendgrid-django-400-to-required-1.txt", { format: "log", status: 400 }],
  ["169-mailgun-craft-symfony-401-1.txt", { format: "log", status: 401 }],
  ["169-mailgun-js-to-invalid-sentry-1.txt", null], // AlterValueError
  ["169-ses-fluentsmtp-messagerejected-1.txt", null], // AlterValueError
  ["169-ses-php-laravel-log-400-xml-1.txt", { format: "log", status: 400 }],
  ["169-resend-json-403-domain-not-verified-1.txt", { format: "json-body", status: 403 }],
  ["169-mandrill-python-invalid-key-1.txt", null], // AlterValueError
  ["169-mailchimp-php-invalid-apikey-1.txt", null], // AlterValueError
  ["169-customerio-ios-400-event-data-1.txt", { format: "log", status: 400 }],
  ["169-postmark-anymail-200-keyerror-1.txt", null], // AlterValueError
  ["169-klaviyo-php-apiexception-400-1.txt", { format: "log", status: 400 }],
  ["169-sparkpost-rails-unauthorized-500-1.txt", null], // AlterValueError
  ["169-brevo-node-invalid-parameter-to-1.txt", null], // AlterValueError
  ["169-ses-jsv3-messagerejected-stack-1.txt", null], // AlterValueError
  ["169-supabase-postgrest-pgrst303-log-1.txt", { format: "log", status: 401 }],
  ["169-supabase-postgrest-pgrst202-body-1.txt", null], // AlterValueError
  ["169-supabase-auth-over-email-send-rate-limit-1.txt", null], // AlterValueError
  ["169-firestore-php-google-service-exception-403-1.txt", { format: "log", status: 403 }],
  ["169-firestore-grpc-resource-exhausted-bandwidth-1.txt", { format: "log", status: 429 }],
  ["169-planetscale-node-http-404-1.txt", { format: "log", status: 404 }],
  ["169-planetscale-fetch-etimedout-1.txt", { format: "network-text", status: undefined }],
  ["169-neon-serverless-fetch-failed-socket-1.txt", { format: "network-text", status: undefined }],
  ["169-mongodb-atlas-admin-v2-500-1.txt", { format: "log", status: 500 }],
  ["169-mongodb-atlas-400-missing-attribute-1.txt", { format: "log", status: 400 }],
  ["169-upstash-redis-unauthorized-1.txt", { format: "log", status: 401 }], // read since round 234 (refused before)
  ["169-upstash-max-daily-request-limit-1.txt", null], // AlterValueError
  ["169-hasura-cli-invalid-admin-secret-1.txt", null], // AlterValueError
  ["169-appwrite-storage-429-rate-limit-1.txt", { format: "json-body", status: 429 }],
  ["169-pocketbase-jssdk-autocancel-and-400-1.txt", { format: "log", status: 400 }],
  ["169-turso-libsql-502-1.txt", { format: "log", status: 502 }],
  ["169-probe-dropbox-rclone-shouldretry-source-1.txt", null], // AlterValueError
  ["169-probe-onedrive-client-known-issues-doc-1.txt", null], // AlterValueError
  ["169-probe-restic-changelog-backend-error-redesign-1.txt", null], // AlterValueError
  ["169-probe-kopia-gdrive-translateerror-source-1.txt", null], // AlterValueError
  ["169-probe-s3cmd-configure-success-1.txt", null], // AlterValueError
  ["169-probe-reddit-praw-ratelimits-docs-1.txt", null], // AlterValueError
  ["169-probe-youtube-data-api-errors-docs-1.txt", null], // AlterValueError
  ["169-probe-twitch-twurple-helixratelimiter-source-1.txt", null], // AlterValueError
  ["169-probe-bluesky-rate-limits-docs-1.txt", null], // AlterValueError
  ["169-probe-twitch-forum-success-ratelimit-headers-1.txt", null], // AlterValueError
  ["169-probe-sparkpost-error-codes-page-1.txt", null], // AlterValueError
  ["169-probe-postmark-error-code-list-1.txt", null], // AlterValueError
  ["169-probe-sparkpost-api-change-email-1.txt", null], // AlterValueError
  ["169-probe-sendgrid-docs-smtp-response-codes-1.txt", null], // AlterValueError
  ["169-probe-mailgun-anymail-success-fixture-1.txt", null], // AlterValueError
  ["169-probe-supabase-postgrest-error-code-table-1.txt", null], // AlterValueError
  ["169-probe-supabase-storage-pr-improved-413-messages-1.txt", null], // AlterValueError
  ["169-probe-neon-operations-status-docs-1.txt", null], // AlterValueError
  ["169-probe-supabase-storage-csharp-pr-413-classify-1.txt", null], // AlterValueError
  ["169-probe-hasura-startup-info-logs-1.txt", null], // AlterValueError
  ["153-probe-mimir-gcs429-pr-1.txt", null], // AlterValueError
  // The two-hundred-and-fifty-second trial's: the six providers from iOS and macOS apps, developer platforms and CI
["252-cognito-notauthorized-1.txt", null], // AlterValueError
["252-dockerhub-push-denied-1.txt", null], // AlterValueError
["252-dockerhub-unauth-pull-ratelimit-1.txt", { format: "log", status: 429 }],
["252-dropbox-bad-input-json-1.txt", { format: "log", status: 400 }],
["252-github-installation-ratelimit-nostatus-1.txt", null], // AlterValueError
["252-github-octokit-403-integration-1.txt", { format: "log", status: 403 }],
["252-github-pages-502-html-1.txt", { format: "html-page", status: 502 }],
["252-github-probot-integration-nostatus-1.txt", null], // AlterValueError
["252-gitlab-ansible-create-group-500-1.txt", { format: "log", status: 500 }],
["252-gitlab-dict-401-1.txt", { format: "json-body", status: 401 }],
["252-gitlab-python-401-1.txt", { format: "log", status: 401 }],
["252-google-disallowed-useragent-1.txt", null], // AlterValueError
["252-google-oauthswift-invalid-client-1.txt", { format: "log", status: 401 }],
["252-google-org-internal-403-1.txt", { format: "log", status: 403 }],
["252-msal-invalid-grant-revoked-1.txt", null], // AlterValueError
["252-npm-install-503-verbose-1.txt", { format: "log", status: 503 }],
["252-npm-json-parse-503-html-1.txt", { format: "html-page", status: 503 }],
["252-npm-publish-403-wits-1.txt", { format: "log", status: 403 }],
["252-npm-publish-503-1.txt", { format: "log", status: 503 }],
["252-openai-timeout-1001-1.txt", { format: "network-text", status: undefined }],
["252-probe-dropbox-auth-inconsistent-state-1.txt", null], // AlterValueError
["252-probe-issue-code-handles-429-1.txt", null], // AlterValueError
["252-probe-octokit-wrapped-500-integration-1.txt", { format: "json-body", status: 500 }],
["252-probe-openai-stream-decoding-error-1.txt", null], // AlterValueError
["252-probe-openai-success-with-nils-1.txt", null], // AlterValueError
["252-probe-openai-timeout-prose-1.txt", { format: "network-text", status: undefined }],
["252-probe-renovate-retry-502-prose-1.txt", null], // AlterValueError
["252-probe-sentry-429-feature-request-1.txt", null], // AlterValueError
["252-probe-vercel-pr-error-message-change-1.txt", null], // AlterValueError
["252-probe-vercel-token-scope-progress-note-1.txt", null], // AlterValueError
["252-s3-nsurl-1005-connection-lost-1.txt", { format: "network-text", status: undefined }],
["252-s3-transferutility-code2-1.txt", null], // AlterValueError
["252-s3-transferutility-code2-2016-1.txt", null], // AlterValueError
["252-s3-transferutility-code2-cloudfront-1.txt", null], // AlterValueError
["252-sentry-cli-404-1.txt", { format: "log", status: 404 }],
["252-vercel-inspect-404-1.txt", { format: "log", status: 404 }],
["252-vercel-token-not-valid-1.txt", null], // AlterValueError
  // The two-hundred-and-fifty-second trial's last two helpers: messaging and email APIs, the six providers from browser front ends
["252-twilio-21211-django-1.txt", { format: "log", status: 400 }],
["252-telegram-429-telebot-log-1.txt", { format: "log", status: 429 }],
["252-postmark-inactive-recipient-rollbar-1.txt", { format: "log", status: 422 }],
["252-slack-webhook-500-graylog-1.txt", { format: "log", status: 500 }],
["252-slack-webhook-400-osticket-1.txt", { format: "log", status: 400 }],
["252-twilio-php-invalid-to-nostatus-1.txt", null], // AlterValueError
["252-sendgrid-sender-identity-node-1.txt", null], // AlterValueError
["252-sendgrid-smtp-550-chatwoot-1.txt", null], // AlterValueError
["252-whatsapp-131026-undeliverable-1.txt", null], // AlterValueError
["252-telegram-403-blocked-laravel-1.txt", { format: "log", status: 403 }],
["252-mailgun-php-badrequest-fatal-1.txt", null], // AlterValueError
["252-vonage-verify-status10-concurrent-1.txt", null], // AlterValueError
["252-mailgun-to-invalid-200-loopback-1.txt", null], // AlterValueError
["252-sendgrid-smtp-550-omada-dockerlog-1.txt", null], // AlterValueError
["252-slack-notify-500-action-1.txt", { format: "log", status: 500 }],
["252-graph-me-401-console-1.txt", { format: "log", status: 401 }],
["252-msal-token-cors-1.txt", { format: "network-text", status: undefined }],
["252-openai-tpm-429-1.txt", { format: "log", status: 429 }],
["252-s3-presigned-cors-preflight-1.txt", { format: "network-text", status: undefined }],
["252-openai-no-api-key-1.txt", null], // AlterValueError
["252-dropbox-failed-to-fetch-1.txt", { format: "network-text", status: undefined }],
["252-s3-signature-mismatch-xml-1.txt", { format: "log", status: 403 }],
["252-google-oauth-access-denied-1.txt", { format: "log", status: 403 }],
["252-openai-500-request-id-1.txt", null], // AlterValueError
["252-chatgpt-503-1.txt", { format: "log", status: 503 }],
["252-openai-500-requests-httperror-1.txt", { format: "log", status: 500 }],
["252-probe-frappe-pr-slack-logging-1.txt", null], // AlterValueError
["252-probe-whatsapp-adapter-code-1.txt", null], // AlterValueError
["252-probe-twilio-ruby-no-error-raised-1.txt", null], // AlterValueError
["252-probe-postmark-feature-request-406-1.txt", null], // AlterValueError
["252-probe-telegram-retry-code-1.txt", { format: "log", status: 429 }],
["252-probe-graph-retry-after-cors-prose-1.txt", null], // AlterValueError
["252-probe-drive-docs-table-quote-1.txt", null], // AlterValueError
["252-probe-dropbox-illegal-invocation-1.txt", null], // AlterValueError
["252-probe-dropbox-401-handling-issue-1.txt", null], // AlterValueError
["252-probe-s3-cors-config-xml-1.txt", null], // AlterValueError
  // The two-hundred-and-fifty-first trial's: the six providers from .NET apps, payments and commerce beyond Stripe, the six providers from
  // data pipelines, identity and auth providers
["251-adyen-401-authorise-1.txt", { format: "log", status: 401 }],
["251-airbyte-s3-accessdenied-botocore-1.txt", { format: "log", status: 403 }],
["251-airbyte-s3-forbidden-null-1.txt", { format: "log", status: 403 }],
["251-airflow-openai-context-length-1.txt", null], // AlterValueError
["251-auth0-api-limit-log-1.txt", null], // AlterValueError
["251-auth0-refresh-403-okhttp-1.txt", { format: "log", status: 403 }],
["251-aws-cloudwatchlogs-invalid-token-log-1.txt", null], // AlterValueError
["251-aws-cognito-aspnet-error-page-1.txt", null], // AlterValueError
["251-aws-dynamodb-invalid-security-token-1.txt", null], // AlterValueError
["251-aws-lambda-dynamodb-token-invalid-1.txt", null], // AlterValueError
["251-azure-billing-504-httpresponsemessage-1.txt", { format: "log", status: 504 }],
["251-azure-openai-content-filter-400-1.txt", { format: "log", status: 400 }],
["251-bq-etl-notfound-traceback-1.txt", { format: "log", status: 404 }],
["251-bq-load-csv-400-1.txt", { format: "log", status: 400 }],
["251-cognito-token-expired-log-1.txt", null], // AlterValueError
["251-data360-graph-sharepoint-403-1.txt", { format: "log", status: 403 }],
["251-dbt-bq-dataset-notfound-1.txt", { format: "log", status: 404 }],
["251-delta-s3-accessdenied-403-1.txt", { format: "log", status: 403 }],
["251-entra-50012-invalid-secret-adal-1.txt", { format: "log", status: 401 }],
["251-entra-50079-mfa-adal-1.txt", { format: "log", status: 400 }],
["251-entra-65001-consent-1.txt", null], // AlterValueError
["251-entra-7000222-expired-secret-ps-1.txt", { format: "log", status: 401 }],
["251-entra-700082-azcli-1.txt", { format: "log", status: 400 }],
["251-entra-connect-timeout-1.txt", { format: "network-text", status: undefined }],
["251-firebase-admin-403-html-1.txt", null], // AlterValueError
["251-firebase-token-expired-code500-1.txt", null], // AlterValueError
["251-google-calendar-401-invalid-credentials-1.txt", { format: "log", status: 401 }],
["251-google-redirect-uri-mismatch-1.txt", { format: "log", status: 400 }],
["251-googleads-invalid-grant-grpc-unavailable-1.txt", { format: "log", status: 400 }],
["251-graph-intune-504-unknownerror-1.txt", { format: "log", status: 504 }],
["251-graph-servicenotavailable-body-1.txt", null], // AlterValueError
["251-graph-toomanyretries-status0-1.txt", null], // AlterValueError
["251-keycloak-incorrect-redirect-python-1.txt", { format: "log", status: 400 }],
["251-mollie-422-amount-mismatch-1.txt", { format: "log", status: 422 }],
["251-mollie-422-no-payment-methods-1.txt", { format: "log", status: 422 }],
["251-mollie-dns-resolve-timeout-1.txt", { format: "network-text", status: undefined }],
["251-mollie-dotnet-422-nonexistent-param-1.txt", { format: "log", status: 422 }],
["251-o365-graph-incomingbytes-1.txt", null], // AlterValueError
["251-okta-bearer-invalid-token-1.txt", null], // AlterValueError
["251-pandas-gbq-backenderror-1.txt", null], // AlterValueError
["251-paypal-ruby-500-capture-1.txt", { format: "log", status: 500 }],
["251-paypal-ruby-500-servererror-1.txt", { format: "log", status: 500 }],
["251-paypal-v2-authorize-internal-no-status-1.txt", null], // AlterValueError
["251-probe-ads-pr-handle-700082-1.txt", null], // AlterValueError
["251-probe-airbyte-sharepoint-ui-msg-1.txt", null], // AlterValueError
["251-probe-airbyte-sheets-pr-prose-1.txt", null], // AlterValueError
["251-probe-dataform-location-code-1.txt", null], // AlterValueError
["251-probe-firebase-too-many-attempts-bare-1.txt", null], // AlterValueError
["251-probe-google-dotnet-invalid-grant-prose-1.txt", null], // AlterValueError
["251-probe-graph-docs-504-definition-quote-1.txt", null], // AlterValueError
["251-probe-graph-docs-feedback-401-1.txt", null], // AlterValueError
["251-probe-graph-generalexception-prose-serviceunavailable-1.txt", null], // AlterValueError
["251-probe-gws-mcp-pr-unauthorized-client-1.txt", null], // AlterValueError
["251-probe-hubspot-net-restsharp-415-prose-1.txt", null], // AlterValueError
["251-probe-klarna-expected-success-1.txt", null], // AlterValueError
["251-probe-klarna-pr-403-message-1.txt", { format: "log", status: 403 }],
["251-probe-mitxpro-hubspot-pr-429-1.txt", null], // AlterValueError
["251-probe-msdocs-7000222-not-documented-1.txt", null], // AlterValueError
["251-probe-okta-docs-clientbased-429-1.txt", null], // AlterValueError
["251-probe-openai-dotnet-stream-chunk-content-filter-error-1.txt", null], // AlterValueError
["251-probe-razorpay-frappe-like-code-1.txt", null], // AlterValueError
["251-probe-square-idempotency-comment-1.txt", null], // AlterValueError
["251-probe-woo-square-idempotency-issue-1.txt", null], // AlterValueError
["251-razorpay-502-subscriptions-1.txt", { format: "log", status: 502 }],
["251-razorpay-php-connect-timeout-1.txt", { format: "network-text", status: undefined }],
["251-razorpay-php-read-timeout-trace-1.txt", { format: "network-text", status: undefined }],
["251-semantic-kernel-openai-timeout-1.txt", { format: "network-text", status: undefined }],
["251-shopify-429-exceeded-calls-1.txt", { format: "log", status: 429 }],
["251-shopify-graphql-query-cost-max-1.txt", null], // AlterValueError
["251-spark-s3a-accessdenied-empty-1.txt", null], // AlterValueError
["251-woocommerce-401-cannot-view-1.txt", { format: "json-body", status: 401 }],
  // The two-hundred-and-fiftieth trial's: the six providers from Java and Spring services, AI model APIs beyond OpenAI and Anthropic, the
  // six providers from PHP apps, project management and productivity APIs
["250-asana-oauth-refresh-400-1.txt", { format: "log", status: 400 }],
["250-asana-sentry-400-not-array-1.txt", { format: "log", status: 400 }],
["250-aws-curl28-transfer-1.txt", { format: "network-text", status: undefined }],
["250-aws-dynamodb-gsi-throughput-1.txt", { format: "log", status: 400 }],
["250-aws-glacier-curl6-dns-1.txt", { format: "network-text", status: undefined }],
["250-aws-sqs-ssl-handshake-timeout-1.txt", { format: "network-text", status: undefined }],
["250-bedrock-cli-validation-operation-not-allowed-1.txt", { format: "log", status: undefined }],
["250-deepseek-model-not-exist-1.txt", null], // AlterValueError
["250-deepseek-openai-timeout-1.txt", { format: "network-text", status: undefined }],
["250-dropbox-401-missing-scope-1.txt", { format: "log", status: 401 }],
["250-dropbox-networkio-timeout-1.txt", { format: "network-text", status: undefined }],
["250-dropbox-pipe-closed-1.txt", null], // AlterValueError
["250-dropbox-serverexception-android-1.txt", { format: "log", status: 500 }],
["250-dropbox-serverexception-bare-1.txt", { format: "log", status: 500 }],
["250-gemini-429-json-1.txt", { format: "json-body", status: 429 }],
["250-gemini-cli-429-nested-1.txt", { format: "log", status: 429 }],
["250-gemini-cli-429-wrapped-1.txt", { format: "log", status: 429 }],
["250-gmail-code-already-redeemed-1.txt", { format: "log", status: 400 }],
["250-google-ads-unauthorized-client-1.txt", { format: "log", status: 401 }],
["250-google-auth-refresh-401-1.txt", { format: "log", status: 401 }],
["250-google-invalid-grant-not-valid-email-1.txt", { format: "log", status: 400 }],
["250-google-invalid-grant-refresh-1.txt", { format: "log", status: 400 }],
["250-google-tokenresponse-401-1.txt", { format: "log", status: 401 }],
["250-google-translate-429-1.txt", { format: "log", status: 429 }],
["250-google-upload-401-1.txt", { format: "log", status: 401 }],
["250-graph-400-sendmail-json-1.txt", { format: "log", status: 400 }],
["250-graph-401-identity-not-found-1.txt", { format: "log", status: 401 }],
["250-graph-clientexception-http-1.txt", null], // AlterValueError
["250-graph-daemon-403-1.txt", null], // AlterValueError
["250-jira-cxf-could-not-send-1.txt", { format: "network-text", status: undefined }],
["250-jira-restfly-400-field-1.txt", { format: "log", status: 400 }],
["250-jira-splunk-400-1.txt", { format: "log", status: 400 }],
["250-mistral-client-429-stream-1.txt", { format: "log", status: 429 }],
["250-mistral-vibe-400-bad-request-1.txt", { format: "log", status: 400 }],
["250-notion-apiresponseerror-nocode-1.txt", null], // AlterValueError
["250-notion-object-not-found-warn-1.txt", { format: "log", status: 404 }],
["250-notion-v3-429-1.txt", { format: "log", status: 429 }],
["250-openai-java-http400-1.txt", { format: "log", status: 400 }],
["250-openai-php-context-length-1.txt", null], // AlterValueError
["250-perplexity-400-invalid-model-1.txt", { format: "log", status: 400 }],
["250-perplexity-bad-request-dev-url-1.txt", { format: "log", status: 400 }],
["250-perplexity-litellm-raw-http-400-1.txt", { format: "log", status: 400 }],
["250-probe-airtable-pr-429-handling-1.txt", null], // AlterValueError
["250-probe-basecamp-docs-quote-429-1.txt", null], // AlterValueError
["250-probe-bedrock-403-via-claude-code-1.txt", { format: "log", status: 403 }],
["250-probe-bedrock-docs-issue-prose-1.txt", null], // AlterValueError
["250-probe-clickup-checklist-429-1.txt", null], // AlterValueError
["250-probe-dropbox-path-not-found-bare-1.txt", null], // AlterValueError
["250-probe-dropbox-pr-401-nocontent-1.txt", null], // AlterValueError
["250-probe-google-npe-token-refresh-1.txt", null], // AlterValueError
["250-probe-graph-feature-request-fields-1.txt", null], // AlterValueError
["250-probe-groq-code-handles-429-1.txt", null], // AlterValueError
["250-probe-groq-limits-table-pr-1.txt", null], // AlterValueError
["250-probe-gspread-403-backoff-discussion-1.txt", null], // AlterValueError
["250-probe-hubspot-409-narrative-1.txt", null], // AlterValueError
["250-probe-hubspot-pr-server-errors-1.txt", null], // AlterValueError
["250-probe-mistral-pr-motivation-1.txt", null], // AlterValueError
["250-probe-monday-pr-200-error-prose-1.txt", null], // AlterValueError
["250-probe-openai-quota-notice-prose-1.txt", { format: "log", status: 429 }],
["250-probe-springai-404-title-1.txt", { format: "log", status: 404 }],
["250-probe-trello-unauthorized-token-1.txt", null], // AlterValueError
["250-s3-curl7-connect-timeout-1.txt", { format: "network-text", status: undefined }],
["250-todoist-410-response-1.txt", { format: "log", status: 410 }],
["250-todoist-503-autodoist-1.txt", { format: "log", status: 503 }],
["250-todoist-503-labels-1.txt", { format: "log", status: 503 }],
["250-todoist-http-503-swift-1.txt", { format: "log", status: 503 }],
["250-vertex-gemini-429-quota-log-1.txt", { format: "log", status: 429 }],
["250-wp-offload-imds-curl28-1.txt", { format: "network-text", status: undefined }],
["250-xai-400-incorrect-api-key-1.txt", { format: "log", status: 400 }],
  // The two-hundred-and-forty-ninth trial's: the six providers from desktop apps and editor extensions, databases and backend-as-a-service
  // APIs, the six providers from Python web apps, social and community APIs
["249-algolia-403-json-1.txt", { format: "json-body", status: 403 }],
["249-algolia-app-blocked-1.txt", { format: "log", status: 403 }],
["249-algolia-js-error-object-1.txt", null], // AlterValueError
["249-algolia-python-add-key-1.txt", null], // AlterValueError
["249-amazonq-reached-limit-1.txt", null], // AlterValueError
["249-antigravity-cloudcode-403-disabled-1.txt", { format: "log", status: 403 }],
["249-aws-jetbrains-expired-token-1.txt", null], // AlterValueError
["249-aws-throttling-sagemaker-1.txt", { format: "log", status: undefined }],
["249-cloudcode-vscode-missing-permission-1.txt", null], // AlterValueError
["249-codegpt-openai-401-1.txt", { format: "log", status: 401 }],
["249-continue-gemini-429-1.txt", { format: "log", status: 429 }],
["249-continue-jetbrains-openai-401-1.txt", { format: "log", status: 401 }],
["249-discordjs-fetch-etimedout-1.txt", { format: "network-text", status: undefined }],
["249-discordjs-undici-connect-timeout-1.txt", { format: "network-text", status: undefined }],
["249-discordjs-ws-etimedout-1.txt", { format: "network-text", status: undefined }],
["249-discordnet-50013-nostatus-1.txt", null], // AlterValueError
["249-discordpy-403-50013-1.txt", { format: "log", status: 403 }],
["249-discordsrv-jda-connect-timeout-1.txt", { format: "network-text", status: undefined }],
["249-fauna-go-401-1.txt", null], // AlterValueError
["249-firestore-503-retryerror-1.txt", null], // AlterValueError
["249-gcloud-vs-service-not-enabled-1.txt", null], // AlterValueError
["249-gemini-503-overloaded-1.txt", { format: "json-body", status: 503 }],
["249-google-403-insufficient-permission-1.txt", { format: "log", status: 403 }],
["249-instagram-private-429-1.txt", { format: "log", status: 429 }],
["249-kilocode-gemini-503-1.txt", { format: "log", status: 503 }],
["249-mongo-selection-timeout-rollbar-1.txt", null], // AlterValueError
["249-mongo-serverless-undefined-host-1.txt", null], // AlterValueError
["249-neon-network-connection-lost-1.txt", { format: "network-text", status: undefined }],
["249-obsidian-textgen-429-1.txt", { format: "log", status: 429 }],
["249-obsidian-textgen-503-1.txt", { format: "log", status: 503 }],
["249-obsidian-textgen-conn-timeout-1.txt", { format: "network-text", status: undefined }],
["249-onedrive-client-aadsts70001-1.txt", { format: "log", status: 400 }],
["249-openai-400-badrequest-1.txt", { format: "log", status: 400 }],
["249-openai-400-context-log-1.txt", null], // AlterValueError
["249-php-telegram-429-1.txt", { format: "log", status: 429 }],
["249-pinecone-ts-internal-server-1.txt", null], // AlterValueError
["249-planetscale-row-count-trpc-1.txt", null], // AlterValueError
["249-probe-chatgpt-md-maintainer-prose-1.txt", null], // AlterValueError
["249-probe-continue-gemini-statuscode-na-1.txt", { format: "log", status: 429 }],
["249-probe-cumulus-pr-prose-1.txt", { format: "log", status: undefined }],
["249-probe-dsub-403-retried-1.txt", { format: "log", status: 403 }],
["249-probe-firebase-ios-quota-message-diff-1.txt", null], // AlterValueError
["249-probe-gemini-503-title-only-1.txt", { format: "log", status: 503 }],
["249-probe-graph-generalexception-1.txt", null], // AlterValueError
["249-probe-hubspot-attributeerror-1.txt", null], // AlterValueError
["249-probe-hubspot-cli-private-app-token-1.txt", null], // AlterValueError
["249-probe-hubspot-vscode-command-not-found-1.txt", null], // AlterValueError
["249-probe-imgbed-feature-request-telegram-429-1.txt", { format: "log", status: 429 }],
["249-probe-mastodon-422-mute-1.txt", null], // AlterValueError
["249-probe-obsidian-pr-failed-to-fetch-1.txt", { format: "network-text", status: undefined }],
["249-probe-perceval-pr-429-1.txt", null], // AlterValueError
["249-probe-sentry-pr-50013-prose-1.txt", null], // AlterValueError
["249-probe-supabase-pr-retry-429-1.txt", null], // AlterValueError
["249-probe-supabase-storage-544-prose-1.txt", null], // AlterValueError
["249-probe-supabase-storage-errorhandler-diff-1.txt", null], // AlterValueError
["249-probe-telegrambot-feature-429-1.txt", { format: "log", status: 429 }],
["249-probe-upstash-ratelimit-pr-1.txt", null], // AlterValueError
["249-pyfacebook-102-session-expired-1.txt", null], // AlterValueError
["249-supabase-edge-deploy-429-1.txt", { format: "log", status: 429 }],
["249-supabase-flutter-jwt-expired-1.txt", null], // AlterValueError
["249-supabase-py-pgrst301-jwt-parts-1.txt", null], // AlterValueError
["249-tweeterpy-429-1.txt", { format: "log", status: 429 }],
["249-tweeterpy-429-log-1.txt", { format: "log", status: 429 }],
["249-yewtube-403-quota-1.txt", { format: "log", status: 403 }],
  // The two-hundred-and-forty-eighth trial's: the six providers in CI/CD pipelines and infrastructure tools, maps, weather and location
  // APIs, the six providers from Go services, finance, accounting and HR APIs
["248-ansible-boto-iam-403-1.txt", { format: "log", status: 403 }],
["248-ansible-ci-botocore-accessdenied-1.txt", { format: "log", status: undefined }],
["248-aws-kinesis-go-500-internalfailure-1.txt", { format: "log", status: 500 }],
["248-aws-kinesis-go-500-serialization-1.txt", { format: "log", status: 500 }],
["248-drive-go-500-ls-1.txt", { format: "log", status: 500 }],
["248-drive-go-push-500-backend-1.txt", { format: "log", status: 500 }],
["248-foursquare-410-version-1.txt", null], // AlterValueError
["248-gdirections-over-query-limit-json-1.txt", { format: "json-body", status: 429 }],
["248-gdrive-go-403-ratelimit-1.txt", { format: "log", status: 403 }],
["248-gemini-go-403-scope-1.txt", { format: "log", status: 403 }],
["248-gha-aws-expiredtoken-1.txt", { format: "log", status: 400 }],
["248-gha-openai-timeout-1.txt", { format: "network-text", status: undefined }],
["248-gmaps-py-http-400-1.txt", { format: "log", status: 400 }],
["248-gmaps-py-invalid-request-1.txt", null], // AlterValueError
["248-gmaps-py-remote-disconnected-1.txt", { format: "network-text", status: undefined }],
["248-here-403-json-1.txt", { format: "json-body", status: 403 }],
["248-ipinfo-429-json-1.txt", { format: "json-body", status: 429 }],
["248-ipinfo-ratelimit-curl-text-1.txt", { format: "log", status: 429 }],
["248-jenkins-aws-invalidclienttokenid-1.txt", { format: "log", status: 403 }],
["248-mapbox-android-403-1.txt", { format: "log", status: 403 }],
["248-mapbox-directions-400-1.txt", { format: "log", status: 400 }],
["248-mapbox-valhalla-403-qgis-1.txt", { format: "log", status: 403 }],
["248-mapboxgl-403-url-restriction-1.txt", { format: "log", status: 403 }],
["248-mapboxgl-invalid-token-1.txt", null], // AlterValueError
["248-owm-401-invalid-key-1.txt", { format: "json-body", status: 401 }],
["248-plaid-console-429-link-1.txt", { format: "log", status: 429 }],
["248-plaid-php-400-assetreport-1.txt", { format: "log", status: 400 }],
["248-pombola-over-query-limit-1.txt", null], // AlterValueError
["248-probe-ansible-pip-local-permission-1.txt", null], // AlterValueError
["248-probe-aws-asg-throttle-prose-1.txt", null], // AlterValueError
["248-probe-aws-optinrequired-fragment-1.txt", { format: "log", status: undefined }],
["248-probe-aws-pr-prose-throttling-400-1.txt", null], // AlterValueError
["248-probe-changelog-openai-timeout-1.txt", null], // AlterValueError
["248-probe-dropbox-pr-prose-503-1.txt", null], // AlterValueError
["248-probe-gmaps-distance-matrix-ok-zero-results-1.txt", null], // AlterValueError
["248-probe-google-geocode-status-code-1.txt", null], // AlterValueError
["248-probe-gosoline-changelog-500-1.txt", null], // AlterValueError
["248-probe-hubspot-cli-pr-ci-1.txt", null], // AlterValueError
["248-probe-mapbox-sdk-py-pr157-1.txt", null], // AlterValueError
["248-probe-msgraph-go-question-429-1.txt", null], // AlterValueError
["248-probe-n8n-docs-wise-sca-1.txt", null], // AlterValueError
["248-probe-openai-500-vague-1.txt", null], // AlterValueError
["248-probe-plaid-python-apivalueerror-1.txt", null], // AlterValueError
["248-probe-qbo-200-subscription-ended-1.txt", null], // AlterValueError
["248-probe-qbo-ruby-pr-429-handling-1.txt", null], // AlterValueError
["248-probe-tomtom-mcp-403-prose-1.txt", null], // AlterValueError
["248-probe-wtf-invalid-character-1.txt", null], // AlterValueError
["248-probe-xero-node-ratelimit-prose-1.txt", null], // AlterValueError
["248-pulumi-gcs-429-1.txt", { format: "log", status: 429 }],
["248-qbo-business-validation-10600-1.txt", null], // AlterValueError
["248-qbo-oauth-jsclient-403-3100-1.txt", { format: "log", status: 403 }],
["248-rclone-gcs-500-backend-1.txt", { format: "log", status: 500 }],
["248-rclone-gdrive-500-503-1.txt", { format: "log", status: 500 }],
["248-rclone-gdrive-copy-500-1.txt", { format: "log", status: 500 }],
["248-ruby-route53-throttling-1.txt", { format: "log", status: undefined }],
["248-sage-html-400-badly-formed-1.txt", { format: "html-page", status: 400 }],
["248-scoutsuite-gcp-httperror-429-1.txt", { format: "log", status: 429 }],
["248-steampipe-gcp-429-quota-1.txt", { format: "log", status: 429 }],
["248-tf-azuread-graph-403-1.txt", { format: "log", status: 403 }],
["248-tf-google-enable-services-403-1.txt", { format: "log", status: 403 }],
["248-tf-google-impersonate-403-1.txt", { format: "log", status: 403 }],
["248-tf-google-zones-403-1.txt", { format: "log", status: 403 }],
["248-xero-disconnect-500-identity-1.txt", { format: "log", status: 500 }],
["248-xero-java-500-items-1.txt", { format: "log", status: 500 }],
["248-xero-netstandard-forbidden-token-1.txt", null], // AlterValueError
["248-xero-node-500-trackingoptions-1.txt", { format: "log", status: 500 }],
["248-xero-php-500-createinvoices-1.txt", { format: "log", status: 500 }],
["248-xero-php-forbiddenexception-1.txt", { format: "log", status: 403 }],
["248-xero-php-internalerror-1.txt", null], // AlterValueError
  // The two-hundred-and-forty-seventh trial's: the six providers from Node and TypeScript backends, storage and CDN APIs, the six providers
  // from Flutter and React Native apps, commerce and payment APIs beyond Stripe
["247-adyen-not-allowed-exception-1.txt", null], // AlterValueError
["247-adyen-pi102-validation-1.txt", null], // AlterValueError
["247-amplify-flutter-s3-accessdenied-1.txt", { format: "log", status: 403 }],
["247-amplify-flutter-unknown-service-1.txt", null], // AlterValueError
["247-aws-dynamodb-networkingerror-1.txt", { format: "network-text", status: undefined }],
["247-aws-throttling-lambda-1.txt", { format: "log", status: 400 }],
["247-aws-v3-connect-timeout-1.txt", { format: "network-text", status: undefined }],
["247-aws-v3-econnreset-json-1.txt", { format: "network-text", status: undefined }],
["247-aws-v3-socket-hangup-1.txt", { format: "network-text", status: undefined }],
["247-azure-explorer-json-permission-1.txt", { format: "log", status: 403 }],
["247-azure-go-permission-mismatch-1.txt", { format: "log", status: 403 }],
["247-azure-python-ops-per-second-1.txt", { format: "log", status: 503 }],
["247-b2-rclone-expired-token-1.txt", { format: "log", status: 401 }],
["247-bunny-storage-401-body-1.txt", null], // AlterValueError
["247-drive-export-403-alt-media-1.txt", { format: "log", status: 403 }],
["247-dropbox-500-guzzle-1.txt", { format: "log", status: 500 }],
["247-dropbox-500-upload-1.txt", { format: "log", status: 500 }],
["247-firebase-auth-too-many-requests-1.txt", null], // AlterValueError
["247-flutterfire-cloud-firestore-unavailable-1.txt", { format: "log", status: 503 }],
["247-gcs-django-503-acl-1.txt", { format: "log", status: 503 }],
["247-gcs-python-503-resumable-1.txt", null], // AlterValueError
["247-gcs-ruby-object-ratelimit-1.txt", { format: "log", status: 429 }],
["247-gemini-429-gaxios-1.txt", null], // AlterValueError
["247-gemini-dart-overloaded-1.txt", null], // AlterValueError
["247-google-drive-rate-limit-text-1.txt", { format: "log", status: 403 }],
["247-google-invalid-grant-nest-1.txt", null], // AlterValueError
["247-google-signin-apiexception-10-1.txt", null], // AlterValueError
["247-graph-401-compacttoken-1.txt", null], // AlterValueError
["247-graph-aadsts90002-tenant-1.txt", { format: "log", status: 400 }],
["247-graph-invalidauthtoken-nostatus-1.txt", null], // AlterValueError
["247-klarna-400-bad-value-1.txt", { format: "log", status: 400 }],
["247-klarna-bad-value-currency-json-1.txt", null], // AlterValueError
["247-mollie-404-wrong-profile-1.txt", { format: "log", status: 404 }],
["247-mollie-dotnet-503-1.txt", { format: "log", status: 503 }],
["247-openai-400-context-length-1.txt", { format: "log", status: 400 }],
["247-openai-axios-429-1.txt", { format: "log", status: 429 }],
["247-openai-flutter-401-no-key-1.txt", { format: "log", status: 401 }],
["247-paypal-instrument-declined-1.txt", null], // AlterValueError
["247-paypal-ios-500-oneline-1.txt", { format: "log", status: 500 }],
["247-paypal-orders-internal-server-error-1.txt", null], // AlterValueError
["247-paypal-webhooks-403-guzzle-1.txt", { format: "log", status: 403 }],
["247-probe-amplify-rn-limit-exceeded-title-1.txt", null], // AlterValueError
["247-probe-aws-feature-request-1.txt", null], // AlterValueError
["247-probe-b2blaze-question-1.txt", null], // AlterValueError
["247-probe-dropbox-expired-token-prose-1.txt", null], // AlterValueError
["247-probe-dropbox-rn-invalid-auth-header-in-200-like-then-1.txt", null], // AlterValueError
["247-probe-fastly-purge-success-1.txt", null], // AlterValueError
["247-probe-fastly-ruby-code-1.txt", null], // AlterValueError
["247-probe-flutterdropbox-success-empty-1.txt", null], // AlterValueError
["247-probe-flutterfire-doc-comment-error-codes-1.txt", null], // AlterValueError
["247-probe-google-pr-bertha-1.txt", null], // AlterValueError
["247-probe-google-pr-title-1.txt", null], // AlterValueError
["247-probe-magento-fastly-kb-template-1.txt", null], // AlterValueError
["247-probe-rnfirebase-maintainer-prose-1.txt", null], // AlterValueError
["247-probe-saleor-braintree-handler-code-1.txt", null], // AlterValueError
["247-probe-shopify-graphql-success-throttle-1.txt", null], // AlterValueError
["247-probe-shopify-node-typeerror-1.txt", null], // AlterValueError
["247-probe-shopifysharp-422-prose-1.txt", null], // AlterValueError
["247-probe-square-token-refresh-pr-prose-1.txt", null], // AlterValueError
["247-probe-vercel-edge-timeout-1.txt", { format: "log", status: 504 }],
["247-probe-wgcf-429-prose-1.txt", null], // AlterValueError
["247-r2-adonis-signature-stack-1.txt", { format: "log", status: 403 }],
["247-r2-s3cmd-signature-1.txt", { format: "log", status: 403 }],
["247-rnfirebase-firestore-client-offline-1.txt", { format: "network-text", status: undefined }],
["247-rnfirebase-firestore-unavailable-1.txt", { format: "log", status: 503 }],
["247-rnfirebase-functions-deadline-1.txt", null], // AlterValueError
["247-shopify-exceeded-2-calls-1.txt", { format: "log", status: 429 }],
["247-square-card-declined-verification-1.txt", null], // AlterValueError
["247-woocommerce-cannot-view-401-1.txt", { format: "json-body", status: 401 }],
["247-woocommerce-curl-timeout-log-1.txt", { format: "network-text", status: undefined }],
["247-woocommerce-spanish-cannot-view-1.txt", null], // AlterValueError
["247-wrangler-10000-secret-1.txt", null], // AlterValueError
["247-wrangler-10001-1.txt", null], // AlterValueError
  // The two-hundred-and-forty-sixth trial's: the six providers from Python data pipelines and notebooks, communications APIs, the six
  // providers from command-line tools and scripts, developer platforms' bots and integrations
["246-aws-botocore-expiredtoken-createrole-1.txt", { format: "log", status: undefined }],
["246-aws-ecs-throttling-notebook-1.txt", { format: "log", status: undefined }],
["246-aws-fargate-throttling-aiobotocore-1.txt", { format: "log", status: undefined }],
["246-aws-newkey-expiredtoken-1.txt", { format: "log", status: undefined }],
["246-aws-polars-glue-headobject-403-1.txt", { format: "log", status: 403 }],
["246-aws-s3-cp-host-down-1.txt", { format: "network-text", status: undefined }],
["246-aws-s3-headobject-403-jupyter-1.txt", { format: "log", status: 403 }],
["246-aws-s3api-expiredtoken-1.txt", { format: "log", status: 400 }],
["246-aws-spark-s3a-403-1.txt", { format: "log", status: 403 }],
["246-aws-sts-expiredtoken-1.txt", { format: "log", status: undefined }],
["246-bitbucket-401-bugwarrior-1.txt", { format: "log", status: 401 }],
["246-bitbucket-401-workspaces-1.txt", { format: "log", status: 401 }],
["246-confluence-500-unknown-macro-1.txt", { format: "json-wrapper", status: 500 }],
["246-discord-429-cloudflare-login-1.txt", { format: "log", status: 429 }],
["246-dropbox-empty-bearer-1.txt", { format: "log", status: 400 }],
["246-gcloud-429-gpu-quota-1.txt", { format: "log", status: 429 }],
["246-gcloud-zone-resource-pool-exhausted-1.txt", null], // AlterValueError
["246-gemini-403-iam-permission-denied-1.txt", { format: "log", status: 403 }],
["246-github-graphql-rate-limited-200-1.txt", null], // AlterValueError
["246-github-secondary-rate-limit-body-1.txt", null], // AlterValueError
["246-gitlab-403-insufficient-scope-1.txt", { format: "log", status: 403 }],
["246-gitlab-403-users-list-1.txt", { format: "log", status: 403 }],
["246-gitlab-503-cloudflare-challenge-1.txt", { format: "log", status: 503 }],
["246-gitlab-504-java-1.txt", { format: "html-page", status: 504 }],
["246-google-bigquery-access-denied-nostatus-1.txt", null], // AlterValueError
["246-google-bq-datatransfer-429-per-minute-1.txt", { format: "log", status: 429 }],
["246-google-drive-invalid-grant-log-1.txt", null], // AlterValueError
["246-graph-pwsh-cert-invalid-1.txt", { format: "network-text", status: undefined }],
["246-hubspot-502-sync-1.txt", { format: "log", status: 502 }],
["246-jira-400-field-cannot-be-set-php-1.txt", { format: "log", status: 400 }],
["246-mailgun-js-etimedout-1.txt", { format: "network-text", status: undefined }],
["246-microsoft-sharepoint-403-pandas-1.txt", { format: "log", status: 403 }],
["246-notion-503-service-unavailable-1.txt", { format: "log", status: 503 }],
["246-notion-504-requests-1.txt", { format: "log", status: 504 }],
["246-openai-400-context-length-embeddings-1.txt", { format: "log", status: 400 }],
["246-openai-httpx-readtimeout-embeddings-1.txt", { format: "network-text", status: undefined }],
["246-openai-insufficient-quota-bash-1.txt", { format: "log", status: 429 }],
["246-postmark-js-etimedout-1.txt", { format: "network-text", status: undefined }],
["246-postmark-net-readtimeout-rollbar-1.txt", { format: "network-text", status: undefined }],
["246-postmark-rails-sidekiq-timeout-1.txt", { format: "network-text", status: undefined }],
["246-probe-aws-throttle-metaflow-pr-prose-1.txt", null], // AlterValueError
["246-probe-bigquery-r-accessdenied-unusual-1.txt", null], // AlterValueError
["246-probe-corsair-sendgrid-429-handler-review-1.txt", null], // AlterValueError
["246-probe-gemini-cli-permission-denied-prose-1.txt", null], // AlterValueError
["246-probe-gh-cli-graphql-rate-limit-1.txt", null], // AlterValueError
["246-probe-github-graphql-docs-issue-1.txt", null], // AlterValueError
["246-probe-graph-503-retry-pr-prose-1.txt", null], // AlterValueError
["246-probe-graph-throttling-docs-1.txt", null], // AlterValueError
["246-probe-hubspot-maintainer-reply-1.txt", null], // AlterValueError
["246-probe-langchain-insufficient-quota-prose-1.txt", null], // AlterValueError
["246-probe-msgraph-python-429-handler-code-1.txt", null], // AlterValueError
["246-probe-notion-retry-feature-request-1.txt", null], // AlterValueError
["246-probe-octokit-secondary-limit-bug-1.txt", null], // AlterValueError
["246-probe-openai-embedder-followup-issue-1.txt", null], // AlterValueError
["246-probe-resend-adapter-spec-1.txt", null], // AlterValueError
["246-probe-s5cmd-slowdown-pr-1.txt", null], // AlterValueError
["246-probe-sendgrid-quota-200-1.txt", { format: "http", status: 200 }],
["246-probe-sendgrid-smtp-550-bounces-1.txt", null], // AlterValueError
["246-probe-slack-retry-header-invalid-1.txt", null], // AlterValueError
["246-probe-twilio-20429-docs-1.txt", null], // AlterValueError
["246-s3-503-slowdown-urllib-1.txt", { format: "log", status: 503 }],
["246-sendgrid-node-403-forbidden-1.txt", { format: "log", status: 403 }],
["246-sendgrid-node-etimedout-1.txt", { format: "network-text", status: undefined }],
["246-sendgrid-powershell-grant-invalid-1.txt", { format: "log", status: 401 }],
["246-sendgrid-python-badrequest-1.txt", { format: "log", status: 400 }],
["246-sendgrid-unauthorized-squashed-1.txt", null], // AlterValueError
["246-slack-ratelimited-sdk-1.txt", { format: "log", status: undefined }],
["246-twilio-php-400-unable-to-connect-1.txt", { format: "log", status: 400 }],
["246-twilio-ruby-504-html-1.txt", { format: "html-page", status: 504 }],
["246-vonage-nonwhitelisted-1.txt", null], // AlterValueError
  // The two-hundred-and-forty-fifth trial's: the six providers from Kotlin and Android apps, AI model APIs beyond OpenAI, the six providers
  // from Ruby and Rails, OAuth and token failures
["245-anthropic-400-prompt-too-long-1.txt", { format: "log", status: 400 }],
["245-anthropic-529-overloaded-retrying-1.txt", { format: "log", status: 529 }],
["245-anthropic-litellm-context-window-1.txt", { format: "log", status: 400 }],
["245-anthropic-litellm-proxy-400-request-id-1.txt", { format: "log", status: 400 }],
["245-anthropic-max-tokens-json-1.txt", null], // AlterValueError
["245-asset-sync-excon-timeskewed-1.txt", { format: "log", status: 403 }],
["245-authlib-invalid-client-400-log-1.txt", null], // AlterValueError
["245-aws-amplify-s3-nosuchkey-1.txt", { format: "log", status: 404 }],
["245-aws-amplify-s3-socket-timeout-1.txt", { format: "network-text", status: undefined }],
["245-aws-cognito-limitexceeded-1.txt", null], // AlterValueError
["245-aws-s3-android-accessdenied-1.txt", { format: "log", status: 403 }],
["245-aws-s3-timetooskewed-sdk-1.txt", { format: "log", status: 403 }],
["245-azure-aadsts700082-json-fragment-1.txt", null], // AlterValueError
["245-box-scribejava-invalid-client-1.txt", null], // AlterValueError
["245-cloudtasker-gax-permission-location-1.txt", { format: "log", status: 403 }],
["245-deepseek-402-insufficient-balance-1.txt", { format: "log", status: 402 }],
["245-dragonfly-s3-xml-skew-1.txt", { format: "log", status: 403 }],
["245-dropbox-forbidden-sandbox-1.txt", { format: "log", status: 403 }],
["245-dropbox-path-not-found-1.txt", { format: "json-body", status: 409 }],
["245-dropbox-unauthorized-session-1.txt", { format: "log", status: 401 }],
["245-dropbox-v1-401-token-expired-1.txt", { format: "log", status: 401 }],
["245-fastmcp-azure-aadsts65001-refresh-1.txt", null], // AlterValueError
["245-firebase-gcs-forbidden-1.txt", null], // AlterValueError
["245-gcloud-search-permission-1.txt", null], // AlterValueError
["245-gemini-400-api-key-invalid-1.txt", { format: "log", status: 400 }],
["245-gemini-api-key-invalid-1.txt", { format: "log", status: 400 }],
["245-gemini-cli-400-api-key-not-found-1.txt", null], // AlterValueError
["245-google-androidpublisher-401-permissiondenied-1.txt", { format: "json-body", status: 401 }],
["245-google-signet-invalid-grant-1.txt", null], // AlterValueError
["245-google-vision-android-client-blocked-1.txt", { format: "log", status: 403 }],
["245-groq-429-tokens-per-day-1.txt", { format: "log", status: 429 }],
["245-hubspot-property-doesnt-exist-1.txt", null], // AlterValueError
["245-huggingface-model-loading-1.txt", { format: "json-body", status: 503 }],
["245-mistral-rate-limit-no-status-1.txt", null], // AlterValueError
["245-ms-identity-web-obo-aadsts70000-1.txt", null], // AlterValueError
["245-msal-android-b2c-grant-expired-1.txt", null], // AlterValueError
["245-msgraph-omniauth-invalid-grant-1.txt", null], // AlterValueError
["245-msgraph-service-unavailable-1.txt", null], // AlterValueError
["245-node-oauth2-server-403-insufficient-scope-1.txt", { format: "json-body", status: 403 }],
["245-omniroute-invalid-request-secret-missing-1.txt", null], // AlterValueError
["245-onedrive-aadsts700082-bare-1.txt", null], // AlterValueError
["245-openai-java-okhttp-timeout-1.txt", { format: "network-text", status: undefined }],
["245-openai-kotlin-connect-timeout-1.txt", { format: "network-text", status: undefined }],
["245-openai-kotlin-context-length-1.txt", null], // AlterValueError
["245-openai-kotlin-socket-timeout-1.txt", { format: "network-text", status: undefined }],
["245-paperclip-s3-slowdown-1.txt", { format: "log", status: 503 }],
["245-perplexity-400-invalid-model-1.txt", { format: "log", status: 400 }],
["245-probe-aws-java-sample-printout-1.txt", { format: "log", status: 403 }],
["245-probe-aws-slowdown-issue-template-1.txt", null], // AlterValueError
["245-probe-carrierwave-dropbox-root-path-1.txt", null], // AlterValueError
["245-probe-claude-code-529-short-form-1.txt", { format: "log", status: 529 }],
["245-probe-cohere-error-codes-pr-changelog-1.txt", null], // AlterValueError
["245-probe-cohere-rate-limit-question-1.txt", null], // AlterValueError
["245-probe-dropbox-507-bug-report-prose-1.txt", null], // AlterValueError
["245-probe-dropbox-pry-code-403-body-conflict-1.txt", { format: "log", status: 404 }],
["245-probe-graph-kotlin-catch-notfound-code-1.txt", null], // AlterValueError
["245-probe-gravatar-issue-title-429-1.txt", null], // AlterValueError
["245-probe-hf-wait-for-model-docs-prose-1.txt", null], // AlterValueError
["245-probe-hubspot-ratelimit-docs-pr-1.txt", null], // AlterValueError
["245-probe-langchain-gemini-readtimeout-log-1.txt", { format: "network-text", status: undefined }],
["245-probe-laravel-client-auth-failed-500-1.txt", { format: "json-body", status: 500 }],
["245-probe-mcp-remote-insufficient-scope-feature-1.txt", null], // AlterValueError
["245-probe-mcp-sdk-pr-invalid-client-1.txt", null], // AlterValueError
["245-probe-okta-docs-insufficient-scope-example-1.txt", null], // AlterValueError
["245-probe-replicate-error-handling-code-1.txt", null], // AlterValueError
["245-probe-rfc6749-invalid-client-spec-pr-1.txt", null], // AlterValueError
["245-probe-ruby-openai-pr-prose-timeout-1.txt", null], // AlterValueError
["245-replicate-422-invalid-version-1.txt", { format: "log", status: 422 }],
["245-replicate-python-422-details-1.txt", { format: "log", status: 422 }],
["245-restforce-inactive-user-1.txt", { format: "log", status: 401 }],
["245-ruby-openai-readtimeout-1.txt", { format: "network-text", status: undefined }],
["245-salesforce-ios-sdk-oauth-log-1.txt", null], // AlterValueError
["245-salesforce-mass-editor-invalid-grant-log-1.txt", null], // AlterValueError
["245-wso2-curl-invalid-request-missing-secret-1.txt", null], // AlterValueError
  // The two-hundred-and-forty-fourth trial's: the six named providers from WordPress plugins, Drupal modules and PHP frameworks; education,
  // research and publishing APIs; the six named providers in monitoring and observability tools' logs; Stripe and PayPal from their SDKs.
["244-amg-assumerole-denied-1.txt", { format: "log", status: 403 }],
["244-arxiv-429-polaris-1.txt", null], // AlterValueError
["244-awsphp-requesttimetooskewed-1.txt", { format: "log", status: 403 }],
["244-bigquery-drive-accessdenied-1.txt", { format: "log", status: 403 }],
["244-canvas-invalid-token-json-1.txt", null], // AlterValueError
["244-classroom-403-php-1.txt", null], // AlterValueError
["244-classroom-insufficient-scopes-1.txt", { format: "log", status: 403 }],
["244-craft-hubspot-hutk-400-1.txt", null], // AlterValueError
["244-crossref-400-query-title-1.txt", null], // AlterValueError
["244-crossref-500-solr-1.txt", null], // AlterValueError
["244-crossref-504-java-1.txt", { format: "log", status: 504 }],
["244-crossref-habanero-500-debug-1.txt", { format: "log", status: 500 }],
["244-cwlogs-go-plugin-throttling-1.txt", { format: "log", status: 400 }],
["244-fluentbit-putlogevents-throttling-1.txt", { format: "log", status: 400 }],
["244-fluentbit-s3-putobject-accessdenied-1.txt", { format: "log", status: 403 }],
["244-fluentd-cw-throttling-flush-1.txt", null], // AlterValueError
["244-fluentd-cw-unrecognizedclient-1.txt", null], // AlterValueError
["244-fluentd-s3-accessdenied-stack-1.txt", null], // AlterValueError
["244-grafana-cw-accessdenied-getawsconfig-1.txt", { format: "log", status: 403 }],
["244-grafana-cw-invalidclienttoken-1.txt", { format: "log", status: 403 }],
["244-grafana-ec2-unauthorizedoperation-1.txt", null], // AlterValueError
["244-grafana-oam-no-such-host-1.txt", { format: "network-text", status: undefined }],
["244-graph-401-invalidtoken-1.txt", { format: "log", status: 401 }],
["244-jetbackup-google-502-1.txt", { format: "html-page", status: 502 }],
["244-mediawiki-s3-accessdenied-1.txt", { format: "log", status: 403 }],
["244-mendeley-401-expired-1.txt", { format: "log", status: 401 }],
["244-moodle-accessexception-1.txt", null], // AlterValueError
["244-moodle-openai-quota-1.txt", { format: "log", status: 429 }],
["244-moodle-openai-timeout-1.txt", null], // AlterValueError
["244-ncbi-rentrez-429-1.txt", { format: "log", status: 429 }],
["244-otel-xray-throttled-permanent-1.txt", null], // AlterValueError
["244-paypal-422-capture-status-1.txt", { format: "log", status: 422 }],
["244-paypal-node-401-printout-1.txt", null], // AlterValueError
["244-paypal-oauth-429-1.txt", { format: "log", status: 429 }],
["244-paypal-php-400-instrument-declined-1.txt", { format: "log", status: 400 }],
["244-paypal-php-401-invalid-client-1.txt", { format: "log", status: 401 }],
["244-paypal-python-unauthorizedaccess-1.txt", { format: "log", status: 401 }],
["244-probe-arxiv-mcp-raw-json-1.txt", null], // AlterValueError
["244-probe-azure-grafana-role-warning-1.txt", null], // AlterValueError
["244-probe-classroom-403-vs-404-prose-1.txt", null], // AlterValueError
["244-probe-dropbox-sdk-catch-code-1.txt", null], // AlterValueError
["244-probe-grafana-azure-metricnamespaces-1.txt", null], // AlterValueError
["244-probe-kanboard-google-iis-403-1.txt", { format: "log", status: 403 }],
["244-probe-osf-mendeley-code-1.txt", null], // AlterValueError
["244-probe-otel-loki-429-1.txt", { format: "log", status: 429 }],
["244-probe-paypal-js-instrument-declined-handler-1.txt", null], // AlterValueError
["244-probe-pytaxize-ratelimit-prose-1.txt", null], // AlterValueError
["244-probe-readme-pr-assumerole-1.txt", { format: "log", status: 403 }],
["244-probe-s2-maintainer-prose-1.txt", null], // AlterValueError
["244-probe-s3uploads-php-warning-1.txt", null], // AlterValueError
["244-probe-sheets-feature-request-prose-1.txt", { format: "log", status: 403 }],
["244-probe-spatie-dropbox-expected-output-1.txt", { format: "log", status: 400 }], // read since round 246 (refused before)
["244-probe-stripe-go-409-then-json-error-1.txt", null], // AlterValueError
["244-probe-stripe-node-unknown-error-nostatus-1.txt", null], // AlterValueError
["244-probe-stripe-python-changelog-legacy-ratelimit-1.txt", null], // AlterValueError
["244-probe-stripe-ruby-idempotency-feature-prose-1.txt", null], // AlterValueError
["244-probe-wp-offload-access-denied-1.txt", null], // AlterValueError
["244-pyzotero-403-attachment-1.txt", { format: "log", status: 403 }],
["244-rismed-eutils-429-1.txt", { format: "log", status: 429 }],
["244-s2-429-backoff-1.txt", { format: "log", status: 429 }],
["244-s2-connectionrefused-429-1.txt", { format: "log", status: 429 }],
["244-sheets-api-key-invalid-1.txt", { format: "log", status: 400 }],
["244-sheets-caller-no-permission-1.txt", { format: "log", status: 403 }],
["244-stripe-android-apiconnection-timeout-1.txt", { format: "network-text", status: undefined }],
["244-stripe-java-connect-timeout-1.txt", { format: "network-text", status: undefined }],
["244-stripe-node-webhook-signature-1.txt", null], // AlterValueError
["244-stripe-php-curl-timeout-1.txt", { format: "network-text", status: undefined }],
["244-stripe-php-legacy-ratelimit-400-1.txt", { format: "log", status: 400 }],
["244-stripe-ruby-apierror-503-1.txt", { format: "log", status: 503 }],
["244-stripe-ruby-idempotency-1.txt", { format: "log", status: 400 }],
["244-symfony-gaufrette-s3-skewed-1.txt", { format: "log", status: 403 }],
["244-trovebox-dropbox-400-oauth-1.txt", { format: "log", status: 400 }],
["244-typo3-openai-500-1.txt", { format: "log", status: 500 }],
["244-wp-offload-s3-skewed-1.txt", { format: "log", status: 403 }],
["244-xcloner-wp-dropbox-log-1.txt", null], // AlterValueError
["244-zotero-cli-403-invalid-key-1.txt", { format: "log", status: 403 }],
  // The two-hundred-and-forty-third trial's: the six named providers from R, MATLAB, Julia and spreadsheet scripts; project management and
  // collaboration APIs; the six named providers from file sync and backup tools; customer support and CRM APIs other than HubSpot.
["243-asana-requests-timeout-1.txt", null], // AlterValueError
["243-askgpt-httr2-429-1.txt", { format: "log", status: 429 }],
["243-atlassian-python-400-create-1.txt", { format: "log", status: 400 }],
["243-atlassian-python-500-put-1.txt", { format: "log", status: 500 }],
["243-aws-s3-accessdenied-list-1.txt", null], // AlterValueError
["243-aws-s3-custom-endpoint-403-1.txt", { format: "log", status: 403 }],
["243-aws-s3-signature-mismatch-1.txt", { format: "log", status: 403 }],
["243-aws-signature-verbose-403-1.txt", { format: "log", status: 403 }],
["243-confluence-publisher-500-1.txt", { format: "log", status: 500 }],
["243-copilot-for-r-400-1.txt", { format: "log", status: 400 }],
["243-duplicati-s3-signature-1.txt", { format: "log", status: 403 }],
["243-duplicity-s3-signature-1.txt", { format: "log", status: 403 }],
["243-figma-403-invalid-scope-1.txt", { format: "log", status: 403 }],
["243-figma-lowcode-429-1.txt", { format: "log", status: 429 }],
["243-figma-mcp-429-1.txt", { format: "log", status: 429 }],
["243-figma-mcp-429-b-1.txt", { format: "log", status: 429 }],
["243-gdrive-cli-invalid-grant-1.txt", { format: "log", status: 400 }],
["243-gdrive-cli-ratelimit-1.txt", { format: "log", status: 403 }],
["243-googledrive-403-scopes-1.txt", { format: "log", status: 403 }],
["243-googledrive-cant-get-credentials-1.txt", null], // AlterValueError
["243-gptstudio-429-insufficient-quota-1.txt", { format: "log", status: 429 }],
["243-gptstudio-429-too-many-1.txt", { format: "log", status: 429 }],
["243-hassio-gdrive-invalid-grant-1.txt", null], // AlterValueError
["243-intercom-500-ruby-1.txt", { format: "log", status: 500 }],
["243-intercom-502-json-parser-1.txt", { format: "html-page", status: 502 }],
["243-intercom-503-ruby-1.txt", { format: "log", status: 503 }],
["243-intercom-504-html-1.txt", { format: "html-page", status: 504 }],
["243-jiracli-unauthorized-traceback-1.txt", null], // AlterValueError
["243-jiraconnector-timeout-1.txt", { format: "network-text", status: undefined }],
["243-kibana-jira-timeout-1.txt", { format: "network-text", status: undefined }],
["243-kodi-gdrive-ratelimit-json-1.txt", { format: "log", status: 403 }],
["243-nextcloud-openai-bad-key-1.txt", { format: "log", status: 401 }],
["243-onedrive-graph-504-1.txt", { format: "curl-v", status: 504 }],
["243-openair-rfc6585-1.txt", null], // AlterValueError
["243-probe-asana-ruby-error-handling-diff-1.txt", null], // AlterValueError
["243-probe-awsjl-pr554-prose-1.txt", null], // AlterValueError
["243-probe-awsjl-pr609-changelog-1.txt", null], // AlterValueError
["243-probe-basecamp-readme-retry-1.txt", null], // AlterValueError
["243-probe-clickup-team-not-authorized-1.txt", null], // AlterValueError
["243-probe-duplicati-pr-msgraph-timeout-1.txt", null], // AlterValueError
["243-probe-enigma-sheets-quota-prose-1.txt", null], // AlterValueError
["243-probe-figma-403-pr-prose-1.txt", null], // AlterValueError
["243-probe-figma-export-rate-limit-nostatus-1.txt", null], // AlterValueError
["243-probe-hassio-auth-server-500-1.txt", { format: "log", status: 500 }],
["243-probe-nextcloud-openai-missing-key-code500-1.txt", null], // AlterValueError
["243-probe-node-zendesk-retry-after-prose-1.txt", null], // AlterValueError
["243-probe-pipedrive-dotnet-status-map-code-1.txt", null], // AlterValueError
["243-probe-posthog-zoho-scope-prose-1.txt", null], // AlterValueError
["243-probe-r-chatgpt-httr-code-1.txt", null], // AlterValueError
["243-probe-rclone-dropbox-grab-locks-1.txt", null], // AlterValueError
["243-probe-rclone-pr-s3-500-prose-1.txt", null], // AlterValueError
["243-probe-rdrop2-409-narrative-1.txt", { format: "log", status: 409 }],
["243-probe-restforce-issue-template-1.txt", null], // AlterValueError
["243-probe-salto-release-note-1.txt", null], // AlterValueError
["243-r-chatgpt-insufficient-quota-nostatus-1.txt", { format: "log", status: 429 }],
["243-r-openai-429-quota-1.txt", { format: "log", status: 429 }],
["243-rclone-drive-invalid-grant-1.txt", { format: "log", status: 400 }],
["243-rclone-s3-timeskew-1.txt", { format: "log", status: 403 }],
["243-restic-s3-bucketexists-denied-1.txt", null], // AlterValueError
["243-s5cmd-timeskew-1.txt", { format: "log", status: 403 }],
["243-salesforce-connecttimeout-simple-1.txt", { format: "network-text", status: undefined }],
["243-salesforce-cumulusci-read-timeout-1.txt", { format: "network-text", status: undefined }],
["243-salesforce-malformed-query-400-table-1.txt", null], // AlterValueError
["243-salesforce-malformed-query-restforce-1.txt", null], // AlterValueError
["243-salesforce-readtimeout-django-1.txt", { format: "network-text", status: undefined }],
["243-salesforce-socket-timeout-java-1.txt", { format: "network-text", status: undefined }],
["243-salesforce-totalrequests-kafka-400-1.txt", null], // AlterValueError
["243-smartsheet-404-1.txt", { format: "log", status: 404 }],
["243-trello-py-unauthorized-1.txt", null], // AlterValueError
["243-zendesk-401-node-1.txt", { format: "log", status: 401 }],
["243-zendesk-502-bad-gateway-csharp-1.txt", { format: "html-page", status: 502 }],
  // The two-hundred-and-forty-second trial's: the six named providers from no-code and low-code tools; telephony, SMS and voice APIs; the
  // six named providers from native iOS apps; video, audio and media APIs.
["242-africastalking-auth-invalid-1.txt", null], // AlterValueError
["242-assemblyai-audio-url-1.txt", null], // AlterValueError
["242-aws-bedrock-expired-token-1.txt", { format: "log", status: 403 }],
["242-aws-s3-errordomain-0-1.txt", null], // AlterValueError
["242-aws-s3-errordomain-5-1.txt", null], // AlterValueError
["242-aws-s3-transferutility-code2-1.txt", null], // AlterValueError
["242-aws-s3-upload-timeout-1.txt", { format: "network-text", status: undefined }],
["242-cloudinary-php-generalerror-1.txt", null], // AlterValueError
["242-deepgram-400-raise-for-status-1.txt", { format: "log", status: 400 }],
["242-deepgram-remote-content-1.txt", null], // AlterValueError
["242-elevenlabs-401-quota-landing-1.txt", null], // AlterValueError
["242-elevenlabs-quota-nostatus-1.txt", null], // AlterValueError
["242-google-calendar-httpstatus-403-1.txt", { format: "log", status: 403 }],
["242-google-signin-id-token-expired-1.txt", null], // AlterValueError
["242-google-tts-ios-client-blocked-1.txt", null], // AlterValueError
["242-infobip-592-not-provisioned-1.txt", null], // AlterValueError
["242-msal-missing-access-token-1.txt", null], // AlterValueError
["242-mux-ruby-404-1.txt", { format: "log", status: 404 }],
["242-n8n-aws-ses-403-1.txt", { format: "log", status: 403 }],
["242-n8n-google-oauth-access-denied-testing-1.txt", { format: "log", status: 403 }],
["242-n8n-graph-forbidden-no-authorization-1.txt", { format: "log", status: 403 }],
["242-n8n-openai-chat-request-timed-out-1.txt", { format: "network-text", status: undefined }],
["242-n8n-openai-timeout-300000ms-1.txt", { format: "network-text", status: undefined }],
["242-n8n-teams-trigger-graph-subscription-badrequest-1.txt", { format: "log", status: 400 }],
["242-openai-429-cleverbird-like-aiwriter-1.txt", { format: "log", status: 429 }],
["242-openaiswift-error-1-1.txt", null], // AlterValueError
["242-plivo-rest-500-log-1.txt", null], // AlterValueError
["242-probe-assemblyai-proposed-message-1.txt", null], // AlterValueError
["242-probe-aws-s3-status-question-1.txt", null], // AlterValueError
["242-probe-beets-spotify-429-code-1.txt", null], // AlterValueError
["242-probe-blog-make-openai-429-1.txt", { format: "log", status: 429 }],
["242-probe-botpress-vonage-429-prose-1.txt", null], // AlterValueError
["242-probe-dropbox-timeout-feature-request-1.txt", null], // AlterValueError
["242-probe-google-signin-access-denied-request-1.txt", null], // AlterValueError
["242-probe-livekit-deepgram-pr-1.txt", null], // AlterValueError
["242-probe-macpaw-decoding-keynotfound-1.txt", null], // AlterValueError
["242-probe-make-docs-accountvalidationerror-1.txt", null], // AlterValueError
["242-probe-mux-connector-review-1.txt", null], // AlterValueError
["242-probe-n8n-issue-template-yes-403-1.txt", null], // AlterValueError
["242-probe-n8n-pr-openai-timeout-summary-1.txt", null], // AlterValueError
["242-probe-openai-quota-prose-1.txt", null], // AlterValueError
["242-probe-pipedream-hubspot-repro-steps-1.txt", null], // AlterValueError
["242-probe-plivo-changelog-429-1.txt", null], // AlterValueError
["242-probe-telnyx-404-prose-1.txt", null], // AlterValueError
["242-probe-twilio-debugger-11205-1.txt", { format: "network-text", status: undefined }],
["242-probe-twitch-ratelimit-warning-1.txt", null], // AlterValueError
["242-probe-vonage-authorizationerror-1.txt", null], // AlterValueError
["242-sendinblue-sms-400-1.txt", { format: "log", status: 400 }],
["242-spotify-401-no-token-1.txt", { format: "log", status: 401 }],
["242-spotify-mcp-invalid-client-1.txt", null], // AlterValueError
["242-spotipy-premium-required-1.txt", { format: "log", status: 403 }],
["242-twilio-node-esockettimedout-1.txt", { format: "network-text", status: undefined }],
["242-twilio-node-etimedout-1.txt", { format: "network-text", status: undefined }],
["242-twilio-php-connect-timeout-1.txt", { format: "network-text", status: undefined }],
["242-twilio-sip-503-1.txt", { format: "log", status: 503 }],
["242-vscode-spotify-403-json-1.txt", { format: "log", status: 403 }],
["242-youtube-gdata-quota-1.txt", { format: "log", status: 403 }],
["242-youtube-php-resumable-500-1.txt", { format: "log", status: 500 }],
["242-youtube-upload-httpstatus-403-1.txt", { format: "log", status: 403 }],
  // The two-hundred-and-forty-first trial's: the six named providers from Rust, Elixir, Scala and Haskell programs; logistics, IoT and
  // device-cloud APIs; the six named providers from serverless functions; search, analytics and product-analytics APIs.
["241-algolia-hexo-too-many-requests-1.txt", null], // AlterValueError
["241-amazonka-iot-404-notfound-1.txt", { format: "log", status: 404 }],
["241-amazonka-s3-404-servicerror-1.txt", { format: "log", status: 404 }],
["241-amazonka-sqs-400-incompletesignature-1.txt", { format: "log", status: 400 }],
["241-aws-sdk-rust-dispatch-timeout-1.txt", { format: "network-text", status: undefined }],
["241-azure-functions-table-403-1.txt", { format: "log", status: 403 }],
["241-bigquery-free-bytes-quota-1.txt", null], // AlterValueError
["241-cfn-lambda-create-s3-403-1.txt", { format: "log", status: 403 }],
["241-codex-429-retry-limit-1.txt", { format: "log", status: 429 }],
["241-es-bulk-item-429-rejected-1.txt", null], // AlterValueError
["241-es-php-forbidden403-log-1.txt", { format: "log", status: 403 }],
["241-es-security-exception-403-json-1.txt", { format: "log", status: 403 }],
["241-exaws-nxdomain-1.txt", { format: "network-text", status: undefined }],
["241-ga-reporting-quota-daily-1.txt", null], // AlterValueError
["241-google-apis-rs-gmail-400-failedprecondition-1.txt", { format: "log", status: 400 }],
["241-graph-request-resourcenotfound-1.txt", null], // AlterValueError
["241-hue-408-timeout-local-1.txt", { format: "log", status: 408 }],
["241-hue-etimedout-homebridge-1.txt", { format: "network-text", status: undefined }],
["241-lambda-accessdenied-trace-1.txt", null], // AlterValueError
["241-lambda-invoke-429-rate-exceeded-1.txt", { format: "log", status: 429 }],
["241-lambda-s3-accessdenied-json-1.txt", null], // AlterValueError
["241-lambda-ses-forwarder-copyobject-log-1.txt", { format: "log", status: 403 }],
["241-meili-invalid-api-key-js-1.txt", { format: "log", status: 403 }],
["241-meili-missing-auth-header-curl-1.txt", null], // AlterValueError
["241-meili-php-invalid-key-1.txt", null], // AlterValueError
["241-mixpanel-etimedout-1.txt", { format: "network-text", status: undefined }],
["241-netlify-google-sheets-401-1.txt", { format: "log", status: 401 }],
["241-netlify-google-sheets-apikey-400-1.txt", { format: "log", status: 400 }],
["241-particle-invalid-token-cli-1.txt", null], // AlterValueError
["241-probe-bq-ratelimit-403-prose-1.txt", null], // AlterValueError
["241-probe-es-example-403-in-comment-1.txt", null], // AlterValueError
["241-probe-hue-500-maintainer-prose-1.txt", null], // AlterValueError
["241-probe-hue-aiohue-retry-debug-1.txt", null], // AlterValueError
["241-probe-issue-template-rate-limit-1.txt", null], // AlterValueError
["241-probe-ocr-function-invocation-timeolt-1.txt", null], // AlterValueError
["241-probe-opendal-dropbox-review-1.txt", null], // AlterValueError
["241-probe-particle-setup-misleading-network-1.txt", null], // AlterValueError
["241-probe-posthog-capture-key-table-1.txt", null], // AlterValueError
["241-probe-pr-dropbox-not-found-handling-1.txt", null], // AlterValueError
["241-probe-rapidpro-status-docs-diff-1.txt", null], // AlterValueError
["241-probe-rusoto-httpdispatch-question-1.txt", null], // AlterValueError
["241-probe-rusoto-pr-throttling-display-1.txt", null], // AlterValueError
["241-probe-segment-docs-400-prose-1.txt", null], // AlterValueError
["241-probe-spec-log-429-requirement-1.txt", null], // AlterValueError
["241-probe-tensorzero-gateway-ratelimit-1.txt", null], // AlterValueError
["241-probe-vercel-docs-quote-timeout-1.txt", null], // AlterValueError
["241-probe-withings-601-pr-description-1.txt", { format: "log", status: 401 }],
["241-probe-withings-spec-prose-1.txt", null], // AlterValueError
["241-probe-yup-oauth2-token-lacks-fields-1.txt", null], // AlterValueError
["241-ring-406-got-1.txt", { format: "log", status: 406 }],
["241-ring-refresh-token-401-1.txt", { format: "log", status: 401 }],
["241-rusoto-s3-requesttimeout-1.txt", { format: "log", status: 400 }],
["241-rust-goauth-fcm-401-invalid-token-1.txt", { format: "log", status: 401 }],
["241-segment-android-400-1.txt", { format: "log", status: 400 }],
["241-smartthings-403-aiohttp-1.txt", { format: "log", status: 403 }],
["241-smartthings-403-setup-retry-1.txt", { format: "log", status: 403 }],
["241-smartthings-422-constraint-1.txt", { format: "log", status: 422 }],
["241-smartthings-accessdenied-nostatus-1.txt", null], // AlterValueError
["241-smartthings-webhook-405-1.txt", null], // AlterValueError
["241-snowflake-ingest-jwt-401-py-1.txt", { format: "log", status: 401 }],
["241-snowflake-jdbc-jwt-java-1.txt", null], // AlterValueError
["241-snowflake-jwt-emqx-log-1.txt", null], // AlterValueError
["241-sonos-401-invalid-access-token-1.txt", { format: "log", status: 401 }],
["241-sonos-404-unsupported-namespace-1.txt", { format: "log", status: 404 }],
["241-tuya-token-expired-1010-1.txt", null], // AlterValueError
["241-ups-250003-php-1.txt", null], // AlterValueError
["241-vercel-edge-timeout-openai-chat-1.txt", { format: "log", status: 504 }],
["241-vercel-function-invocation-timeout-1.txt", null], // AlterValueError
["241-vercel-timeout-openai-tool-1.txt", null], // AlterValueError
["241-yup-oauth2-invalid-grant-jwt-1.txt", null], // AlterValueError
  // The two-hundred-and-fortieth trial's: the six named providers from .NET and C# applications; identity and auth providers' APIs; the six
  // named providers from browser front-ends and single-page apps; headless CMS and content platform APIs.
["240-aadgraph-odata-authz-denied-1.txt", null], // AlterValueError
["240-airtable-422-appsmith-1.txt", null], // AlterValueError
["240-airtable-422-dotnet-1.txt", { format: "log", status: 422 }],
["240-airtable-422-log-1.txt", { format: "log", status: 422 }],
["240-auth0-rn-invalid-grant-403-1.txt", { format: "json-body", status: 403 }],
["240-aws-dynamodb-curl-peer-failure-1.txt", { format: "network-text", status: undefined }],
["240-aws-dynamodb-throughput-exceeded-1.txt", { format: "log", status: 400 }],
["240-aws-ec2-browser-400-1.txt", { format: "log", status: 400 }],
["240-aws-s3-preflight-403-cors-1.txt", { format: "network-text", status: undefined }],
["240-chatgpt-429-too-many-1.txt", { format: "log", status: 429 }],
["240-cognito-arctic-invalid-client-1.txt", null], // AlterValueError
["240-cognito-idpresponse-redirect-400-1.txt", null], // AlterValueError
["240-contentful-econnreset-1.txt", { format: "network-text", status: undefined }],
["240-dropbox-connect-timeout-1.txt", { format: "network-text", status: undefined }],
["240-entra-aadsts70011-json-1.txt", null], // AlterValueError
["240-entra-guzzle-400-invalid-scope-1.txt", { format: "log", status: 400 }],
["240-entra-restclient-aadsts70011-nostatus-1.txt", null], // AlterValueError
["240-entra-throttled-pipeline-log-1.txt", null], // AlterValueError
["240-entra-throttled-sqlclient-1.txt", null], // AlterValueError
["240-firebase-admin-py-reset-password-limit-1.txt", null], // AlterValueError
["240-firebase-quota-exceeded-1.txt", null], // AlterValueError
["240-ghost-401-log-1.txt", null], // AlterValueError
["240-ghost-invalid-jwt-1.txt", null], // AlterValueError
["240-google-drive-invalid-credentials-401-1.txt", { format: "json-body", status: 401 }],
["240-google-drive-notfound-404-1.txt", { format: "log", status: 404 }],
["240-google-drive-rate-limit-403-1.txt", { format: "log", status: 403 }],
["240-google-oauth-invalid-grant-1.txt", null], // AlterValueError
["240-google-unauthenticated-401-1.txt", { format: "json-body", status: 401 }],
["240-graph-authz-denied-forbidden-1.txt", { format: "log", status: 403 }],
["240-hubspot-forms-400-1.txt", { format: "log", status: 400 }],
["240-keycloak-admin-401-server-log-1.txt", { format: "log", status: 401 }],
["240-keycloak-admin-403-forbidden-log-1.txt", { format: "log", status: 403 }],
["240-keycloak-invalid-client-assertion-1.txt", null], // AlterValueError
["240-msal-interaction-required-b2c-1.txt", null], // AlterValueError
["240-msal-live-redirect-uri-invalid-1.txt", null], // AlterValueError
["240-msgraph-aadsts90023-cross-origin-1.txt", null], // AlterValueError
["240-notion-401-httpx-1.txt", { format: "log", status: 401 }],
["240-notion-v3-401-1.txt", { format: "log", status: 401 }],
["240-okta-auth-state-not-allowed-1.txt", null], // AlterValueError
["240-openai-axios-429-1.txt", { format: "log", status: 429 }],
["240-openai-dotnet-clientresult-400-1.txt", { format: "log", status: 400 }],
["240-openai-dotnet-httpclient-timeout-1.txt", { format: "network-text", status: undefined }],
["240-openai-failed-to-fetch-1.txt", { format: "network-text", status: undefined }],
["240-prismic-503-1.txt", { format: "log", status: 503 }],
["240-prismic-etimedout-1.txt", { format: "network-text", status: undefined }],
["240-prismic-graphql-500-1.txt", { format: "log", status: 500 }],
["240-prismic-ruby-opentimeout-1.txt", { format: "network-text", status: undefined }],
["240-probe-contentful-ratelimit-message-1.txt", null], // AlterValueError
["240-probe-contentful-retry-warning-1.txt", null], // AlterValueError
["240-probe-dropbox-prose-409-1.txt", null], // AlterValueError
["240-probe-firebase-issue-429-signout-1.txt", null], // AlterValueError
["240-probe-gcloud-vision-ratelimit-code-1.txt", null], // AlterValueError
["240-probe-google-userratelimit-question-1.txt", null], // AlterValueError
["240-probe-googleapi-retry-after-feature-1.txt", null], // AlterValueError
["240-probe-graph-429-maintainer-answer-1.txt", null], // AlterValueError
["240-probe-graph-outlook-throttle-headers-1.txt", null], // AlterValueError
["240-probe-hubspot-prose-403-1.txt", null], // AlterValueError
["240-probe-keycloak-409-prose-failure-1.txt", null], // AlterValueError
["240-probe-keycloak-issue-invalid-client-status-1.txt", null], // AlterValueError
["240-probe-msal-code-handling-1.txt", null], // AlterValueError
["240-probe-msal-pr-error-definition-1.txt", null], // AlterValueError
["240-probe-notion-v3-task-failure-1.txt", null], // AlterValueError
["240-probe-okta-support-article-e0000011-1.txt", null], // AlterValueError
["240-probe-oneuptime-cognito-notauthorized-blog-1.txt", null], // AlterValueError
["240-probe-sanity-network-cors-1.txt", null], // AlterValueError
["240-probe-strapi-docs-forbidden-1.txt", null], // AlterValueError
["240-probe-unsafe-header-console-1.txt", null], // AlterValueError
["240-sanity-401-session-1.txt", { format: "log", status: 401 }],
["240-storyblok-gatsby-401-1.txt", { format: "log", status: 401 }],
["240-storyblok-mapi-401-1.txt", { format: "log", status: 401 }],
["240-wp-rest-nonce-403-1.txt", { format: "log", status: 403 }],
  // The two-hundred-and-thirty-ninth trial's: the six named providers from Go services and CLIs; e-commerce and marketplace APIs; the six
  // named providers from Java and Spring services; developer tooling and CI/CD APIs.
["239-aws-connect-timeout-sdkclient-1.txt", { format: "network-text", status: undefined }],
["239-aws-ecs-accessdeniedexception-400-1.txt", { format: "log", status: 400 }],
["239-aws-info-sockettimeout-1.txt", { format: "network-text", status: undefined }],
["239-aws-lambda-expiredtokenexception-v2-1.txt", { format: "log", status: 403 }],
["239-aws-s3-accessdenied-v1-1.txt", { format: "log", status: 403 }],
["239-aws-s3-dial-timeout-1.txt", { format: "network-text", status: undefined }],
["239-aws-sqs-expiredtoken-1.txt", { format: "log", status: 403 }],
["239-aws-v110-amazonclientexception-timeout-1.txt", { format: "network-text", status: undefined }],
["239-bigcommerce-504-1.txt", { format: "log", status: 504 }],
["239-datadog-service-catalog-403-1.txt", { format: "log", status: 403 }],
["239-datadog-terraformer-403-1.txt", { format: "log", status: 403 }],
["239-docker-hub-toomanyrequests-1.txt", { format: "log", status: 429 }],
["239-dropbox-restricted-content-rclone-1.txt", { format: "log", status: 409 }],
["239-dynamodb-pool-timeout-1.txt", { format: "network-text", status: undefined }],
["239-ebay-finding-500-guzzle-1.txt", { format: "log", status: 500 }],
["239-ebay-unknown-operation-1.txt", null], // AlterValueError
["239-etsy-403-shared-secret-1.txt", { format: "log", status: 403 }],
["239-etsy-urllib2-500-domain-1.txt", { format: "log", status: 500 }],
["239-gcp-compute-400-invalidparameter-1.txt", { format: "log", status: 400 }],
["239-gcp-sql-400-invalidinstanceproperty-1.txt", { format: "log", status: 400 }],
["239-gdrive-ratelimit-403-1.txt", { format: "log", status: 403 }],
["239-gh-cli-workflow-dispatch-403-1.txt", { format: "log", status: 403 }],
["239-github-dispatch-curl-json-1.txt", null], // AlterValueError
["239-gitlab-503-browser-check-1.txt", { format: "log", status: 503 }],
["239-gitlab-trigger-404-1.txt", { format: "log", status: 404 }],
["239-google-analytics-403-ratelimit-1.txt", { format: "log", status: 403 }],
["239-google-http-500-signin-1.txt", { format: "log", status: 500 }],
["239-google-oauth2-invalid-grant-1.txt", { format: "log", status: 400 }],
["239-graph-compacttoken-nostatus-1.txt", null], // AlterValueError
["239-jenkins-crumb-403-1.txt", { format: "log", status: 403 }],
["239-msgraph-429-terraform-1.txt", { format: "log", status: 429 }],
["239-newrelic-istio-403-1.txt", { format: "log", status: 403 }],
["239-npm-e403-security-policy-1.txt", { format: "log", status: 403 }],
["239-npm-e429-setup-node-1.txt", { format: "log", status: 429 }],
["239-npm-etimedout-1.txt", { format: "network-text", status: undefined }],
["239-openai-500-gh-models-1.txt", { format: "log", status: 500 }],
["239-probe-aws-go-changelog-1.txt", null], // AlterValueError
["239-probe-aws-go-retry-quota-1.txt", null], // AlterValueError
["239-probe-bigquery-403-retry-comment-1.txt", null], // AlterValueError
["239-probe-datadogpy-invalid-json-forbidden-html-1.txt", { format: "html-page", status: 403 }],
["239-probe-docker-docs-troubleshoot-diff-1.txt", null], // AlterValueError
["239-probe-dropbox-504-feature-request-1.txt", null], // AlterValueError
["239-probe-easypost-status-undefined-1.txt", null], // AlterValueError
["239-probe-ebay-lms-xml-1008-1.txt", null], // AlterValueError
["239-probe-etsy-pr-description-table-1.txt", { format: "log", status: 403 }],
["239-probe-fiat-pr-google-403-1.txt", null], // AlterValueError
["239-probe-go-code-authorization-requestdenied-1.txt", null], // AlterValueError
["239-probe-google-drive-docs-403-list-1.txt", null], // AlterValueError
["239-probe-google-oauth-403-rate-limit-page-1.txt", { format: "log", status: 403 }],
["239-probe-graph-npe-from-401-1.txt", null], // AlterValueError
["239-probe-magento-webapi-report-prose-1.txt", null], // AlterValueError
["239-probe-msgraph-go-vague-error-1.txt", null], // AlterValueError
["239-probe-newrelic-deployment-forbidden-1.txt", null], // AlterValueError
["239-probe-sentry-rate-limit-body-1.txt", null], // AlterValueError
["239-probe-square-ratelimit-prose-1.txt", null], // AlterValueError
["239-probe-tfe-unauthorized-no-status-1.txt", null], // AlterValueError
["239-python-gitlab-500-1.txt", { format: "log", status: 500 }],
["239-s3-403-grails-log-1.txt", { format: "log", status: 403 }],
["239-s3-accessdenied-storm-1.txt", { format: "log", status: 403 }],
["239-s3-accessdenied-title-1.txt", { format: "log", status: 403 }],
["239-s3-geturl-pool-timeout-1.txt", { format: "network-text", status: undefined }],
["239-sentry-cli-413-1.txt", { format: "log", status: 413 }],
["239-shipengine-node-timeout-1.txt", null], // AlterValueError
["239-shippo-ruby-400-version-1.txt", { format: "log", status: 400 }],
["239-spapi-403-guzzle-truncated-1.txt", { format: "log", status: 403 }],
["239-spapi-403-python-headers-1.txt", { format: "log", status: 403 }],
["239-spapi-500-internalfailure-1.txt", { format: "log", status: 500 }],
["239-spapi-internalfailure-nostatus-1.txt", null], // AlterValueError
["239-spapi-quotaexceeded-lowercase-1.txt", null], // AlterValueError
["239-square-auth-header-nostatus-1.txt", null], // AlterValueError
["239-ssm-lambda-connect-timeout-1.txt", { format: "network-text", status: undefined }],
["239-woo-php-curl-timeout-1.txt", { format: "network-text", status: undefined }],
["239-woo-python-readtimeout-1.txt", { format: "network-text", status: undefined }],
  // The two-hundred-and-thirty-eighth trial's: the six named providers from Kubernetes operators and container workloads; ticketing,
  // forms and survey APIs; the six named providers from home automation integrations; translation, speech and vision APIs.
  ["238-aws-autoscaler-kube-aws-boto-validationerror-1.txt", { format: "log", status: undefined }],
  ["238-aws-certmanager-lego-route53-listhostedzones-denied-1.txt", null], // AlterValueError
  ["238-aws-certmanager-sdkv1-route53-accessdenied-nostatus-1.txt", null], // AlterValueError
  ["238-aws-certmanager-sdkv2-route53-accessdenied-1.txt", { format: "log", status: 403 }],
  ["238-aws-crossplane-kms-alias-alreadyexists-1.txt", null], // AlterValueError
  ["238-aws-crossplane-upjet-msk-409-conflict-1.txt", { format: "log", status: 409 }],
  ["238-aws-crossplane-upjet-msk-accessdenied-403-1.txt", { format: "log", status: 403 }],
  ["238-aws-externaldns-route53-throttling-nostatus-id-1.txt", { format: "log", status: 400 }],
  ["238-aws-externaldns-sdkv1-route53-invalidchangebatch-delete-1.txt", null], // AlterValueError
  ["238-aws-externaldns-sdkv2-route53-invalidchangebatch-1.txt", { format: "log", status: 400 }],
  ["238-aws-homeassistant-polly-parameter-validation-1.txt", null], // AlterValueError
  ["238-aws-textract-boto-accessdenied-1.txt", { format: "log", status: undefined }],
  ["238-aws-textract-js-v3-invalidparameter-1.txt", null], // AlterValueError
  ["238-aws-velero-s3-accessdenied-bsl-1.txt", { format: "log", status: 403 }],
  ["238-azure-translator-flask-python-dict-401000-1.txt", null], // AlterValueError
  ["238-azure-translator-textractor-401000-1.txt", { format: "log", status: 401 }],
  ["238-clarifai-python-10020-bad-request-1.txt", { format: "log", status: 400 }],
  ["238-deepl-requests-429-jsonrpc-1.txt", { format: "log", status: 429 }],
  ["238-dropbox-hassio-dropbox-sync-chunked-upload-failed-1.txt", null], // AlterValueError
  ["238-google-externaldns-insufficient-scopes-1.txt", { format: "log", status: 403 }],
  ["238-google-hassio-drive-backup-403-storage-quota-1.txt", null], // AlterValueError
  ["238-google-homeassistant-calendar-401-unauthorized-1.txt", { format: "log", status: 401 }],
  ["238-google-homeassistant-calendar-oauth2client-invalid-client-1.txt", null], // AlterValueError
  ["238-google-homeassistant-homegraph-reportstate-404-1.txt", { format: "log", status: 404 }],
  ["238-google-homeassistant-homegraph-requestsync-404-1.txt", { format: "log", status: 404 }],
  ["238-google-nodered-viseo-spreadsheet-404-html-1.txt", { format: "html-page", status: 404 }],
  ["238-google-translate-codelab-403-android-blocked-1.txt", { format: "json-body", status: 403 }],
  ["238-google-translate-intellij-plugin-403-1.txt", { format: "log", status: 403 }],
  ["238-google-translate-json-autotranslate-user-rate-limit-1.txt", { format: "log", status: 403 }],
  ["238-google-translate-php-guzzle-429-1.txt", { format: "log", status: 429 }],
  ["238-google-translate-php-uncaught-429-html-1.txt", { format: "log", status: 429 }],
  ["238-google-translate-rocketchat-403-referer-blocked-1.txt", { format: "log", status: 403 }],
  ["238-google-velero-caller-no-permission-1.txt", { format: "log", status: 403 }],
  ["238-google-velero-gcs-storage-objects-create-403-1.txt", { format: "log", status: 403 }],
  ["238-googleforms-apps-script-openbyurl-1.txt", null], // AlterValueError
  ["238-googleforms-browser-formresponse-404-1.txt", { format: "log", status: 404 }],
  ["238-googleforms-browser-formresponse-404-b-1.txt", { format: "log", status: 404 }],
  ["238-msgraph-hassio-onedrive-backup-odataerror-invalid-request-1.txt", null], // AlterValueError
  ["238-msgraph-homeassistant-todo-401-invalidauthenticationtoken-1.txt", { format: "log", status: 401 }],
  ["238-openai-ha-ai-automation-suggester-401-logger-1.txt", { format: "log", status: 401 }],
  ["238-openai-hass-chatgpt-insufficient-quota-body-1.txt", { format: "json-body", status: 429 }],
  ["238-openai-homeassistant-conversation-401-invalid-api-key-1.txt", { format: "log", status: 401 }],
  ["238-probe-asg-scaling-activity-success-response-1.txt", null], // AlterValueError
  ["238-probe-azure-translation-errorcode-type-1.txt", null], // AlterValueError
  ["238-probe-azure-translator-status-codes-doc-1.txt", null], // AlterValueError
  ["238-probe-clarifai-status-code-summary-1.txt", null], // AlterValueError
  ["238-probe-eventbrite-success-events-list-1.txt", null], // AlterValueError
  ["238-probe-externaldns-helm-values-1.txt", null], // AlterValueError
  ["238-probe-google-homegraph-reportstate-success-1.txt", null], // AlterValueError
  ["238-probe-ha-llmvision-pr-backoff-description-1.txt", null], // AlterValueError
  ["238-probe-hassio-drive-backup-maintainer-quota-prose-1.txt", null], // AlterValueError
  ["238-probe-homeassistant-google-assistant-config-yaml-1.txt", null], // AlterValueError
  ["238-probe-lego-route53-iam-policy-1.txt", null], // AlterValueError
  ["238-probe-onedrive-maintainer-429-not-a-bug-1.txt", null], // AlterValueError
  ["238-probe-qualtrics-18f-bug-template-1.txt", null], // AlterValueError
  ["238-probe-qualtrics-support-500-explanation-1.txt", null], // AlterValueError
  ["238-probe-rekognition-botocore-throttlingexception-doc-1.txt", null], // AlterValueError
  ["238-probe-route53-list-records-success-1.txt", null], // AlterValueError
  ["238-probe-screenpipe-deepgram-retry-pr-1.txt", null], // AlterValueError
  ["238-probe-surveymonkey-r-ratelimit-code-1.txt", null], // AlterValueError
  ["238-probe-ticketmaster-rate-limit-docs-1.txt", null], // AlterValueError
  ["238-probe-velero-gcloud-iam-roles-output-1.txt", null], // AlterValueError
  ["238-qualtrics-qualtrics-r-400-all-surveys-1.txt", { format: "log", status: 400 }],
  ["238-qualtrics-qualtrics-r-400-fetch-survey-1.txt", { format: "log", status: 400 }],
  ["238-qualtrics-qualtrics-r-400-short-1.txt", { format: "log", status: 400 }],
  ["238-qualtrics-qualtrics-r-500-after-retries-1.txt", { format: "log", status: 500 }],
  ["238-surveymonkey-android-sdk-code7-1.txt", null], // AlterValueError
  ["238-surveymonkey-ios-sdk-plan-limit-1.txt", null], // AlterValueError
  ["238-surveymonkey-ios-sdk-unsupported-url-1.txt", null], // AlterValueError
  ["238-ticketmaster-discovery-invalid-apikey-1.txt", null], // AlterValueError
  ["238-typeform-airbyte-404-me-1.txt", { format: "log", status: 404 }],
  // The two-hundred-and-thirty-seventh trial's: the six named providers from automation scripts; healthcare, government and open
  // data APIs; the six named providers from LLM frameworks and agents; crypto and web3 APIs.
  ["237-alchemy-go-compute-units-exceeded-1.txt", null], // AlterValueError
  ["237-appscript-urlfetch-403-appspot-1.txt", { format: "log", status: 403 }],
  ["237-athenahealth-fhir-401-not-authorized-1.txt", { format: "log", status: 401 }],
  ["237-aws-cli-cloudformation-cloudwatch-throttling-1.txt", { format: "log", status: 400 }],
  ["237-aws-crewai-litellm-bedrock-403-converse-1.txt", { format: "log", status: 403 }],
  ["237-aws-dify-bedrock-accessdenied-model-1.txt", null], // AlterValueError
  ["237-aws-idp-bedrock-accessdenied-invokemodel-1.txt", { format: "log", status: undefined }],
  ["237-aws-langchain-s3fileloader-403-headobject-1.txt", { format: "log", status: 403 }],
  ["237-aws-marrvel-bedrock-throttling-too-many-tokens-1.txt", null], // AlterValueError
  ["237-binance-axios-ticker-ip-banned-1.txt", null], // AlterValueError
  ["237-binance-node-binance-api-node-ip-banned-1.txt", { format: "log", status: 418 }],
  ["237-binance-postman-signature-invalid-1022-1.txt", null], // AlterValueError
  ["237-binance-profittrailer-ip-banned-1003-1.txt", null], // AlterValueError
  ["237-binance-python-binance-ip-ban-1003-1.txt", { format: "log", status: 418 }],
  ["237-coinbase-dotnet-flurl-401-1.txt", { format: "log", status: 401 }],
  ["237-coinbase-node-authentication-error-json-1.txt", null], // AlterValueError
  ["237-coinbase-pro-node-http-400-invalid-signature-1.txt", { format: "log", status: 400 }],
  ["237-coinbase-python-invalid-signature-1.txt", { format: "log", status: 401 }],
  ["237-coingecko-okhttp-429-retry-after-1.txt", { format: "log", status: 429 }],
  ["237-coingecko-pycoingecko-429-traceback-1.txt", { format: "json-body", status: 429 }],
  ["237-companies-house-invalid-authorization-1.txt", null], // AlterValueError
  ["237-dropbox-rdrop2-expired-access-token-1.txt", { format: "log", status: 401 }],
  ["237-etherscan-http200-notok-max-rate-limit-1.txt", null], // AlterValueError
  ["237-fhir-bridge-422-operationoutcome-1.txt", { format: "log", status: 422 }],
  ["237-fhir-epic-smart-client-invalid-grant-1.txt", null], // AlterValueError
  ["237-google-langchain-drive-refresherror-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["237-graph-invoke-restmethod-403-log-1.txt", { format: "log", status: 403 }],
  ["237-graph-pnp-powershell-forbidden-1.txt", { format: "log", status: 403 }],
  ["237-graph-powershell-403-writelog-1.txt", { format: "log", status: 403 }],
  ["237-infura-ethers-v5-timeout-daily-cap-1.txt", null], // AlterValueError
  ["237-infura-jsonrpc-project-rate-exceeded-backoff-1.txt", null], // AlterValueError
  ["237-m365-healthreport-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["237-moralis-fetch-api-key-missing-1.txt", null], // AlterValueError
  ["237-nhs-ers-fhir-forbidden-business-function-1.txt", null], // AlterValueError
  ["237-openai-autocoderover-401-invalid-api-key-1.txt", { format: "log", status: 401 }],
  ["237-openai-curl-insufficient-quota-1.txt", { format: "json-body", status: 429 }],
  ["237-openai-dify-plugin-503-req-id-1.txt", { format: "log", status: 503 }],
  ["237-openai-flowise-langchainjs-429-1.txt", { format: "log", status: 429 }],
  ["237-openai-gpt-pilot-429-tokens-per-min-1.txt", { format: "log", status: 429 }],
  ["237-openai-proxy-insufficient-quota-code-null-1.txt", { format: "log", status: 429 }],
  ["237-openai-renpy-401-invalid-api-key-1.txt", { format: "log", status: 401 }],
  ["237-openai-requests-429-completions-1.txt", { format: "log", status: 429 }],
  ["237-openai-semantic-kernel-copilotchat-403-1.txt", { format: "log", status: 403 }],
  ["237-openai-semantic-kernel-dalle-401-unauthorized-1.txt", null], // AlterValueError
  ["237-openai-shellgpt-deno-insufficient-quota-1.txt", { format: "json-body", status: 429 }],
  ["237-osm-nominatim-geocoder-osm-403-1.txt", { format: "log", status: 403 }],
  ["237-osm-nominatim-geopy-insufficient-privileges-403-1.txt", { format: "log", status: 403 }],
  ["237-osm-overpass-html-rate-limited-another-request-1.txt", null], // AlterValueError
  ["237-osm-overpass-turbo-timeout-server-busy-1.txt", null], // AlterValueError
  ["237-osm-website-overpass-too-many-requests-1.txt", null], // AlterValueError
  ["237-probe-alphawallet-coingecko-error-enum-1.txt", null], // AlterValueError
  ["237-probe-api-data-gov-changelog-429-1.txt", null], // AlterValueError
  ["237-probe-appscript-rate-limit-client-code-1.txt", null], // AlterValueError
  ["237-probe-appscript-retry-guide-table-1.txt", null], // AlterValueError
  ["237-probe-binance-exchangeinfo-ratelimits-and-handler-1.txt", null], // AlterValueError
  ["237-probe-companies-house-auth-guide-1.txt", null], // AlterValueError
  ["237-probe-crewai-rate-limit-feature-request-1.txt", null], // AlterValueError
  ["237-probe-crytic-etherscan-ratelimit-pr-description-1.txt", null], // AlterValueError
  ["237-probe-dpc-create-status-mapping-1.txt", null], // AlterValueError
  ["237-probe-embedchain-dropbox-loader-success-output-1.txt", null], // AlterValueError
  ["237-probe-hapi-fhir-status-code-docs-1.txt", null], // AlterValueError
  ["237-probe-haystack-retry-openaierror-pr-1.txt", null], // AlterValueError
  ["237-probe-hubspot-429-blog-summary-1.txt", null], // AlterValueError
  ["237-probe-hubspot-search-limit-doc-quote-1.txt", null], // AlterValueError
  ["237-probe-infura-ethers-default-key-notice-1.txt", null], // AlterValueError
  ["237-probe-langchain-bedrock-throttling-handler-diff-1.txt", null], // AlterValueError
  ["237-probe-llamahub-hubspot-reader-readme-1.txt", null], // AlterValueError
  ["237-probe-overpass-wrapper-headers-code-1.txt", null], // AlterValueError
  ["237-probe-powershell-retry-wrapper-1.txt", null], // AlterValueError
  ["237-probe-rotki-etherscan-ratelimit-handler-diff-1.txt", null], // AlterValueError
  ["237-sec-edgar-financials-requestexception-403-traceback-1.txt", null], // AlterValueError
  ["237-sec-edgar-python-edgar-urllib-403-1.txt", { format: "log", status: 403 }],
  ["237-sec-edgar-requests-undeclared-tool-403-1.txt", null], // AlterValueError
  ["237-sec-edgar-urllib-503-traceback-1.txt", { format: "log", status: 503 }],
  ["237-uspto-patent-client-httpx-403-1.txt", { format: "log", status: 403 }],
  ["237-uspto-pbd-503-back-end-at-capacity-1.txt", { format: "http", status: 503 }],
  // The two-hundred-and-thirty-sixth trial's: the six named providers from cross-platform mobile apps; marketing and email
  // automation APIs; the six named providers from chat bots; video conferencing, scheduling and calendar APIs.
  ["236-aws-amplify-expo-identity-pool-unauth-1.txt", null], // AlterValueError
  ["236-aws-amplify-flutter-s3-upload-android-1.txt", null], // AlterValueError
  ["236-aws-amplify-rn-cognito-secret-hash-1.txt", null], // AlterValueError
  ["236-aws-java-sdk-telegram-bot-sdkclientexception-1.txt", null], // AlterValueError
  ["236-calcom-google-calendar-quota-per-minute-1.txt", { format: "json-body", status: 429 }],
  ["236-campaignmonitor-code50-basic-auth-1.txt", null], // AlterValueError
  ["236-campaignmonitor-dotnet-invalid-clientid-1.txt", null], // AlterValueError
  ["236-constantcontact-guzzle-401-1.txt", { format: "log", status: 401 }],
  ["236-google-calendar-crx-daily-limit-403-1.txt", { format: "log", status: 403 }],
  ["236-google-calendar-json-daily-limit-unreg-1.txt", { format: "json-body", status: 403 }],
  ["236-google-dart-googleapis-bigquery-403-1.txt", { format: "log", status: 403 }],
  ["236-google-dotnet-ogcs-daily-limit-exceeded-1.txt", { format: "log", status: 403 }],
  ["236-google-drive-gd-utils-telegram-userratelimit-json-1.txt", { format: "json-body", status: 403 }],
  ["236-google-drive-googleapiclient-telegram-cannotcopyfile-1.txt", { format: "log", status: 403 }],
  ["236-google-drive-googleapiclient-telegram-userratelimit-1.txt", { format: "log", status: 403 }],
  ["236-google-flutter-maps-static-403-1.txt", { format: "log", status: 403 }],
  ["236-google-flutterfire-api-key-not-valid-1.txt", { format: "log", status: 400 }],
  ["236-google-flutterfire-auth-403-html-1.txt", { format: "html-page", status: 403 }],
  ["236-google-gcalcli-httperror-404-1.txt", { format: "log", status: 404 }],
  ["236-google-ogcs-queries-per-day-log-1.txt", { format: "log", status: 403 }],
  ["236-google-sheets-node-discord-bot-503-1.txt", { format: "log", status: 503 }],
  ["236-klaviyo-php-throttled-53s-1.txt", null], // AlterValueError
  ["236-mailchimp-gibbon-member-exists-1.txt", { format: "log", status: 400 }],
  ["236-mailchimp-mc4wp-akamai-503-1.txt", { format: "log", status: 503 }],
  ["236-mailchimp-mc4wp-firewall-reference-1.txt", { format: "log", status: 503 }],
  ["236-mailchimp-mc4wp-request-blocked-1.txt", { format: "log", status: 503 }],
  ["236-mailchimp-node-already-member-1.txt", null], // AlterValueError
  ["236-mailchimp-rails-member-exists-nested-1.txt", { format: "log", status: 400 }],
  ["236-microsoft-teams-botconnector-dotnet-jwt-forbidden-1.txt", { format: "log", status: 403 }], // read since round 237 (refused before)
  ["236-microsoft-teams-botconnector-dotnet-reply-forbidden-1.txt", { format: "log", status: 403 }],
  ["236-microsoft-teams-botconnector-msrest-403-serviceerror-1.txt", { format: "log", status: 403 }],
  ["236-microsoft-teams-rest-serviceerror-aclcheckfailed-1.txt", null], // AlterValueError
  ["236-msgraph-calendar-delegated-access-denied-1.txt", null], // AlterValueError
  ["236-msgraph-calendarsync-401-missing-permissions-1.txt", { format: "log", status: 401 }],
  ["236-msgraph-m365cli-teams-404-skype-backend-1.txt", { format: "log", status: 404 }],
  ["236-msgraph-microsoft365r-teams-500-1.txt", { format: "log", status: 500 }],
  ["236-msgraph-moneyfox-maui-403-me-1.txt", { format: "log", status: 403 }],
  ["236-nylas-mail-apierror-unforeseen-1.txt", null], // AlterValueError
  ["236-nylas-ruby-internal-error-1.txt", null], // AlterValueError
  ["236-openai-dart-gpt3-invalid-request-key-1.txt", { format: "log", status: 401 }],
  ["236-openai-dart-openai-401-invalid-key-1.txt", { format: "log", status: 401 }],
  ["236-openai-matrix-bot-503-overloaded-request-id-1.txt", { format: "log", status: 503 }],
  ["236-openai-python-discord-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["236-openai-telegram-bot-incorrect-api-key-message-1.txt", { format: "log", status: 401 }],
  ["236-openai-telegram-bot-invalid-api-key-log-1.txt", { format: "log", status: 401 }],
  ["236-probe-amplify-rn-not-linked-1.txt", null], // AlterValueError
  ["236-probe-amplify-rn-package-json-1.txt", null], // AlterValueError
  ["236-probe-botbuilder-v3-401-403-code-description-1.txt", null], // AlterValueError
  ["236-probe-braze-docs-rate-limit-pr-1.txt", null], // AlterValueError
  ["236-probe-calendly-create-webhook-success-example-1.txt", null], // AlterValueError
  ["236-probe-calendly-webhook-disabled-faq-1.txt", null], // AlterValueError
  ["236-probe-contentful-braze-401-pr-1.txt", null], // AlterValueError
  ["236-probe-flutterfire-debug-200-1.txt", { format: "log", status: 200 }],
  ["236-probe-go-webex-resty-retry-429-sample-1.txt", null], // AlterValueError
  ["236-probe-graph-docs-throttling-request-1.txt", null], // AlterValueError
  ["236-probe-graph-teams-post-message-429-question-1.txt", null], // AlterValueError
  ["236-probe-mc-woocommerce-feature-prose-1.txt", null], // AlterValueError
  ["236-probe-msal-maui-pr-diff-1.txt", null], // AlterValueError
  ["236-probe-msal-maui-token-cache-log-1.txt", null], // AlterValueError
  ["236-probe-opennous-calendly-webhook-docs-1.txt", null], // AlterValueError
  ["236-probe-segment-ruby-success-200-1.txt", null], // AlterValueError
  ["236-probe-sendgrid-python-http-client-exceptions-code-1.txt", null], // AlterValueError
  ["236-probe-teams-bot-429-question-prose-1.txt", null], // AlterValueError
  ["236-probe-teams-docs-status-code-table-1.txt", null], // AlterValueError
  ["236-probe-webex-js-sdk-429-fix-pr-1.txt", null], // AlterValueError
  ["236-sendgrid-kindleear-gcp-log-403-1.txt", null], // AlterValueError
  ["236-sendgrid-node-from-address-unverified-1.txt", null], // AlterValueError
  ["236-sendgrid-python-401-print-1.txt", { format: "log", status: 401 }],
  ["236-sendgrid-python-forbidden-traceback-1.txt", { format: "log", status: 403 }],
  ["236-webex-ciscosparkapi-429-retry-after-typeerror-1.txt", null], // AlterValueError
  ["236-zoom-mattermost-user-not-found-1.txt", null], // AlterValueError
  ["236-zoom-moodle-pending-user-1000-1.txt", null], // AlterValueError
  ["236-zoom-moodle-user-not-found-1010-1.txt", null], // AlterValueError
  // The two-hundred-and-thirty-fifth trial's: the six named providers from desktop apps and games; e-signature, documents and
  // object storage APIs; the six named providers from data pipelines and ETL tools; databases and backends as a service.
  ["235-appwrite-web-missing-scope-401-1.txt", { format: "log", status: 401 }],
  ["235-aws-dagster-botocore-headbucket-403-1.txt", { format: "log", status: 403 }],
  ["235-aws-deltacat-botocore-slowdown-1.txt", { format: "log", status: 503 }],
  ["235-aws-hadoop-s3a-sdkv2-403-access-grants-1.txt", { format: "log", status: 403 }],
  ["235-aws-sharex-s3-403-accessdenied-1.txt", { format: "log", status: 403 }],
  ["235-aws-spark-s3a-invalidaccesskeyid-1.txt", { format: "log", status: 403 }],
  ["235-aws-unity-s3-httperrorresponseexception-1.txt", null], // AlterValueError
  ["235-b2-b2blaze-401-unauthorized-1.txt", null], // AlterValueError
  ["235-box-boxr-400-invalid-grant-exp-1.txt", { format: "log", status: 400 }],
  ["235-box-java-sdk-404-not-found-1.txt", { format: "log", status: 404 }],
  ["235-box-node-sdk-400-invalid-grant-jti-1.txt", { format: "log", status: 400 }],
  ["235-box-node-sdk-auth-error-exp-integer-1.txt", { format: "log", status: 400 }],
  ["235-box-windows-sdk-invalid-grant-exp-1.txt", null], // AlterValueError
  ["235-do-spaces-php-503-slowdown-1.txt", { format: "log", status: 503 }],
  ["235-docusign-php-invalid-request-body-recipients-1.txt", null], // AlterValueError
  ["235-dropbox-cartodb-sync-path-not-found-1.txt", { format: "log", status: 404 }],
  ["235-dropbox-sharex-500-empty-body-1.txt", { format: "log", status: 500 }],
  ["235-firebase-flutter-firestore-permission-denied-1.txt", null], // AlterValueError
  ["235-firebase-js-firestore-permission-denied-1.txt", null], // AlterValueError
  ["235-firebase-php-rtdb-401-permission-denied-1.txt", { format: "log", status: 401 }],
  ["235-firebase-tools-init-403-permission-denied-1.txt", { format: "log", status: 403 }],
  ["235-google-scio-bigquery-403-accessdenied-1.txt", { format: "log", status: 403 }],
  ["235-google-sharex-drive-401-invalid-credentials-1.txt", { format: "log", status: 401 }],
  ["235-google-sharex-drive-401-unauthenticated-ru-1.txt", { format: "log", status: 401 }],
  ["235-google-sharex-oauth-token-400-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["235-google-unity-signin-400-invalid-grant-1.txt", null], // AlterValueError
  ["235-google-vscode-copilot-gemini-429-quota-1.txt", { format: "log", status: 429 }],
  ["235-graph-onedrive-dotnet-400-invalid-grant-1.txt", { format: "http", status: 400 }],
  ["235-graph-sharex-onedrive-400-invalidrequest-1.txt", { format: "log", status: 400 }],
  ["235-hubspot-airbyte-ratelimited-backoff-log-1.txt", { format: "log", status: 429 }],
  ["235-minio-http-403-accessdenied-1.txt", { format: "http", status: 403 }],
  ["235-minio-js-s3error-accessdenied-makebucket-1.txt", null], // AlterValueError
  ["235-minio-py-s3error-accessdenied-1.txt", null], // AlterValueError
  ["235-mongodb-deno-driver-atlas-bad-auth-1.txt", null], // AlterValueError
  ["235-mongodb-node-atlas-bad-auth-nextjs-1.txt", null], // AlterValueError
  ["235-mongodb-pymongo-atlas-bad-auth-1.txt", null], // AlterValueError
  ["235-msgraph-az-pipelines-sharepoint-401-invalidauthtoken-1.txt", null], // AlterValueError
  ["235-msgraph-az-pipelines-sharepoint-401-jwt-1.txt", { format: "log", status: 401 }],
  ["235-msgraph-corso-backup-403-1.txt", { format: "log", status: 403 }],
  ["235-neon-console-fetch-failed-1.txt", { format: "network-text", status: undefined }],
  ["235-onedrive-createuploadsession-itemnotfound-1.txt", null], // AlterValueError
  ["235-onedrive-graph-dotnet-itemnotfound-1.txt", null], // AlterValueError
  ["235-openai-leettools-embed-pipeline-ratelimit-1.txt", null], // AlterValueError
  ["235-openai-llamaindex-ingest-ratelimit-20s-1.txt", { format: "log", status: 429 }],
  ["235-openai-vscode-chatgpt-401-invalid-api-key-1.txt", { format: "log", status: 401 }],
  ["235-openai-vscode-copilot-byok-missing-api-key-1.txt", null], // AlterValueError
  ["235-openai-vscode-unify-401-invalid-api-key-1.txt", { format: "log", status: 401 }],
  ["235-planetscale-drizzle-kit-vttablet-invalid-argument-1.txt", { format: "log", status: 400 }],
  ["235-probe-airbyte-hubspot-403-handler-diff-1.txt", null], // AlterValueError
  ["235-probe-airbyte-hubspot-best-practices-1.txt", null], // AlterValueError
  ["235-probe-b2-cli-debug-log-startup-1.txt", null], // AlterValueError
  ["235-probe-box-docs-pr-common-errors-1.txt", null], // AlterValueError
  ["235-probe-box-node-sdk-pr-retry-jwt-1.txt", null], // AlterValueError
  ["235-probe-convex-auth-required-fix-pr-1.txt", null], // AlterValueError
  ["235-probe-convex-pr-error-code-mapping-1.txt", null], // AlterValueError
  ["235-probe-convex-retry-logic-changelog-1.txt", null], // AlterValueError
  ["235-probe-dbt-bigquery-run-passed-log-1.txt", null], // AlterValueError
  ["235-probe-docusign-csharp-apiexception-code-1.txt", null], // AlterValueError
  ["235-probe-google-unity-token-success-1.txt", null], // AlterValueError
  ["235-probe-graph-sharex-onedrive-changelog-1.txt", null], // AlterValueError
  ["235-probe-hubspot-node-retry-code-1.txt", null], // AlterValueError
  ["235-probe-minio-mc-pr-title-access-denied-1.txt", null], // AlterValueError
  ["235-probe-msgraph-teams-throttling-table-1.txt", null], // AlterValueError
  ["235-probe-openai-vscode-genie-readme-example-error-1.txt", null], // AlterValueError
  ["235-probe-planetscale-vitess-error-code-table-1.txt", null], // AlterValueError
  ["235-probe-posthog-hubspot-retry-after-pr-1.txt", null], // AlterValueError
  ["235-probe-supabase-rate-limit-runbook-1.txt", null], // AlterValueError
  ["235-probe-vscode-copilot-status-resolved-1.txt", null], // AlterValueError
  ["235-r2-aws-sdk-go-v2-signaturedoesnotmatch-1.txt", { format: "log", status: 403 }],
  ["235-r2-rust-s3-put-object-stream-403-1.txt", { format: "log", status: 403 }],
  ["235-r2-s3cmd-modify-signaturedoesnotmatch-1.txt", { format: "log", status: 403 }],
  ["235-supabase-auth-429-email-rate-limit-1.txt", { format: "json-body", status: 429 }],
  ["235-turso-libsql-client-401-vercel-1.txt", { format: "log", status: 401 }],
  ["235-turso-libsql-client-404-server-outdated-1.txt", { format: "log", status: 404 }],
  ["235-turso-libsql-client-503-drizzle-kit-1.txt", { format: "log", status: 503 }],
  ["235-turso-libsql-embedded-replica-write-delegation-401-1.txt", { format: "log", status: 401 }],
  // The two-hundred-and-thirty-fourth trial's: the six named providers from PHP, Laravel and WordPress; AI model APIs beyond
  // OpenAI; the six named providers from Python web backends and task queues; maps, location, weather and travel APIs.
  ["234-anthropic-claudecode-429-rate-limit-reqid-1.txt", { format: "log", status: 429 }],
  ["234-anthropic-claudecode-529-overloaded-retry24s-1.txt", { format: "log", status: 529 }],
  ["234-anthropic-node-sdk-ratelimiterror-tokens-1.txt", { format: "log", status: 429 }],
  ["234-aws-apaio-soapfault-request-throttled-1.txt", null], // AlterValueError
  ["234-aws-botocore-throttling-clienterror-1.txt", { format: "log", status: undefined }],
  ["234-aws-django-s3-storage-accessdenied-1.txt", { format: "log", status: 403 }],
  ["234-aws-mws-php-request-throttled-1.txt", null], // AlterValueError
  ["234-cohere-python-toomanyrequests-429-1.txt", { format: "log", status: 429 }],
  ["234-deepseek-continue-402-insufficient-balance-1.txt", { format: "log", status: 402 }],
  ["234-dropbox-kunnu-guzzle-409-temporary-link-1.txt", { format: "log", status: 409 }],
  ["234-foursquare-hybridauth-invalid-auth-requestid-1.txt", { format: "log", status: 400 }],
  ["234-foursquare-node-4square-invalid-auth-400-1.txt", { format: "json-body", status: 400 }],
  ["234-gemini-aistudiotoapi-403-log-1.txt", { format: "log", status: 403 }],
  ["234-gemini-cli-403-iam-permission-denied-1.txt", { format: "log", status: 403 }],
  ["234-gemini-cline-403-nested-json-1.txt", { format: "log", status: 403 }],
  ["234-google-apiclient-403-api-not-enabled-1.txt", { format: "log", status: 403 }],
  ["234-google-apiclient-403-insufficient-permission-1.txt", { format: "log", status: 403 }],
  ["234-google-apiclient-403-insufficient-scopes-traceback-1.txt", { format: "log", status: 403 }],
  ["234-google-apiclient-drive-403-insufficient-permission-1.txt", { format: "log", status: 403 }],
  ["234-google-datastore-flask-403-1.txt", { format: "log", status: 403 }],
  ["234-google-gapi-analytics-ratelimit-unreg-1.txt", null], // AlterValueError
  ["234-google-gapi-analytics-userratelimit-unreg-1.txt", null], // AlterValueError
  ["234-google-geocoder-python-over-query-limit-keyless-1.txt", { format: "log", status: 429 }],
  ["234-google-geocoding-php-request-denied-key-1.txt", { format: "json-body", status: 403 }],
  ["234-google-league-oauth2-403-insufficient-permissions-1.txt", null], // AlterValueError
  ["234-google-node-googlemaps-request-denied-not-activated-1.txt", { format: "json-body", status: 403 }],
  ["234-google-ruby-google-maps-request-denied-exception-1.txt", null], // AlterValueError
  ["234-graph-python-me-delegated-only-1.txt", null], // AlterValueError
  ["234-graph-todo-lists-500-generalexception-1.txt", null], // AlterValueError
  ["234-hubspot-php-guzzle-400-response-dump-1.txt", null], // AlterValueError
  ["234-hubspot-python-auth-credentials-not-found-1.txt", null], // AlterValueError
  ["234-huggingface-curl-model-loading-503-1.txt", { format: "log", status: 503 }],
  ["234-huggingface-hub-503-traceback-1.txt", { format: "log", status: 503 }],
  ["234-huggingface-openplayground-503-log-1.txt", { format: "log", status: 503 }],
  ["234-mapbox-android-okhttp-directions-422-1.txt", { format: "log", status: 422 }],
  ["234-mapbox-leaflet-routing-invalidinput-too-many-coords-1.txt", null], // AlterValueError
  ["234-mapbox-swift-mbdirections-error-domain-1.txt", null], // AlterValueError
  ["234-mistral-aisdk-apicallerror-unauthorized-1.txt", { format: "log", status: 401 }],
  ["234-msgraph-php-guzzle-401-invalid-token-1.txt", { format: "log", status: 401 }],
  ["234-msgraph-php-guzzle-404-me-resource-not-found-1.txt", { format: "log", status: 404 }],
  ["234-openai-laravel-guzzle-429-1.txt", { format: "log", status: 429 }],
  ["234-openai-php-ratelimitexception-1.txt", null], // AlterValueError
  ["234-openai-requests-429-oneline-1.txt", { format: "log", status: 429 }],
  ["234-openai-requests-429-traceback-1.txt", { format: "log", status: 429 }],
  ["234-openai-shellgpt-429-rich-1.txt", { format: "log", status: 429 }],
  ["234-probe-anthropic-529-doc-table-1.txt", null], // AlterValueError
  ["234-probe-anthropic-error-list-page-1.txt", null], // AlterValueError
  ["234-probe-aws-php-basic-usage-docs-1.txt", null], // AlterValueError
  ["234-probe-aws-retryable-exceptions-tuple-1.txt", null], // AlterValueError
  ["234-probe-aws-sdk-php-faq-error-code-docs-1.txt", null], // AlterValueError
  ["234-probe-aws-throttling-backoff-decorator-1.txt", null], // AlterValueError
  ["234-probe-celery-rate-limit-code-1.txt", null], // AlterValueError
  ["234-probe-celery-worker-received-log-1.txt", null], // AlterValueError
  ["234-probe-cohere-rate-limit-changelog-1.txt", null], // AlterValueError
  ["234-probe-dropbox-maintainer-reply-1.txt", null], // AlterValueError
  ["234-probe-google-apiclient-prose-question-1.txt", null], // AlterValueError
  ["234-probe-google-maps-js-elevation-code-sample-1.txt", null], // AlterValueError
  ["234-probe-mistral-quota-research-curl-1.txt", null], // AlterValueError
  ["234-probe-mistral-rate-limit-skill-headers-1.txt", null], // AlterValueError
  ["234-probe-msgraph-python-error-handling-sample-1.txt", null], // AlterValueError
  ["234-probe-openai-laravel-retry-after-feature-request-1.txt", null], // AlterValueError
  ["234-probe-tomorrowio-free-tier-limit-advice-1.txt", null], // AlterValueError
  ["234-probe-tomtom-403-scenarios-pr-description-1.txt", null], // AlterValueError
  ["234-probe-yelp-issue-template-success-business-1.txt", null], // AlterValueError
  ["234-probe-yelp-question-daily-quota-docs-1.txt", null], // AlterValueError
  ["234-together-openai-python-404-model-not-found-1.txt", { format: "log", status: 404 }],
  ["234-yelp-ios-swift-429-error-domain-1.txt", { format: "log", status: 429 }],
  ["234-yelp-nodefetch-429-response-object-1.txt", { format: "log", status: 429 }],
  ["234-yelp-postman-502-bad-gateway-html-1.txt", { format: "html-page", status: 502 }],
  ["234-yelp-python-sample-request-timed-out-1.txt", { format: "network-text", status: undefined }],
  // The two-hundred-and-thirty-third trial's: the six named providers from Ruby and Rails apps; social media and content APIs;
  // the six named providers from command-line tools and infrastructure as code; HR, payroll, accounting and ERP APIs.
  ["233-aws-ansible-boto-ec2group-403-1.txt", { format: "log", status: 403 }],
  ["233-aws-ansible-ec2-unauthorizedoperation-1.txt", { format: "log", status: undefined }],
  ["233-aws-atlantis-terraform-state-accessdenied-1.txt", { format: "log", status: 403 }],
  ["233-aws-opsworks-cli-throttling-1.txt", { format: "log", status: undefined }],
  ["233-aws-pulumi-cloudcontrol-validationexception-1.txt", { format: "log", status: 400 }],
  ["233-aws-sdk-v1-s3-accessdenied-1.txt", { format: "log", status: 403 }],
  ["233-aws-terraform-s3-backend-accessdenied-1.txt", { format: "log", status: 403 }],
  ["233-bluesky-php-createsession-ratelimit-1.txt", null], // AlterValueError
  ["233-dropbox-api-gem-notfound-cartodb-1.txt", { format: "log", status: 404 }],
  ["233-dropbox-api-zendesk-401-bad-token-1.txt", { format: "log", status: 401 }],
  ["233-dropbox-dbxcli-invalid-access-token-1.txt", { format: "log", status: 401 }],
  ["233-dropbox-sdk-rails-path-not-found-1.txt", null], // AlterValueError
  ["233-exact-php-client-429-1.txt", { format: "log", status: 429 }],
  ["233-google-apiclient-authorizationerror-401-1.txt", { format: "log", status: 401 }],
  ["233-google-apiclient-forbidden-storage-1.txt", { format: "log", status: 403 }],
  ["233-google-apiclient-notfound-drive-permissions-1.txt", { format: "log", status: 404 }],
  ["233-google-drive-ruby-signet-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["233-google-signet-invalid-client-quickstart-1.txt", { format: "log", status: 401 }],
  ["233-google-signet-invalid-grant-robot-disabled-1.txt", { format: "log", status: 400 }],
  ["233-google-signet-unauthorized-client-airbrake-1.txt", { format: "log", status: 400 }],
  ["233-google-terraform-gke-compute-403-permission-1.txt", { format: "log", status: 403 }],
  ["233-google-terraform-resourcemanager-429-quota-1.txt", { format: "log", status: 429 }],
  ["233-hubspot-ruby-requesterror-name-null-1.txt", null], // AlterValueError
  ["233-hubspot-ruby-requesterror-no-type-set-1.txt", null], // AlterValueError
  ["233-msgraph-azcli-app-show-403-debug-1.txt", { format: "log", status: 403 }],
  ["233-msgraph-azcli-rest-forbidden-1.txt", { format: "log", status: 403 }],
  ["233-msgraph-azcli-sp-create-404-1.txt", null], // AlterValueError
  ["233-netsuite-n8n-401-invalid-login-1.txt", null], // AlterValueError
  ["233-netsuite-python-netsuite-rest-401-invalid-login-1.txt", { format: "log", status: 401 }],
  ["233-netsuite-sdk-py-zeep-fault-invalid-login-1.txt", null], // AlterValueError
  ["233-netsuite-suitecloud-savon-concurrency-limit-1.txt", null], // AlterValueError
  ["233-openai-aiac-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["233-openai-autohand-cli-429-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["233-openai-gpt-cli-ratelimiterror-quota-1.txt", { format: "log", status: 429 }],
  ["233-openai-langchainrb-faraday-429-1.txt", null], // AlterValueError
  ["233-openai-roast-status-429-1.txt", { format: "log", status: 429 }],
  ["233-probe-airbyte-quickbooks-manifest-error-handlers-1.txt", null], // AlterValueError
  ["233-probe-alga-psa-qbo-error-code-mapping-1.txt", null], // AlterValueError
  ["233-probe-atproto-python-200-log-1.txt", null], // AlterValueError
  ["233-probe-aws-cli-rate-exceeded-pr-description-1.txt", null], // AlterValueError
  ["233-probe-aws-terraform-sts-200-ok-debug-1.txt", { format: "http", status: 200 }],
  ["233-probe-bluesky-createsession-success-headers-1.txt", null], // AlterValueError
  ["233-probe-google-apiclient-error-doc-quote-1.txt", null], // AlterValueError
  ["233-probe-google-cloudrun-403-troubleshooting-doc-1.txt", null], // AlterValueError
  ["233-probe-hubspot-cli-proposed-403-messages-1.txt", null], // AlterValueError
  ["233-probe-hubspot-ten-secondly-retry-code-1.txt", null], // AlterValueError
  ["233-probe-mastodon-pr-stoplight-429-1.txt", null], // AlterValueError
  ["233-probe-onedrive-throttling-issue-links-1.txt", null], // AlterValueError
  ["233-probe-openai-ruby-changelog-1.txt", null], // AlterValueError
  ["233-probe-ruby-llm-ratelimit-headers-prose-1.txt", null], // AlterValueError
  ["233-probe-ruby-openai-middleware-errors-1.txt", null], // AlterValueError
  ["233-probe-tap-quickbooks-429-pr-1.txt", null], // AlterValueError
  ["233-probe-twitch-429-doc-complaint-1.txt", null], // AlterValueError
  ["233-probe-twitch-swift-ratelimit-headers-feature-1.txt", null], // AlterValueError
  ["233-probe-xero-java-ratelimit-exception-changelog-1.txt", null], // AlterValueError
  ["233-quickbooks-php-sdk-400-duplicate-name-1.txt", { format: "log", status: 400 }],
  ["233-quickbooks-php-sdk-status-0-no-response-1.txt", null], // AlterValueError
  ["233-reddit-praw-forbidden-403-private-1.txt", { format: "log", status: 403 }],
  ["233-reddit-ytdlp-429-json-metadata-1.txt", { format: "log", status: 429 }],
  ["233-sage-php-file-get-contents-400-token-1.txt", { format: "log", status: 400 }],
  ["233-sap-pyodata-403-create-entity-1.txt", { format: "log", status: 403 }],
  ["233-sap-vsp-adt-csrf-fetch-403-1.txt", { format: "log", status: 403 }],
  ["233-tiktok-api-2483-please-login-1.txt", null], // AlterValueError
  ["233-tumblr-python-401-dict-1.txt", { format: "json-body", status: 401 }],
  ["233-tumblr-rubyclient-401-photo-post-1.txt", { format: "log", status: 401 }],
  ["233-tumblr-tumblpy-401-post-1.txt", { format: "log", status: 401 }],
  ["233-tumblr-tumblrphp-401-followers-1.txt", { format: "json-body", status: 401 }],
  ["233-twitch-streamlink-401-kraken-oauth-1.txt", { format: "log", status: 401 }],
  ["233-youtube-googleapiclient-400-missing-param-1.txt", { format: "log", status: 400 }],
  ["233-youtube-pafy-403-quota-1.txt", { format: "log", status: 403 }],
  ["233-youtube-php-insufficient-scope-header-1.txt", null], // AlterValueError
  ["233-youtube-ymijs-insufficient-scopes-1.txt", { format: "log", status: 403 }],
  // The two-hundred-and-thirty-second trial's: the six named providers from Python data science notebooks; payments and
  // fintech APIs beyond Stripe and PayPal; the six named providers from Android and Kotlin apps; messaging and communication APIs.
  ["232-adyen-php-invalidfields-dump-1.txt", null], // AlterValueError
  ["232-alpaca-csharp-rate-limit-exceeded-1.txt", null], // AlterValueError
  ["232-alpaca-csharp-too-many-requests-1.txt", null], // AlterValueError
  ["232-alpaca-python-sleep-3-seconds-retrying-1.txt", null], // AlterValueError
  ["232-aws-botocore-getobject-accessdenied-1.txt", { format: "log", status: 403 }],
  ["232-aws-cognito-android-unauth-notauthorized-400-1.txt", { format: "log", status: 400 }],
  ["232-aws-condastats-getobject-accessdenied-cli-1.txt", { format: "log", status: 403 }],
  ["232-aws-dask-listbuckets-accessdenied-1.txt", { format: "log", status: 403 }],
  ["232-aws-s3-android-doesobjectexist-403-1.txt", { format: "log", status: 403 }],
  ["232-aws-s3-android-transferutility-accessdenied-1.txt", { format: "log", status: 403 }],
  ["232-aws-s3fs-dask-getobject-accessdenied-chained-1.txt", { format: "log", status: 403 }],
  ["232-aws-s3fs-pandas-getobject-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["232-braintree-php-authorization-exception-dump-1.txt", null], // AlterValueError
  ["232-braintree-ruby-spree-authenticationerror-log-1.txt", null], // AlterValueError
  ["232-brevo-ruby-bugsnag-too-many-requests-1.txt", { format: "log", status: 429 }],
  ["232-checkout-php-endpoint-did-not-accept-422-1.txt", null], // AlterValueError
  ["232-coinbase-advanced-py-401-client-error-1.txt", { format: "log", status: 401 }],
  ["232-coinbase-ccxt-python-401-candles-1.txt", { format: "log", status: 401 }],
  ["232-coinbase-pro-node-axios-401-1.txt", { format: "log", status: 401 }],
  ["232-firebase-functions-android-internal-canceled-1.txt", { format: "network-text", status: undefined }],
  ["232-firebase-functions-android-internal-unknownhost-1.txt", { format: "network-text", status: undefined }],
  ["232-google-airflow-bigquery-job-notfound-404-1.txt", { format: "log", status: 404 }],
  ["232-google-airflow-impersonation-502-html-1.txt", { format: "html-page", status: 502 }],
  ["232-google-apiclient-bigquery-httperror-400-1.txt", { format: "log", status: 400 }],
  ["232-google-drive-java-client-404-notfound-1.txt", { format: "log", status: 404 }],
  ["232-google-gemini-android-503-overloaded-1.txt", { format: "log", status: 503 }],
  ["232-google-pandas-gbq-429-message-larger-than-max-1.txt", { format: "log", status: 429 }],
  ["232-google-signin-android-apiexception-12501-1.txt", null], // AlterValueError
  ["232-mailgun-curl-404-domain-not-found-1.txt", null], // AlterValueError
  ["232-mailgun-mailgunjs-404-domain-not-found-1.txt", { format: "log", status: 404 }],
  ["232-mailgun-mailgunjs-404-html-not-found-1.txt", { format: "html-page", status: 404 }],
  ["232-mailgun-mailgunjs-domain-not-found-nostatus-1.txt", null], // AlterValueError
  ["232-msgraph-o365-maxretries-504-1.txt", { format: "log", status: 504 }],
  ["232-openai-langchain-pandas-agent-string-too-long-1.txt", { format: "log", status: 400 }],
  ["232-openai-ratelimit-insufficient-quota-log-1.txt", { format: "log", status: 429 }],
  ["232-openai-retrofit-rxjava-429-1.txt", { format: "log", status: 429 }],
  ["232-plaid-api-opencollective-item-login-required-body-1.txt", null], // AlterValueError
  ["232-plaid-node-mintable-item-login-required-1.txt", { format: "log", status: 400 }],
  ["232-probe-ably-spec-token-expiry-diff-1.txt", null], // AlterValueError
  ["232-probe-airflow-pr-bigquery-503-retry-description-1.txt", null], // AlterValueError
  ["232-probe-airflow-pr-bigquery-error-message-fix-1.txt", null], // AlterValueError
  ["232-probe-brevo-retry-handler-code-1.txt", null], // AlterValueError
  ["232-probe-dask-read-csv-s3-code-sample-1.txt", null], // AlterValueError
  ["232-probe-dropbox-java-catch-invalidaccesstoken-sample-1.txt", null], // AlterValueError
  ["232-probe-dropbox-java-check-token-answer-1.txt", null], // AlterValueError
  ["232-probe-gemini-android-invalidapikey-pr-title-1.txt", null], // AlterValueError
  ["232-probe-kraken-xchange-new-error-string-1.txt", null], // AlterValueError
  ["232-probe-mailjet-php-error-handling-sample-1.txt", null], // AlterValueError
  ["232-probe-msgraph-sdk-python-retry-handler-question-1.txt", null], // AlterValueError
  ["232-probe-openai-kotlin-exception-classes-pr-1.txt", null], // AlterValueError
  ["232-probe-plaid-item-error-webhook-1.txt", { format: "log", status: 400 }],
  ["232-probe-plaid-link-expected-error-shape-1.txt", null], // AlterValueError
  ["232-probe-plaid-pattern-error-handling-diff-1.txt", null], // AlterValueError
  ["232-probe-pusher-ruby-413-feature-request-1.txt", null], // AlterValueError
  ["232-probe-ragflow-hubspot-error-handling-code-1.txt", null], // AlterValueError
  ["232-probe-razorpay-ruby-capture-advice-1.txt", null], // AlterValueError
  ["232-probe-resend-php-rate-limit-task-1.txt", null], // AlterValueError
  ["232-probe-retrofit-429-maintainer-reply-1.txt", null], // AlterValueError
  ["232-pusher-android-403-token-upload-1.txt", { format: "log", status: 403 }],
  ["232-pusher-client-node-4004-over-quota-1.txt", null], // AlterValueError
  ["232-pusher-go-401-invalid-signature-1.txt", { format: "log", status: 401 }],
  ["232-pusher-js-403-user-auth-endpoint-1.txt", { format: "log", status: 403 }],
  ["232-pusher-js-websocket-4004-over-quota-1.txt", null], // AlterValueError
  ["232-pusher-node-400-request-error-1.txt", { format: "log", status: 400 }],
  ["232-razorpay-flutter-bad-request-payment-error-1.txt", null], // AlterValueError
  ["232-whatsapp-heyoo-400-131030-not-allowed-1.txt", { format: "log", status: 400 }],
  // The two-hundred-and-thirty-first trial's: the six named providers from Java and Spring services; logistics, shipping and postal
  // APIs; the six named providers from iOS and macOS apps; package registries and developer tool APIs.
  ["231-aws-sdkv2-s3-invalid-access-key-1.txt", { format: "log", status: 403 }],
  ["231-aws-sdkv1-s3-forbidden-head-1.txt", { format: "log", status: 403 }],
  ["231-aws-sdkv1-dynamodb-throttlingexception-400-1.txt", { format: "log", status: 400 }],
  ["231-aws-sdkv1-dynamodb-provisioned-throughput-1.txt", { format: "log", status: 400 }],
  ["231-google-gax-monitoring-resource-exhausted-query-rate-1.txt", { format: "log", status: 429 }],
  ["231-google-grpc-vision-resource-exhausted-bare-1.txt", { format: "log", status: 429 }],
  ["231-dropbox-java-retrylater-5xx-html-1.txt", null], // AlterValueError
  ["231-msgraph-java-logger-invalid-auth-token-1.txt", null], // AlterValueError
  ["231-msgraph-java-compacttoken-json-1.txt", null], // AlterValueError
  ["231-azuread-graph-httpurlconnection-403-1.txt", { format: "log", status: 403 }],
  ["231-openai-theokanning-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["231-openai-springai-context-length-400-1.txt", { format: "log", status: 400 }],
  ["231-azure-openai-java-sdk-429-log-1.txt", { format: "log", status: 429 }],
  ["231-easypost-node-bad-request-1.txt", null], // AlterValueError
  ["231-parcelapp-ha-aiohttp-429-1.txt", { format: "log", status: 429 }],
  ["231-fedex-pipedream-accountnumber-unauthorized-1.txt", null], // AlterValueError
  ["231-usps-php-api-webtools-auth-failure-1.txt", null], // AlterValueError
  ["231-shippo-node-permission-denied-1.txt", null], // AlterValueError
  ["231-postmaster-canadapost-account-inactive-1.txt", null], // AlterValueError
  ["231-postmaster-address-validation-402-1.txt", { format: "log", status: 402 }],
  ["231-royalmail-php-authorization-failure-1.txt", null], // AlterValueError
  ["231-usps-litecommerce-ratev4-auth-1.txt", null], // AlterValueError
  ["231-usps-magento-webtools-retired-1.txt", null], // AlterValueError
  ["231-usps-ruby-gem-auth-failure-1.txt", null], // AlterValueError
  ["231-shipstation-guzzle-400-testlabel-1.txt", { format: "log", status: 400 }],
  ["231-amazon-shipping-guzzle-500-1.txt", { format: "log", status: 500 }],
  ["231-ups-shippingrates-250002-1.txt", null], // AlterValueError
  ["231-usps-woocommerce-services-500-1.txt", null], // AlterValueError
  ["231-easypost-python-endicia-customs-1.txt", null], // AlterValueError
  ["231-microsoft-msal-ios-access-denied-1.txt", null], // AlterValueError
  ["231-microsoft-msal-ios-aadsts50049-invalid-instance-1.txt", null], // AlterValueError
  ["231-microsoft-msal-ios-declined-scopes-1.txt", null], // AlterValueError
  ["231-microsoft-msal-ios-b2c-forgot-password-1.txt", null], // AlterValueError
  ["231-google-gidsignin-ios-invalid-grant-revoked-1.txt", { format: "log", status: 400 }],
  ["231-google-gidsignin-ios-code-4-no-keychain-1.txt", null], // AlterValueError
  ["231-google-gidsignin-ios-code-minus1-xcode-1.txt", null], // AlterValueError
  ["231-google-signin-ios-httpstatus-400-1.txt", { format: "log", status: 400 }],
  ["231-openai-macpaw-swift-invalid-api-key-1.txt", { format: "log", status: 401 }],
  ["231-openai-openaikit-swift-wrong-endpoint-1.txt", null], // AlterValueError
  ["231-openai-alamofire-session-deinitialized-1.txt", null], // AlterValueError
  ["231-aws-ios-cognito-notauthorized-token-expired-1.txt", null], // AlterValueError
  ["231-aws-amplify-swift-auth-notauthorized-1.txt", null], // AlterValueError
  ["231-dropbox-objc-sdk-macos-cert-invalid-1.txt", null], // AlterValueError
  ["231-cratesio-cargo-publish-403-auth-failed-1.txt", { format: "log", status: 403 }],
  ["231-cratesio-cargo-401-token-format-revoked-1.txt", { format: "log", status: 401 }],
  ["231-cratesio-cargo-owner-400-cloudfront-1.txt", { format: "http", status: 400 }],
  ["231-cratesio-cargo-publish-429-new-crates-1.txt", { format: "log", status: 429 }],
  ["231-rubygems-gem-push-access-denied-1.txt", null], // AlterValueError
  ["231-rubygems-gem-push-405-nginx-1.txt", { format: "html-page", status: 405 }],
  ["231-pypi-twine-403-not-allowed-upload-1.txt", { format: "log", status: 403 }],
  ["231-npm-publish-403-no-permission-1.txt", { format: "log", status: 403 }],
  ["231-codecov-uploader-429-throttled-wait-1.txt", null], // AlterValueError
  ["231-codecov-action-v3-429-json-message-1.txt", { format: "log", status: 429 }],
  ["231-snyk-cloudquery-429-sbom-1.txt", { format: "log", status: 429 }],
  ["231-sonatype-maven-nexus-staging-401-1.txt", { format: "log", status: 401 }],
  ["231-artifactory-jenkins-404-overwrite-1.txt", { format: "log", status: 404 }],
  ["231-ghcr-podman-push-403-1.txt", { format: "log", status: 403 }],
  ["231-sonarcloud-scanner-not-authorized-1.txt", null], // AlterValueError
  ["231-probe-genie-429-interceptor-diff-1.txt", null], // AlterValueError
  ["231-probe-hubspot-client-retry-config-1.txt", null], // AlterValueError
  ["231-probe-embabel-spring-ai-retry-policy-pr-1.txt", null], // AlterValueError
  ["231-probe-spring-ai-retry-feature-issue-1.txt", null], // AlterValueError
  ["231-probe-scylla-dynamodb-error-types-1.txt", null], // AlterValueError
  ["231-probe-easypost-docs-error-object-1.txt", null], // AlterValueError
  ["231-probe-easyship-error-codes-table-1.txt", null], // AlterValueError
  ["231-probe-dhl-ecommerce-error-nomenclature-1.txt", null], // AlterValueError
  ["231-probe-aftership-php-error-handling-code-1.txt", null], // AlterValueError
  ["231-probe-sendcloud-parcel-errors-guide-1.txt", null], // AlterValueError
  ["231-probe-cryptomator-ios-dropbox-error-enum-1.txt", null], // AlterValueError
  ["231-probe-amplify-swift-autherror-mapping-diff-1.txt", null], // AlterValueError
  ["231-probe-google-signin-docs-token-refresh-note-1.txt", null], // AlterValueError
  ["231-probe-google-signin-configure-assert-code-1.txt", null], // AlterValueError
  ["231-probe-amplify-swift-signin-switch-code-1.txt", null], // AlterValueError
  ["231-probe-cratesio-token-status-table-1.txt", null], // AlterValueError
  ["231-probe-cargo-pr-ratelimit-prose-1.txt", null], // AlterValueError
  ["231-probe-artifactory-deploy-success-doc-1.txt", null], // AlterValueError
  ["231-probe-dependencytrack-snyk-429-proposal-1.txt", null], // AlterValueError
  ["231-probe-kbve-publish-retry-fix-notes-1.txt", null], // AlterValueError
  // The two-hundred-and-thirtieth trial's: the six named providers in log aggregators and error trackers; customer support and CRM
  // APIs; the six named providers from Node.js backends; search, vector database and data warehouse APIs.
  ["230-aws-winston-cloudwatch-throttling-1.txt", { format: "log", status: undefined }],
  ["230-aws-cloudwatchlogsbeat-throttling-lines-1.txt", null], // AlterValueError
  ["230-aws-fluentd-ruby-cloudwatchlogs-throttling-1.txt", null], // AlterValueError
  ["230-aws-ros1-awsclient-400-throttling-1.txt", { format: "log", status: 400 }],
  ["230-aws-fluent-bit-putlogevents-throttling-1.txt", null], // AlterValueError
  ["230-google-passport-oauth-403-insufficient-permissions-1.txt", { format: "log", status: 403 }],
  ["230-google-laravel-analytics-403-no-account-1.txt", { format: "json-body", status: 403 }],
  ["230-google-python-httperror-403-scopes-1.txt", { format: "log", status: 403 }],
  ["230-google-gmail-inbox-zero-429-log-1.txt", null], // AlterValueError
  ["230-openai-transformer-debugger-insufficient-quota-1.txt", { format: "json-body", status: 429 }],
  ["230-openai-python-apiconnectionerror-retries-1.txt", { format: "network-text", status: undefined }],
  ["230-msgraph-manager-403-authorization-requestdenied-1.txt", { format: "log", status: 403 }],
  ["230-freshdesk-airbyte-requests-404-skills-1.txt", { format: "log", status: 404 }],
  ["230-freshdesk-singer-sdk-fatalapierror-400-1.txt", { format: "log", status: 400 }],
  ["230-freshdesk-dotnet-invalidfreshdeskrequest-400-1.txt", { format: "log", status: 400 }],
  ["230-activecampaign-python-requests-404-contacts-1.txt", { format: "log", status: 404 }],
  ["230-activecampaign-php-reauth-not-authorized-1.txt", null], // AlterValueError
  ["230-zoho-python-sdk-keyerror-email-1.txt", null], // AlterValueError
  ["230-helpscout-node-invalid-client-1.txt", null], // AlterValueError
  ["230-helpscout-php-authenticationexception-1.txt", null], // AlterValueError
  ["230-openai-node-badrequest-context-length-1.txt", { format: "log", status: 400 }],
  ["230-aws-sdkv3-secretsmanager-invalidrequest-1.txt", null], // AlterValueError
  ["230-aws-sdkv3-schemas-badrequest-unsupported-1.txt", null], // AlterValueError
  ["230-google-authlib-request-invalid-grant-1.txt", null], // AlterValueError
  ["230-hubspot-node-409-contact-exists-1.txt", { format: "log", status: 409 }],
  ["230-dropbox-js-batch-too-many-write-operations-1.txt", null], // AlterValueError
  ["230-googleapis-gaxios-403-object-object-1.txt", null], // AlterValueError
  ["230-graph-js-403-compacttoken-parsing-1.txt", { format: "log", status: 403 }],
  ["230-graph-onedrive-invalidauthtoken-json-1.txt", null], // AlterValueError
  ["230-aws-sdkv3-s3-enotfound-network-1.txt", { format: "network-text", status: undefined }],
  ["230-aws-sdkv3-s3-waiter-timeout-1.txt", null], // AlterValueError
  ["230-openai-realtime-server-error-session-id-1.txt", { format: "log", status: 500 }],
  ["230-google-authlib-axios-entity-not-found-1.txt", null], // AlterValueError
  ["230-google-spreadsheet-axios-404-1.txt", { format: "log", status: 404 }],
  ["230-elasticsearch-py-401-missing-token-1.txt", { format: "log", status: 401 }],
  ["230-elasticsearch-raw-json-401-sql-1.txt", { format: "json-body", status: 401 }],
  ["230-elasticsearch-php-scout-401-1.txt", { format: "log", status: 401 }],
  ["230-elasticsearch-dsl-elastalert-401-1.txt", { format: "log", status: 401 }],
  ["230-elasticsearch-java-lowlevel-429-rejected-1.txt", { format: "log", status: 429 }],
  ["230-elasticsearch-kafka-consumer-too-many-requests-1.txt", null], // AlterValueError
  ["230-bigquery-python-403-jobs-create-1.txt", { format: "log", status: 403 }],
  ["230-bigquery-bq-cli-access-denied-1.txt", null], // AlterValueError
  ["230-meilisearch-python-404-index-not-found-1.txt", null], // AlterValueError
  ["230-meilisearch-python-405-method-not-allowed-1.txt", { format: "log", status: 405 }],
  ["230-typesense-python-unauthorized-1.txt", { format: "log", status: 401 }],
  ["230-snowflake-python-jwt-invalid-1.txt", null], // AlterValueError
  ["230-algolia-dotnet-umbraco-record-quota-403-1.txt", { format: "log", status: 403 }],
  ["230-algolia-php-operations-quota-1.txt", null], // AlterValueError
  ["230-elasticsearch-logtrail-security-exception-1.txt", null], // AlterValueError
  ["230-probe-openai-retry-code-diff-1.txt", null], // AlterValueError
  ["230-probe-wazuh-msgraph-success-debug-log-1.txt", null], // AlterValueError
  ["230-probe-gws-auth-setup-success-json-1.txt", null], // AlterValueError
  ["230-probe-msgraph-java-retryhandler-snippet-1.txt", null], // AlterValueError
  ["230-probe-wazuh-cloudwatchlogs-success-debug-1.txt", null], // AlterValueError
  ["230-probe-freshsales-api-limits-doc-1.txt", null], // AlterValueError
  ["230-probe-posthog-freshdesk-retry-code-1.txt", null], // AlterValueError
  ["230-probe-closeio-node-rate-limit-headers-request-1.txt", null], // AlterValueError
  ["230-probe-zoho-kaizen-oauth-troubleshooting-1.txt", null], // AlterValueError
  ["230-probe-helpscout-php-exceptions-design-1.txt", null], // AlterValueError
  ["230-probe-aws-sdkv3-throttling-errors-pr-1.txt", null], // AlterValueError
  ["230-probe-dust-graph-403-handler-diff-1.txt", null], // AlterValueError
  ["230-probe-graph-js-default-500-pr-1.txt", null], // AlterValueError
  ["230-probe-aws-metadata-service-statuscode-issue-1.txt", null], // AlterValueError
  ["230-probe-aws-sdkv3-759-repro-code-1.txt", null], // AlterValueError
  ["230-probe-elasticsearch-cluster-health-success-1.txt", null], // AlterValueError
  ["230-probe-elasticsearch-docs-429-causes-1.txt", null], // AlterValueError
  ["230-probe-typesense-search-success-json-1.txt", null], // AlterValueError
  ["230-probe-weaviate-python-except-handler-1.txt", null], // AlterValueError
  ["230-probe-elasticsearch-ruby-pr-429-class-1.txt", null], // AlterValueError
  // The two-hundred-and-twenty-ninth trial's: the six named providers from .NET, C# and PowerShell; cloud hosting and infrastructure
  // APIs; the six named providers from less common languages (Erlang, Haskell, R, Dart, Julia); video, streaming and media APIs.
  ["229-aws-dotnetdeploy-accessdenied-1.txt", null], // AlterValueError
  ["229-aws-s3-dotnet-forbidden-aggregate-1.txt", { format: "log", status: 403 }],
  ["229-aws-s3-xamarin-access-disabled-1.txt", { format: "log", status: 403 }],
  ["229-google-dotnet-tokenresponse-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["229-microsoft-aadgraph-powershell-invoke-restmethod-malformed-token-1.txt", null], // AlterValueError
  ["229-microsoft-graph-dotnet-odataerror-notfound-1.txt", null], // AlterValueError
  ["229-openai-chatgptnet-429-1.txt", { format: "log", status: 429 }],
  ["229-aws-sns-dotnet-v4-rate-exceeded-1.txt", null], // AlterValueError
  ["229-openai-okgodoit-dotnet-embeddings-toomanyrequests-1.txt", { format: "log", status: 429 }],
  ["229-hetzner-hcloud-python-uniqueness-error-1.txt", null], // AlterValueError
  ["229-hetzner-hcloud-python-rate-limit-exceeded-1.txt", null], // AlterValueError
  ["229-heroku-cli-debug-401-invalid-credentials-1.txt", { format: "log", status: 401 }],
  ["229-heroku-cli-mlem-error-id-unauthorized-1.txt", null], // AlterValueError
  ["229-digitalocean-python-digitalocean-unable-to-authenticate-1.txt", null], // AlterValueError
  ["229-digitalocean-php-httpexception-unable-to-authenticate-1.txt", null], // AlterValueError
  ["229-digitalocean-urllib-422-unprocessable-1.txt", { format: "log", status: 422 }],
  ["229-vultr-curl-403-ip-not-authorized-1.txt", { format: "curl-v", status: 403 }],
  ["229-vultr-whmcs-403-invalid-api-key-1.txt", { format: "log", status: 403 }],
  ["229-linode-api4-python-400-linode-busy-1.txt", { format: "log", status: 400 }],
  ["229-linode-libcloud-400-root-pass-length-1.txt", { format: "log", status: 400 }],
  ["229-cloudflare-wrangler-authentication-error-10000-1.txt", null], // AlterValueError
  ["229-cloudflare-wrangler-legacy-400-auth-error-1.txt", { format: "log", status: 400 }],
  ["229-cloudflare-terraform-rate-limit-retries-exhausted-1.txt", null], // AlterValueError
  ["229-flyio-flyctl-failed-to-launch-vm-payment-1.txt", null], // AlterValueError
  ["229-netlify-cli-unauthorized-failed-retrieving-user-1.txt", null], // AlterValueError
  ["229-aws-exaws-sqs-invalidsignature-403-1.txt", { format: "log", status: 403 }],
  ["229-aws-arc-erlcloud-s3-signaturedoesnotmatch-403-1.txt", { format: "log", status: undefined }], // refused by the mapper: no status
  ["229-aws-julia-awsjl-s3-nosuchkey-404-1.txt", { format: "http", status: 404 }],
  ["229-aws-haskell-amazonka-ec2-requestlimitexceeded-503-1.txt", { format: "log", status: 503 }],
  ["229-aws-r-paws-s3-headobject-403-1.txt", { format: "log", status: 403 }],
  ["229-aws-r-awss3-accessdenied-403-1.txt", { format: "log", status: 403 }],
  ["229-dropbox-r-rdrop2-share-conflict-409-1.txt", { format: "log", status: 409 }],
  ["229-google-dart-googleapis-videointelligence-403-1.txt", { format: "log", status: 403 }],
  ["229-aws-erlang-rabbitmq-s3-upload-400-1.txt", null], // AlterValueError
  ["229-aws-julia-awsjl-xmlerror-parse-1.txt", null], // AlterValueError
  ["229-dropbox-r-rdrop-v1-badrequest-400-1.txt", null], // AlterValueError
  ["229-dropbox-r-rdrop-share-badrequest-400-1.txt", { format: "curl-v", status: 400 }],
  ["229-youtube-googleapiclient-403-quota-exceeded-1.txt", { format: "log", status: 403 }],
  ["229-youtube-json-429-video-uploads-per-day-1.txt", { format: "json-body", status: 429 }],
  ["229-youtube-python-dict-403-api-key-service-blocked-1.txt", { format: "json-body", status: 403 }],
  ["229-spotify-spotipy-429-max-retries-1.txt", { format: "log", status: 429 }],
  ["229-spotify-spotipy-post-429-traceback-1.txt", { format: "log", status: 429 }],
  ["229-spotify-rest-401-access-token-expired-1.txt", { format: "json-body", status: 401 }],
  ["229-imgur-pyimgur-429-wait-37-minutes-1.txt", null], // AlterValueError
  ["229-imgur-rust-429-ratelimit-headers-1.txt", { format: "log", status: 429 }],
  ["229-imgur-obsidian-429-dev-console-1.txt", { format: "log", status: 429 }],
  ["229-imgur-json-403-over-capacity-1.txt", { format: "json-wrapper", status: 403 }],
  ["229-giphy-http2-403-banned-1.txt", { format: "http", status: 403 }],
  ["229-giphy-json-401-unauthorized-invalid-key-1.txt", { format: "json-body", status: 401 }],
  ["229-giphy-browser-invalid-credentials-no-status-1.txt", null], // AlterValueError
  ["229-cloudinary-node-499-request-timeout-1.txt", { format: "log", status: 499 }],
  ["229-imgur-ptpimg-fetch-429-1.txt", { format: "log", status: 429 }],
  ["229-imgur-flameshot-qt-too-many-requests-1.txt", { format: "log", status: 429 }],
  ["229-probe-graph-dotnet-pr-add-error-code-1.txt", null], // AlterValueError
  ["229-probe-dropbox-dotnet-ratelimitexception-feature-1.txt", null], // AlterValueError
  ["229-probe-hubspot-dotnet-pr-response-headers-1.txt", null], // AlterValueError
  ["229-probe-graph-dotnet-enum-missing-1.txt", null], // AlterValueError
  ["229-probe-graph-powershell-backoff-sample-1.txt", null], // AlterValueError
  ["229-probe-cloudflare-token-verify-success-1.txt", null], // AlterValueError
  ["229-probe-render-deploy-hook-success-1.txt", null], // AlterValueError
  ["229-probe-hetzner-rust-docs-error-handling-sample-1.txt", null], // AlterValueError
  ["229-probe-linode-api4-changelog-error-format-1.txt", null], // AlterValueError
  ["229-probe-heroku-hatchet-rate-limit-code-1.txt", null], // AlterValueError
  ["229-probe-embulk-expiredtoken-pr-1.txt", null], // AlterValueError
  ["229-probe-langchain-elixir-ratelimit-headers-1.txt", null], // AlterValueError
  ["229-probe-amazonka-refresh-token-feature-1.txt", null], // AlterValueError
  ["229-probe-awsjl-credentials-docstring-1.txt", null], // AlterValueError
  ["229-probe-flutter-429-handling-question-1.txt", null], // AlterValueError
  ["229-probe-vimeo-py-ratelimit-exception-diff-1.txt", null], // AlterValueError
  ["229-probe-vimeo-ratelimit-email-docs-1.txt", null], // AlterValueError
  ["229-probe-spotify-api-js-pr-token-expired-handling-1.txt", null], // AlterValueError
  ["229-probe-twitch-invalid-bearer-report-1.txt", null], // AlterValueError
  ["229-probe-cloudinary-upload-fetch-code-1.txt", null], // AlterValueError
  // The two-hundred-and-twenty-eighth trial's: the six named providers from browser apps and extensions; e-commerce and marketplace
  // APIs; the six named providers from low-code and automation tools; identity and auth providers beyond Okta and Auth0.
  ["228-google-chrome-ext-gmail-atom-401-1.txt", { format: "log", status: 401 }],
  ["228-google-chrome-ext-sample-401-credentials-missing-1.txt", { format: "log", status: 401 }],
  ["228-google-gapi-browser-quickstart-insufficient-scopes-1.txt", { format: "log", status: 403 }],
  ["228-graph-react-spa-invalid-token-empty-1.txt", null], // AlterValueError
  ["228-graph-spfx-msgraphclient-token-renewal-timeout-1.txt", null], // AlterValueError
  ["228-aws-s3-browser-post-403-devtools-1.txt", { format: "log", status: 403 }],
  ["228-aws-sdk-js-browser-s3-upload-403-signature-1.txt", { format: "log", status: 403 }],
  ["228-dropbox-sdk-js-filesdownload-xhr-domexception-1.txt", null], // AlterValueError
  ["228-dropbox-chooser-cordova-invalid-origin-1.txt", null], // AlterValueError
  ["228-openai-react-app-incorrect-key-undefined-1.txt", { format: "log", status: 401 }],
  ["228-openai-ai-sdk-browser-agent-tpm-rate-limit-1.txt", { format: "log", status: 429 }],
  ["228-amazon-spapi-php-getreport-429-1.txt", { format: "log", status: 429 }],
  ["228-amazon-spapi-reports-unauthorized-forbidden-1.txt", null], // AlterValueError
  ["228-etsy-v3-invalid-api-key-400-1.txt", { format: "log", status: 400 }],
  ["228-etsy-etsyv3-python-shared-secret-required-1.txt", null], // AlterValueError
  ["228-etsy-v2-oauth-no-apikeyindex-1.txt", null], // AlterValueError
  ["228-mercadolibre-questions-invalid-token-401-1.txt", { format: "json-body", status: 401 }],
  ["228-mercadolibre-python-sdk-oauth-token-400-1.txt", { format: "log", status: 400 }],
  ["228-woocommerce-php-cannot-view-401-1.txt", { format: "json-body", status: 401 }],
  ["228-ebay-node-ebay-api-auth-token-invalid-1.txt", null], // AlterValueError
  ["228-magento-rest-consumer-not-authorized-products-1.txt", null], // AlterValueError
  ["228-magento-review-api-not-authorized-reviews-1.txt", null], // AlterValueError
  ["228-walmart-php-guzzle-items-401-1.txt", { format: "log", status: 401 }],
  ["228-bigcommerce-docs-429-reset-ms-1.txt", { format: "http", status: 429 }],
  ["228-openai-pipedream-moderation-429-wait-20s-1.txt", { format: "log", status: 429 }],
  ["228-openai-pipedream-text-moderation-429-1.txt", { format: "log", status: 429 }],
  ["228-dropbox-pipedream-download-enotfound-1.txt", { format: "network-text", status: undefined }],
  ["228-openai-pipedream-connection-error-1.txt", { format: "network-text", status: undefined }],
  ["228-openai-budibase-automation-400-1.txt", { format: "log", status: 400 }],
  ["228-google-sheets-budibase-token-expired-revoked-1.txt", null], // AlterValueError
  ["228-openai-budibase-401-organization-1.txt", { format: "log", status: 401 }],
  ["228-google-sheets-budibase-auth-trace-1.txt", null], // AlterValueError
  ["228-google-oauth-sim-invalid-client-1.txt", { format: "log", status: 401 }],
  ["228-google-oauth-n8n-403-access-denied-1.txt", { format: "log", status: 403 }],
  ["228-msgraph-homeassistant-redirect-uri-mismatch-1.txt", null], // AlterValueError
  ["228-openai-gpt-ai-assistant-429-1.txt", { format: "log", status: 429 }],
  ["228-keycloak-token-endpoint-invalid-grant-not-active-1.txt", { format: "log", status: 400 }],
  ["228-keycloak-js-angular-refresh-invalid-grant-1.txt", null], // AlterValueError
  ["228-keycloak-server-log-admin-401-not-active-1.txt", { format: "log", status: 401 }],
  ["228-keycloak-authz-permission-token-500-1.txt", { format: "log", status: 500 }],
  ["228-keycloak-terraform-provider-404-client-1.txt", { format: "log", status: 404 }],
  ["228-keycloak-fastapi-keycloak-403-invalid-client-secret-1.txt", { format: "log", status: 403 }],
  ["228-keycloak-angular-http-token-404-1.txt", { format: "log", status: 404 }],
  ["228-cognito-boto3-admingetuser-rate-exceeded-1.txt", { format: "log", status: undefined }],
  ["228-wso2-keycloak-idp-invalid-token-500-1.txt", null], // AlterValueError
  ["228-supabase-js-signup-429-email-rate-limit-1.txt", { format: "log", status: 429 }],
  ["228-firebase-flutter-too-many-requests-1.txt", null], // AlterValueError
  ["228-azureadb2c-token-endpoint-aadb2c90085-1.txt", null], // AlterValueError
  ["228-azureadb2c-msal-aadb2c99027-invalid-request-1.txt", null], // AlterValueError
  ["228-azureadb2c-aadb2c90037-processing-error-1.txt", null], // AlterValueError
  ["228-azureadb2c-msal-dotnet-aadb2c90273-access-denied-1.txt", null], // AlterValueError
  ["228-probe-graph-explorer-expired-token-prose-1.txt", null], // AlterValueError
  ["228-probe-graph-extension-refresh-design-1.txt", null], // AlterValueError
  ["228-probe-dropbox-organice-pr-expired-token-1.txt", null], // AlterValueError
  ["228-probe-hubspot-forms-pr-error-codes-1.txt", null], // AlterValueError
  ["228-probe-dropbox-userscript-token-expired-german-1.txt", null], // AlterValueError
  ["228-probe-bigcommerce-ruby-exception-classes-1.txt", null], // AlterValueError
  ["228-probe-amazon-spapi-php-429-handler-code-1.txt", null], // AlterValueError
  ["228-probe-etsy-v2-shop-200-ok-1.txt", null], // AlterValueError
  ["228-probe-bigcommerce-rate-limit-headers-ok-1.txt", null], // AlterValueError
  ["228-probe-ebay-api-refresh-token-docs-1.txt", null], // AlterValueError
  ["228-probe-onedrive-successful-parentreference-1.txt", null], // AlterValueError
  ["228-probe-power-automate-401-403-table-1.txt", null], // AlterValueError
  ["228-probe-apps-script-getjson-sample-1.txt", null], // AlterValueError
  ["228-probe-endpoints-response-docs-429-1.txt", null], // AlterValueError
  ["228-probe-urlfetchapp-limits-table-1.txt", null], // AlterValueError
  ["228-probe-stytch-python-error-class-sample-1.txt", null], // AlterValueError
  ["228-probe-azureadb2c-successful-token-response-1.txt", null], // AlterValueError
  ["228-probe-botocore-retry-config-cognito-1.txt", null], // AlterValueError
  ["228-probe-fusionauth-bug-report-steps-1.txt", null], // AlterValueError
  ["228-probe-azureadb2c-restful-profile-doc-diff-1.txt", null], // AlterValueError
  // The two-hundred-and-twenty-seventh trial's: the six named providers from serverless functions and edge runtimes; DevOps, CI/CD and
  // monitoring APIs; the six named providers from Go and Rust services; project management and productivity APIs.
  ["227-aws-java-sdk-lambda-s3-accessdenied-1.txt", { format: "log", status: 403 }],
  ["227-aws-boto3-lambda-s3-getobject-accessdenied-1.txt", { format: "log", status: 403 }],
  ["227-openai-node-firebase-functions-missing-api-key-1.txt", null], // AlterValueError
  ["227-openai-go-openai-429-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["227-openai-python-403-unsupported-region-1.txt", { format: "log", status: 403 }],
  ["227-openai-node-worker-log-403-region-1.txt", { format: "log", status: 403 }],
  ["227-openai-401-incorrect-api-key-1.txt", { format: "log", status: 401 }],
  ["227-google-apps-script-api-401-unauthenticated-1.txt", { format: "log", status: 401 }],
  ["227-google-apps-script-webapp-401-missing-credential-1.txt", { format: "log", status: 401 }],
  ["227-google-cloud-identity-403-insufficient-scopes-1.txt", { format: "json-body", status: 403 }],
  ["227-google-cloud-java-grpc-permission-denied-scopes-1.txt", { format: "log", status: 403 }],
  ["227-openai-axios-401-json-log-1.txt", { format: "log", status: 401 }],
  ["227-openai-axios-401-bot-log-1.txt", { format: "log", status: 401 }],
  ["227-sentry-cli-releases-403-permission-1.txt", { format: "log", status: 403 }],
  ["227-sentry-cordova-cli-releases-new-403-1.txt", { format: "log", status: 403 }],
  ["227-datadog-ruby-backup-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["227-grafana-ansible-401-invalid-credentials-1.txt", { format: "log", status: 401 }],
  ["227-opsgenie-lamp-422-key-format-1.txt", { format: "log", status: 422 }],
  ["227-opsgenie-falcosidekick-422-requestid-1.txt", { format: "log", status: 422 }],
  ["227-vercel-now-cli-429-rate-limit-1.txt", { format: "log", status: 429 }],
  ["227-pagerduty-terraform-400-invalid-input-1.txt", { format: "log", status: 400 }],
  ["227-grafana-terraform-users-401-1.txt", { format: "log", status: 401 }],
  ["227-newrelic-python-requests-429-1.txt", { format: "log", status: 429 }],
  ["227-newrelic-ruby-plugin-403-platform-api-1.txt", null], // AlterValueError
  ["227-newrelic-node-request-promise-403-1.txt", { format: "log", status: 403 }],
  ["227-circleci-orb-tools-graphql-401-1.txt", { format: "log", status: 401 }],
  ["227-circleci-jira-orb-403-permission-denied-1.txt", { format: "log", status: 403 }],
  ["227-google-go-drive-action-404-notfound-1.txt", { format: "log", status: 404 }],
  ["227-aws-rust-dispatch-failure-decrypterror-1.txt", { format: "network-text", status: undefined }],
  ["227-aws-rust-dispatch-incompletemessage-1.txt", { format: "network-text", status: undefined }],
  ["227-openai-rust-gptcommit-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["227-openai-rust-gptcommit-insufficient-quota-2-1.txt", { format: "log", status: 429 }],
  ["227-aws-go-dynamodb-retry-quota-exceeded-1.txt", null], // AlterValueError
  ["227-aws-go-lakefs-dynamodb-getitem-retry-quota-json-1.txt", null], // AlterValueError
  ["227-aws-go-kinesis-subscribetoshard-retry-quota-1.txt", null], // AlterValueError
  ["227-dropbox-go-500-empty-body-unexpected-json-1.txt", { format: "log", status: 500 }],
  ["227-dropbox-go-409-malformed-path-1.txt", { format: "log", status: 409 }],
  ["227-aws-go-cloudquery-ec2-throttle-retry-quota-1.txt", null], // AlterValueError
  ["227-dropbox-go-409-malformed-path-upload-1.txt", { format: "log", status: 409 }], // read since round 239 (refused before)
  ["227-todoist-python-429-retry-after-1.txt", { format: "log", status: 429 }],
  ["227-todoist-go-cli-403-csrf-retry-after-1.txt", { format: "log", status: 403 }],
  ["227-basecamp-oauth-token-expired-1.txt", null], // AlterValueError
  ["227-smartsheet-oauth-token-1004-1.txt", null], // AlterValueError
  ["227-todoist-node-got-403-1.txt", { format: "log", status: 403 }],
  ["227-todoist-obsidian-429-1.txt", { format: "log", status: 429 }],
  ["227-todoist-obsidian-401-1.txt", { format: "log", status: 401 }],
  ["227-trello-sublime-requests-401-1.txt", { format: "log", status: 401 }],
  ["227-wrike-pipedream-not-authorized-1.txt", null], // AlterValueError
  ["227-monday-ruby-parse-error-1.txt", null], // AlterValueError
  ["227-monday-sdk-js-graphql-validation-scope-1.txt", null], // AlterValueError
  ["227-smartsheet-python-sdk-1065-do-not-retry-1.txt", { format: "log", status: 400 }],
  ["227-probe-aws-wazuh-pr-throttling-description-1.txt", null], // AlterValueError
  ["227-probe-cloudflare-docs-wrangler-tail-diff-1.txt", null], // AlterValueError
  ["227-probe-google-cf-workers-token-success-sample-1.txt", null], // AlterValueError
  ["227-probe-hubspot-ruby-search-loop-sample-1.txt", null], // AlterValueError
  ["227-probe-aws-maintainer-retry-explanation-1.txt", null], // AlterValueError
  ["227-probe-opsgenie-curl-success-1.txt", null], // AlterValueError
  ["227-probe-pdpyras-error-handling-code-1.txt", null], // AlterValueError
  ["227-probe-pagerduty-ratelimit-handler-diff-1.txt", null], // AlterValueError
  ["227-probe-alertmanager-pagerduty-changelog-1.txt", null], // AlterValueError
  ["227-probe-pygerduty-403-docs-quote-1.txt", null], // AlterValueError
  ["227-probe-aws-go-v2-pr-throttled-exceptions-1.txt", null], // AlterValueError
  ["227-probe-aws-go-pr-ec2-throttle-code-1.txt", null], // AlterValueError
  ["227-probe-aws-go-v2-ratelimit-none-1.txt", null], // AlterValueError
  ["227-probe-quickwit-dispatch-failure-pr-1.txt", null], // AlterValueError
  ["227-probe-rust-cli-retry-429-pr-1.txt", null], // AlterValueError
  ["227-probe-clickup-common-errors-doc-1.txt", null], // AlterValueError
  ["227-probe-smartsheet-error-code-table-1.txt", null], // AlterValueError
  ["227-probe-smartsheet-list-sheets-success-1.txt", null], // AlterValueError
  ["227-probe-trello-common-errors-table-1.txt", null], // AlterValueError
  ["227-probe-miro-connector-error-handling-code-1.txt", null], // AlterValueError
  // The two-hundred-and-twenty-sixth trial's: the six named providers in home automation and self-hosted apps; analytics, marketing and
  // ads APIs; the six named providers in PHP apps; travel, flights and hospitality APIs.
  ["226-google-ha-genai-500-internal-1.txt", { format: "log", status: 500 }],
  ["226-google-nextcloud-people-api-403-disabled-1.txt", { format: "log", status: 403 }],
  ["226-google-ha-calendar-scopes-reauth-1.txt", null], // AlterValueError
  ["226-microsoft-ha-onedrive-409-1.txt", { format: "log", status: 409 }],
  ["226-microsoft-onedrive-addon-graph-badrequest-1.txt", { format: "log", status: 400 }],
  ["226-microsoft-onedrive-addon-socket-unavailable-1.txt", { format: "network-text", status: undefined }],
  ["226-openai-paperless-ai-429-nobody-1.txt", { format: "log", status: 429 }],
  ["226-openai-nextcloud-apikey-required-1.txt", null], // AlterValueError
  ["226-google-jellyfin-books-forbidden-1.txt", { format: "log", status: 403 }],
  ["226-google-ha-genai-400-invalid-argument-1.txt", { format: "log", status: 400 }],
  ["226-google-ha-homegraph-400-1.txt", { format: "log", status: 400 }],
  ["226-google-ha-genai-400-function-name-1.txt", null], // AlterValueError
  ["226-aws-ha-iam-getuser-accessdenied-1.txt", { format: "log", status: undefined }],
  ["226-aws-owncloud-s3-accessdenied-1.txt", null], // AlterValueError
  ["226-dropbox-ha-addon-upload-error-1.txt", null], // AlterValueError
  ["226-googleads-php-permission-denied-1.txt", { format: "log", status: 403 }],
  ["226-googleads-ruby-invalid-argument-1.txt", { format: "log", status: 400 }],
  ["226-googleads-adwords-python-operation-access-denied-1.txt", null], // AlterValueError
  ["226-meta-nodejs-business-sdk-syntax-error-1.txt", null], // AlterValueError
  ["226-meta-powerquery-graph-400-1.txt", null], // AlterValueError
  ["226-mixpanel-node-import-rate-limited-1.txt", null], // AlterValueError
  ["226-amplitude-swift-invalid-api-key-1.txt", null], // AlterValueError
  ["226-amplitude-flutter-invalid-api-key-1.txt", null], // AlterValueError
  ["226-braze-web-sdk-invalid-api-key-1.txt", null], // AlterValueError
  ["226-linkedin-ads-nonexistent-version-426-1.txt", { format: "json-body", status: 426 }],
  ["226-segment-python-upload-400-1.txt", null], // AlterValueError
  ["226-klaviyo-php-sdk-create-profile-400-1.txt", { format: "log", status: 400 }],
  ["226-marketo-rest-python-exception-traceback-1.txt", null], // AlterValueError
  ["226-meta-php-business-sdk-authorization-exception-1.txt", null], // AlterValueError
  ["226-google-apiclient-drive-403-insufficient-scopes-1.txt", { format: "json-body", status: 403 }],
  ["226-google-cloud-storage-php-403-insufficientpermissions-1.txt", { format: "log", status: 403 }],
  ["226-google-apiclient-400-required-parameter-1.txt", { format: "log", status: 400 }],
  ["226-aws-s3-putobject-403-accessdenied-1.txt", { format: "log", status: undefined }],
  ["226-dropbox-anycloud-401-missing-scope-1.txt", { format: "log", status: 401 }],
  ["226-dropbox-kunnu-400-upload-session-finish-1.txt", { format: "log", status: 400 }],
  ["226-dropbox-kunnu-malformed-path-no-status-1.txt", { format: "log", status: 409 }], // read since round 239 (refused before)
  ["226-openai-php-no-api-key-1.txt", null], // AlterValueError
  ["226-google-cloud-wp-stateless-401-invalid-credentials-1.txt", { format: "log", status: 401 }],
  ["226-aws-s3-flysystem-expiredtoken-laravel-1.txt", { format: "log", status: undefined }],
  ["226-aws-s3-craft-listobjects-expiredtoken-400-1.txt", { format: "log", status: 400 }],
  ["226-aws-sqs-php-403-signature-expired-1.txt", { format: "log", status: 403 }],
  ["226-google-auth-wp-gapp-invalid-grant-1.txt", { format: "log", status: 400 }], // read since round 250 (refused before)
  ["226-google-auth-wp-gadwp-invalid-grant-400-1.txt", null], // AlterValueError
  ["226-openai-php-symfony-idle-timeout-1.txt", null], // AlterValueError
  ["226-amadeus-selfservice-segment-sell-failure-1.txt", { format: "log", status: 400 }],
  ["226-amadeus-python-flight-offers-400-param-combination-1.txt", { format: "json-body", status: 400 }],
  ["226-hotelbeds-java-sdk-403-wrong-content-type-1.txt", { format: "log", status: 403 }],
  ["226-hotelbeds-java-sdk-content-api-system-error-1.txt", null], // AlterValueError
  ["226-hotelbeds-php-sdk-500-stackoverflow-body-1.txt", { format: "log", status: 500 }],
  ["226-hotelbeds-rest-xml-invalid-request-body-missing-1.txt", null], // AlterValueError
  ["226-hotelbeds-php-sdk-system-error-exception-1.txt", null], // AlterValueError
  ["226-travelport-uapi-soap-fault-bookingstart-not-authorized-1.txt", null], // AlterValueError
  ["226-travelport-uapi-cxf-401-systemservice-1.txt", { format: "log", status: 401 }],
  ["226-travelport-uapi-wcf-basic-realm-axis-1.txt", null], // AlterValueError
  ["226-google-flights-fast-flights-429-unusual-traffic-1.txt", { format: "log", status: 429 }],
  ["226-google-flights-fli-cli-429-1.txt", { format: "log", status: 429 }],
  ["226-google-flights-mcp-401-turnstile-request-id-1.txt", null], // AlterValueError
  ["226-google-flights-mcp-claude-401-no-token-1.txt", { format: "log", status: 401 }],
  ["226-amadeus-ws-client-php-session-11-notok-1.txt", null], // AlterValueError
  ["226-airbnb-pybnb-403-blocked-1.txt", { format: "log", status: 403 }],
  ["226-probe-n8n-openai-common-issues-docs-1.txt", null], // AlterValueError
  ["226-probe-ha-gemini-quota-change-question-1.txt", null], // AlterValueError
  ["226-probe-ha-google-calendar-installed-where-1.txt", null], // AlterValueError
  ["226-probe-gdrive-backup-no-error-report-1.txt", null], // AlterValueError
  ["226-probe-ha-google-consent-advice-1.txt", null], // AlterValueError
  ["226-probe-marketo-bulk-extract-limits-doc-1.txt", null], // AlterValueError
  ["226-probe-braze-docs-rate-limit-table-diff-1.txt", null], // AlterValueError
  ["226-probe-grouparoo-klaviyo-429-handler-diff-1.txt", null], // AlterValueError
  ["226-probe-rudder-marketo-token-200-response-1.txt", null], // AlterValueError
  ["226-probe-segment-marketo-error-code-table-1.txt", null], // AlterValueError
  ["226-probe-laravel-hubspot-docs-rate-limiting-1.txt", null], // AlterValueError
  ["226-probe-openai-php-successful-chat-sample-1.txt", null], // AlterValueError
  ["226-probe-phpopenai-response-check-sample-1.txt", null], // AlterValueError
  ["226-probe-openai-php-rate-limiter-question-1.txt", null], // AlterValueError
  ["226-probe-aws-sdk-php-expired-token-prose-1.txt", null], // AlterValueError
  ["226-probe-duffel-docs-status-code-table-1.txt", null], // AlterValueError
  ["226-probe-amadeus-docs-rate-limits-1.txt", null], // AlterValueError
  ["226-probe-sabre-auth-token-success-example-1.txt", { format: "json-wrapper", status: 200 }],
  ["226-probe-hotelbeds-php-retry-500-code-sample-1.txt", null], // AlterValueError
  ["226-probe-sabre-docs-credentials-faq-1.txt", null], // AlterValueError
  // The two-hundred-and-twenty-fifth trial's: the six named providers in Kotlin, Scala, Clojure and Groovy services; e-signature and
  // document APIs; the six named providers in command-line tools' own output; social media and community APIs.
  ["225-aws-kotlin-toolkit-s3-403-accessdenied-1.txt", { format: "log", status: 403 }],
  ["225-aws-kotlin-sdk-workdocs-403-invalid-sigv4-1.txt", { format: "log", status: 403 }],
  ["225-aws-kotlin-sdk-s3-headobject-403-restxml-1.txt", null], // AlterValueError
  ["225-aws-scala-awscala-s3-403-accessdenied-1.txt", { format: "log", status: 403 }],
  ["225-aws-clojure-cognitect-textract-throttled-1.txt", null], // AlterValueError
  ["225-aws-clojure-amazonica-s3-404-nosuchkey-1.txt", { format: "log", status: 404 }],
  ["225-aws-clojure-amazonica-s3-403-accessdenied-1.txt", { format: "log", status: 403 }],
  ["225-aws-scala-delta-sharing-s3a-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["225-aws-scala-delta-spark-s3a-403-kms-1.txt", { format: "log", status: 403 }],
  ["225-openai-kotlin-ktor-unexpected-eof-1.txt", null], // AlterValueError
  ["225-msgraph-jenkins-graph-java-403-requestdenied-1.txt", { format: "log", status: 403 }],
  ["225-google-spark-bigquery-createwritestream-quota-1.txt", null], // AlterValueError
  ["225-docusign-php-user-authentication-failed-1.txt", null], // AlterValueError
  ["225-docusign-csharp-consent-required-1.txt", null], // AlterValueError
  ["225-docusign-csharp-jwt-no-valid-keys-1.txt", null], // AlterValueError
  ["225-docusign-java-oauth-token-400-1.txt", { format: "log", status: 400 }],
  ["225-docusign-php-jwt-issuer-not-found-1.txt", null], // AlterValueError
  ["225-docusign-python-maxretry-bad-host-1.txt", { format: "network-text", status: undefined }],
  ["225-docusign-node-invalid-request-parameter-1.txt", null], // AlterValueError
  ["225-docuseal-api-submission-500-1.txt", { format: "json-body", status: 500 }],
  ["225-pandadoc-api-throttled-1.txt", null], // AlterValueError
  ["225-pandadoc-python-apitypeerror-1.txt", null], // AlterValueError
  ["225-box-dotnet-insufficient-scope-1.txt", null], // AlterValueError
  ["225-adobesign-dotnet-invalid-api-access-point-1.txt", null], // AlterValueError
  ["225-adobesign-js-oauth-invalid-request-1.txt", null], // AlterValueError
  ["225-dropboxsign-python-nonetype-traceback-1.txt", null], // AlterValueError
  ["225-google-gcloud-builds-submit-permission-denied-1.txt", null], // AlterValueError
  ["225-azure-az-cli-debug-authorizationfailed-403-1.txt", null], // AlterValueError
  ["225-msgraph-az-ad-debug-authorization-requestdenied-403-1.txt", { format: "log", status: 403 }],
  ["225-azure-azcopy-403-authorizationfailure-file-share-1.txt", { format: "log", status: 403 }],
  ["225-google-gsutil-ls-accessdenied-403-objects-list-1.txt", { format: "log", status: 403 }],
  ["225-google-gcloud-projects-list-invalid-grant-refresh-1.txt", { format: "log", status: 400 }],
  ["225-google-gcloud-ci-no-active-account-signet-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["225-google-kops-gcs-oauth2-invalid-grant-400-1.txt", { format: "log", status: 400 }],
  ["225-dropbox-dbxcli-expired-access-token-1.txt", { format: "log", status: 401 }], // read since round 233 (refused before)
  ["225-dropbox-dbxcli-app-disabled-files-upload-1.txt", { format: "log", status: 400 }], // read since round 246 (refused before)
  ["225-azure-az-cli-access-token-expiry-utc-1.txt", null], // AlterValueError
  ["225-openai-autohand-cli-401-invalid-api-key-1.txt", { format: "log", status: 401 }],
  ["225-aws-configure-aws-credentials-oidc-not-authorized-1.txt", null], // AlterValueError
  ["225-azure-pipelines-deploy-toomanyrequests-1.txt", { format: "log", status: 429 }],
  ["225-azure-blob-ci-deployphp-serverbusy-egress-1.txt", { format: "log", status: 503 }],
  ["225-google-rclone-drive-server-side-copy-userratelimit-1.txt", { format: "log", status: 403 }],
  ["225-reddit-praw-forbidden-403-1.txt", { format: "log", status: 403 }],
  ["225-reddit-bdfr-praw-429-log-1.txt", { format: "log", status: 429 }],
  ["225-reddit-prawcore-servererror-500-1.txt", { format: "log", status: 500 }],
  ["225-bluesky-php-ratelimit-runtimeexception-1.txt", null], // AlterValueError
  ["225-mastodon-py-access-token-invalid-1.txt", null], // AlterValueError
  ["225-youtube-pyload-quota-exceeded-403-1.txt", null], // AlterValueError
  ["225-youtube-python-quota-fragment-nostatus-1.txt", null], // AlterValueError
  ["225-twitch-gnome-twitch-400-no-client-id-1.txt", { format: "log", status: 400 }],
  ["225-twitch-js-sdk-400-console-1.txt", { format: "log", status: 400 }],
  ["225-twitch-python-twitch-client-requests-400-1.txt", { format: "log", status: 400 }],
  ["225-linkedin-hybridauth-expired-token-1.txt", null], // AlterValueError
  ["225-linkedin-mcp-axios-401-token-fetch-1.txt", { format: "log", status: 401 }],
  ["225-instagram-graph-oauthexception-api-deactivated-1.txt", null], // AlterValueError
  ["225-instagram-legacy-oauthaccesstoken-400-1.txt", null], // AlterValueError
  ["225-pinterest-py3-pinterest-401-requests-1.txt", { format: "log", status: 401 }],
  ["225-tiktok-postiz-active-user-cap-1.txt", null], // AlterValueError
  ["225-probe-clojure-amazonica-successful-response-log-1.txt", null], // AlterValueError
  ["225-probe-clj-http-docs-throw-exceptions-1.txt", null], // AlterValueError
  ["225-probe-akka-http-429-feature-request-1.txt", null], // AlterValueError
  ["225-probe-openai-kotlin-how-to-handle-errors-1.txt", null], // AlterValueError
  ["225-probe-delta-pr-access-denied-error-class-1.txt", null], // AlterValueError
  ["225-probe-pandadoc-limits-docs-1.txt", null], // AlterValueError
  ["225-probe-dropboxsign-common-errors-help-1.txt", null], // AlterValueError
  ["225-probe-hellosign-ruby-exceededrate-rdoc-1.txt", null], // AlterValueError
  ["225-probe-docusign-blog-capturing-errors-1.txt", null], // AlterValueError
  ["225-probe-adobesign-best-practices-baseuri-1.txt", null], // AlterValueError
  ["225-probe-azure-azcopy-jobs-show-completed-json-1.txt", null], // AlterValueError
  ["225-probe-google-gcloud-projects-list-success-1.txt", null], // AlterValueError
  ["225-probe-hubspot-cli-pr-429-handling-description-1.txt", null], // AlterValueError
  ["225-probe-azure-cli-help-get-access-token-expires-on-1.txt", null], // AlterValueError
  ["225-probe-azure-azcopy-job-summary-completedwitherrors-1.txt", null], // AlterValueError
  ["225-probe-atproto-ratelimit-pr-sample-1.txt", null], // AlterValueError
  ["225-probe-mastodon-rack-attack-config-1.txt", null], // AlterValueError
  ["225-probe-mastodon-curl-200-ok-1.txt", { format: "http", status: 200 }],
  ["225-probe-twitch-rate-limits-yaml-1.txt", null], // AlterValueError
  ["225-probe-twitchlib-toomanyrequests-diff-1.txt", null], // AlterValueError
  // The two-hundred-and-twenty-fourth trial's: the six named providers in Ruby and Rails apps (Sidekiq, Airbrake, Bugsnag); CMS and
  // headless content APIs; the six named providers in Jupyter notebooks and Colab; HR, payroll and accounting APIs.
  ["224-google-apis-clienterror-badrequest-sidekiq-1.txt", null], // AlterValueError
  ["224-google-apis-ratelimiterror-rake-1.txt", { format: "log", status: 429 }],
  ["224-aws-sdk-v1-s3-accessdenied-cli-1.txt", { format: "log", status: 403 }],
  ["224-aws-sdk-s3-accessdenied-activestorage-purgejob-1.txt", { format: "log", status: 403 }],
  ["224-aws-sdk-elb-throttling-rate-exceeded-1.txt", { format: "log", status: undefined }],
  ["224-aws-sdk-cloudfront-throttling-mandatejob-1.txt", { format: "log", status: undefined }],
  ["224-aws-sdk-cloudformation-throttling-oneline-1.txt", { format: "log", status: undefined }],
  ["224-openai-ruby-openai-faraday-badrequest-i18n-tasks-1.txt", { format: "log", status: 400 }],
  ["224-openai-curl-400-invalid-role-1.txt", { format: "curl-v", status: 400 }],
  ["224-msgraph-onedrive-ruby-uploadsession-accessdenied-1.txt", null], // AlterValueError
  ["224-aws-sdk-s3-accessdenied-bin-rails-1.txt", { format: "log", status: 403 }],
  ["224-aws-sdk-v1-s3-accessdenied-logstash-1.txt", null], // AlterValueError
  ["224-contentful-cma-js-ratelimit-429-1.txt", { format: "log", status: 429 }],
  ["224-contentful-cma-js-429-no-headers-1.txt", { format: "json-body", status: 429 }],
  ["224-contentful-action-409-versionmismatch-1.txt", { format: "log", status: 409 }],
  ["224-contentful-py-409-versionmismatch-1.txt", { format: "log", status: 409 }],
  ["224-contentful-cma-js-403-accesstokeninvalid-1.txt", { format: "log", status: 403 }],
  ["224-sanity-client-401-session-host-1.txt", null], // AlterValueError
  ["224-strapi-auth-local-500-1.txt", { format: "json-body", status: 500 }],
  ["224-storyblok-cli-too-many-requests-1.txt", null], // AlterValueError
  ["224-wordpress-wpapi-node-401-cannot-create-1.txt", { format: "json-body", status: 401 }],
  ["224-wordpress-angular-401-response-1.txt", { format: "log", status: 401 }],
  ["224-wordpress-quillforms-403-cannot-create-1.txt", { format: "log", status: 403 }],
  ["224-datocms-cli-422-invalid-format-1.txt", { format: "log", status: 422 }],
  ["224-webflow-py-429-ratelimit-1.txt", { format: "log", status: 429 }],
  ["224-webflow-js-400-validation-1.txt", { format: "log", status: 400 }],
  ["224-prismic-sitemap-401-1.txt", { format: "log", status: 401 }],
  ["224-ghost-admin-validationerror-no-status-1.txt", null], // AlterValueError
  ["224-google-gcs-colab-tensorflow-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["224-google-vertexai-colab-permissiondenied-403-1.txt", { format: "log", status: 403 }],
  ["224-google-gspread-databricks-notebook-refresherror-1.txt", null], // AlterValueError
  ["224-google-earthengine-jupyter-refresherror-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["224-google-pandas-gbq-to-gbq-403-access-denied-1.txt", { format: "log", status: 403 }],
  ["224-microsoft-azureml-notebook-aadsts50139-invalid-request-1.txt", null], // AlterValueError
  ["224-microsoft-batchai-notebook-aadsts90002-tenant-not-found-1.txt", null], // AlterValueError
  ["224-openai-azure-autogen-notebook-deploymentnotfound-404-1.txt", { format: "log", status: 404 }],
  ["224-openai-jupyterlab-ratelimiterror-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["224-aws-botocore-notebook-expiredtokenexception-assumerolewithwebidentity-1.txt", { format: "log", status: undefined }],
  ["224-aws-cli-notebook-s3-headobject-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["224-aws-s3-notebook-urllib-403-allaccessdisabled-1.txt", { format: "log", status: 403 }],
  ["224-google-gcs-colab-tpu-403-404-storage-1.txt", { format: "log", status: 403 }],
  ["224-openai-azure-vscode-notebook-notfounderror-404-json-1.txt", { format: "log", status: 404 }],
  ["224-xero-ruby-connections-401-token-expired-1.txt", { format: "json-body", status: 401 }],
  ["224-xero-docs-403-authentication-unsuccessful-1.txt", { format: "log", status: 403 }],
  ["224-xero-pyxero-validationexception-account-not-found-1.txt", null], // AlterValueError
  ["224-quickbooks-dotnet-idsexception-business-validation-1.txt", null], // AlterValueError
  ["224-quickbooks-dotnet-idsexception-systemfault-1.txt", null], // AlterValueError
  ["224-quickbooks-php-sampleapp-401-invalid-auth-1.txt", { format: "log", status: 401 }],
  ["224-quickbooks-python-journalentry-object-not-found-1.txt", null], // AlterValueError
  ["224-netsuite-ruby-soap-500-unexpected-error-1.txt", { format: "log", status: 500 }],
  ["224-netsuite-rest-docs-401-invalid-login-1.txt", { format: "json-body", status: 401 }],
  ["224-netsuite-rest-docs-400-invalid-content-1.txt", { format: "json-body", status: 400 }],
  ["224-netsuite-api-client-invalid-login-concurrency-1.txt", null], // AlterValueError
  ["224-netsuite-rest-node-got-400-bad-request-1.txt", { format: "log", status: 400 }],
  ["224-xero-netstandard-bare-error-calling-1.txt", null], // AlterValueError
  ["224-probe-hubspot-ruby-expired-auth-retry-code-1.txt", null], // AlterValueError
  ["224-probe-hubspot-ruby-error-handle-pr-1.txt", null], // AlterValueError
  ["224-probe-aws-sdk-ruby-throttling-explanation-1.txt", null], // AlterValueError
  ["224-probe-ruby-llm-context-length-pr-1.txt", null], // AlterValueError
  ["224-probe-aws-sdk-ruby-throttling-errors-pr-1.txt", null], // AlterValueError
  ["224-probe-contentful-errors-docs-1.txt", null], // AlterValueError
  ["224-probe-ghost-content-api-errors-docs-1.txt", null], // AlterValueError
  ["224-probe-webflow-ruby-error-map-diff-1.txt", null], // AlterValueError
  ["224-probe-storyblok-php-changelog-1.txt", null], // AlterValueError
  ["224-probe-webflow-v1-success-item-1.txt", null], // AlterValueError
  ["224-probe-openai-cookbook-backoff-code-1.txt", null], // AlterValueError
  ["224-probe-pandas-gbq-release-notes-1.txt", null], // AlterValueError
  ["224-probe-aws-error-utils-clienterror-handling-code-1.txt", null], // AlterValueError
  ["224-probe-boto3-iam-create-user-success-response-1.txt", null], // AlterValueError
  ["224-probe-openai-rate-limits-guide-text-1.txt", null], // AlterValueError
  ["224-probe-gusto-rate-limits-doc-1.txt", null], // AlterValueError
  ["224-probe-personio-changelog-rate-limits-1.txt", null], // AlterValueError
  ["224-probe-xero-netstandard-release-notes-1.txt", null], // AlterValueError
  ["224-probe-personio-paginated-success-response-1.txt", null], // AlterValueError
  ["224-probe-netsuite-restlet-error-code-table-1.txt", null], // AlterValueError
  // The two-hundred-and-twenty-third trial's: the six named providers in data pipelines (Airflow, dbt, Spark, Databricks);
  // messaging, SMS and e-mail APIs beyond Twilio and SendGrid; the six named providers in desktop apps and editor extensions;
  // maps, geocoding, routing and weather APIs.
  ["223-aws-databricks-astro-sdk-s3-forbidden-1.txt", { format: "log", status: 403 }],
  ["223-azure-databricks-abfss-authorizationpermissionmismatch-1.txt", { format: "log", status: 403 }],
  ["223-azure-synapse-spark-abfs-403-write-1.txt", { format: "log", status: 403 }],
  ["223-google-airflow-stackdriver-grpc-permission-denied-1.txt", { format: "log", status: 403 }],
  ["223-google-airflow-gcs-log-404-notfound-1.txt", { format: "log", status: 404 }],
  ["223-google-dbt-bigquery-access-denied-globbing-1.txt", null], // AlterValueError
  ["223-aws-spark-emr-s3-expiredtoken-1.txt", { format: "log", status: 400 }],
  ["223-aws-snowplow-rdb-loader-s3-expiredtoken-1.txt", { format: "log", status: 400 }],
  ["223-openai-daft-prompt-ratelimiterror-429-1.txt", { format: "log", status: 429 }],
  ["223-aws-spark-deequ-s3a-forbidden-1.txt", { format: "log", status: 403 }],
  ["223-aws-databricks-spark-nlp-s3-put-access-denied-1.txt", { format: "log", status: 403 }],
  ["223-azure-databricks-abfss-403-no-errorcode-1.txt", { format: "log", status: 403 }],
  ["223-azure-synapse-spark-operation-failed-403-short-1.txt", { format: "log", status: 403 }],
  ["223-mailjet-java-unauthorized-1.txt", { format: "log", status: 401 }],
  ["223-mailjet-anymail-500-internal-1.txt", { format: "log", status: 500 }],
  ["223-mailjet-anymail-401-account-1.txt", { format: "log", status: 401 }],
  ["223-messagebird-python-incorrect-access-key-1.txt", null], // AlterValueError
  ["223-vonage-node-vetcherror-422-1.txt", { format: "log", status: 422 }],
  ["223-nexmo-cli-420-method-failed-1.txt", { format: "log", status: 420 }],
  ["223-vonage-python-authenticationerror-1.txt", { format: "log", status: 401 }],
  ["223-nexmo-node-verify-badrequest-1.txt", null], // AlterValueError
  ["223-resend-worker-validation-error-1.txt", null], // AlterValueError
  ["223-whatsapp-cloud-100-invalid-parameter-1.txt", null], // AlterValueError
  ["223-whatsapp-python-requests-400-1.txt", { format: "log", status: 400 }],
  ["223-postmark-ruby-inputerror-no-token-1.txt", { format: "log", status: 401 }],
  ["223-postmark-go-errorcode-10-1.txt", null], // AlterValueError
  ["223-sparkpost-anymail-400-suppressed-1.txt", { format: "log", status: 400 }],
  ["223-plivo-python-resourcenotfound-1.txt", null], // AlterValueError
  ["223-azure-vscode-azurefunctions-authorizationfailed-1.txt", null], // AlterValueError
  ["223-azure-vscode-azurefunctions-deploy-403-1.txt", { format: "log", status: 403 }],
  ["223-aws-toolkit-jetbrains-schemas-forbidden-1.txt", { format: "log", status: 403 }],
  ["223-aws-toolkit-vscode-s3-accessdenied-1.txt", { format: "log", status: 403 }],
  ["223-openai-vscode-copilot-byok-rate-limit-1.txt", { format: "log", status: 429 }],
  ["223-openai-obsidian-copilot-model-not-found-1.txt", { format: "log", status: 404 }],
  ["223-openai-obsidian-textgenerator-429-uncaught-1.txt", { format: "log", status: 429 }],
  ["223-openai-codegpt-vscode-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["223-google-gemini-kilocode-403-consumer-invalid-1.txt", { format: "log", status: 403 }],
  ["223-google-raycast-workspace-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["223-google-raycast-calendar-insufficient-permission-1.txt", null], // AlterValueError
  ["223-dropbox-obsidian-remotely-save-token-500-1.txt", { format: "log", status: 500 }],
  ["223-google-gemini-cline-403-permission-denied-1.txt", { format: "log", status: 403 }],
  ["223-openai-obsidian-copilot-insufficient-quota-sse-1.txt", { format: "log", status: 429 }],
  ["223-nominatim-geopy-403-adapterhttperror-1.txt", { format: "log", status: 403 }],
  ["223-nominatim-spring-resttemplate-403-access-denied-1.txt", { format: "log", status: 403 }],
  ["223-openrouteservice-r-429-rate-limit-1.txt", null], // AlterValueError
  ["223-google-places-python-over-query-limit-daily-1.txt", { format: "json-body", status: 429 }],
  ["223-google-geopy-googlev3-quota-exceeded-1.txt", null], // AlterValueError
  ["223-open-meteo-r-429-hourly-limit-1.txt", { format: "log", status: 429 }],
  ["223-google-places-request-denied-project-disabled-1.txt", { format: "json-body", status: 403 }],
  ["223-google-places-ios-sdk-403-api-not-enabled-1.txt", { format: "log", status: 403 }],
  ["223-openrouteservice-directions-403-disallowed-1.txt", null], // AlterValueError
  ["223-nominatim-guzzle-php-403-access-blocked-1.txt", { format: "log", status: 403 }],
  ["223-here-map-image-429-body-1.txt", { format: "json-body", status: 429 }],
  ["223-osrm-demo-server-429-console-1.txt", { format: "log", status: 429 }],
  ["223-mapbox-sdk-js-enotfound-1.txt", { format: "network-text", status: undefined }],
  ["223-openweathermap-401-invalid-key-proxy-1.txt", null], // AlterValueError
  ["223-google-api-403-ipreferer-blocked-1.txt", { format: "log", status: 403 }],
  ["223-tomorrowio-pi-weather-station-401-1.txt", { format: "log", status: 401 }],
  ["223-probe-airbyte-ga4-quota-handling-pr-1.txt", null], // AlterValueError
  ["223-probe-airbyte-ga-data-api-threshold-pr-1.txt", null], // AlterValueError
  ["223-probe-airbyte-ga-do-not-retry-daily-quota-pr-1.txt", null], // AlterValueError
  ["223-probe-dust-graph-401-classification-pr-1.txt", null], // AlterValueError
  ["223-probe-meltano-tap-ga-quota-manager-pr-1.txt", null], // AlterValueError
  ["223-probe-sinch-docs-error-code-table-1.txt", null], // AlterValueError
  ["223-probe-whatsapp-success-result-1.txt", null], // AlterValueError
  ["223-probe-resend-test-email-code-1.txt", null], // AlterValueError
  ["223-probe-vonage-php-readme-apiexception-1.txt", null], // AlterValueError
  ["223-probe-sparkpost-daily-limit-docs-1.txt", null], // AlterValueError
  ["223-probe-joplin-onedrive-throttle-handler-diff-1.txt", null], // AlterValueError
  ["223-probe-openai-models-list-success-1.txt", null], // AlterValueError
  ["223-probe-raycast-chatgpt-fix-429-pr-1.txt", null], // AlterValueError
  ["223-probe-aws-toolkit-how-to-get-logs-1.txt", null], // AlterValueError
  ["223-probe-remotely-save-maintainer-rate-limit-guess-1.txt", null], // AlterValueError
  ["223-probe-tomorrowio-curl-200-ratelimit-headers-1.txt", { format: "http", status: 200 }],
  ["223-probe-googlemaps-python-client-retry-code-1.txt", null], // AlterValueError
  ["223-probe-cartodb-tomtom-403-scenarios-pr-1.txt", null], // AlterValueError
  ["223-probe-errormedic-google-maps-403-table-1.txt", null], // AlterValueError
  ["223-probe-mapbox-geocoding-rate-limit-feature-request-1.txt", null], // AlterValueError
  // The two-hundred-and-twenty-second trial's: the six named providers in Kubernetes operators, Terraform providers and infrastructure
  // controllers; payments and banking APIs beyond Stripe and PayPal; the six named providers in mobile apps (logcat, Retrofit, Expo);
  // AI and speech platforms beyond OpenAI and Anthropic.
  ["222-aws-externaldns-route53-throttling-requestid-1.txt", { format: "log", status: 400 }],
  ["222-azure-certmanager-dns01-authorizationfailed-403-1.txt", { format: "log", status: 403 }],
  ["222-azure-externaldns-autorest-zones-authorizationfailed-1.txt", { format: "log", status: 403 }],
  ["222-azure-velero-blob-authorizationpermissionmismatch-1.txt", { format: "log", status: 403 }],
  ["222-google-externaldns-insufficient-scopes-403-1.txt", { format: "log", status: 403 }],
  ["222-google-externaldns-401-invalid-credentials-1.txt", { format: "log", status: 401 }],
  ["222-aws-crossplane-upjet-sts-assumerolewithwebidentity-403-1.txt", { format: "log", status: 403 }],
  ["222-aws-capa-elb-accessdenied-403-1.txt", { format: "log", status: 403 }],
  ["222-aws-ack-s3-controller-accessdenied-403-1.txt", { format: "log", status: 403 }],
  ["222-aws-terraform-appautoscaling-cloudwatch-throttling-1.txt", { format: "log", status: 400 }],
  ["222-google-configconnector-storage-bucket-403-1.txt", { format: "log", status: 403 }],
  ["222-microsoft-terraform-azuread-graphrbac-403-1.txt", { format: "log", status: 403 }],
  ["222-microsoft-argocd-oidc-aadsts7000215-invalid-client-1.txt", null], // AlterValueError
  ["222-azure-velero-blob-authorizationfailure-requestid-1.txt", { format: "log", status: 403 }],
  ["222-google-externaldns-404-not-found-1.txt", { format: "log", status: 404 }],
  ["222-openai-azure-rancher-ai-agent-429-1.txt", { format: "log", status: 429 }],
  ["222-paystack-laravel-invalid-key-401-1.txt", { format: "log", status: 401 }],
  ["222-gocardless-actual-axios-401-1.txt", { format: "log", status: 401 }],
  ["222-gocardless-nordigen-node-axios-403-1.txt", { format: "log", status: 403 }],
  ["222-gocardless-ruby-invalid-document-structure-1.txt", null], // AlterValueError
  ["222-gocardless-python-malformed-response-1.txt", null], // AlterValueError
  ["222-gocardless-legacy-api-switched-off-1.txt", null], // AlterValueError
  ["222-klarna-woocommerce-kp-bad-value-400-1.txt", { format: "log", status: 400 }],
  ["222-klarna-woocommerce-kp-401-html-1.txt", { format: "log", status: 401 }],
  ["222-klarna-smartstore-bad-value-order-amount-1.txt", null], // AlterValueError
  ["222-klarna-payum-checkout-bad-format-400-1.txt", { format: "json-body", status: 400 }],
  ["222-klarna-kco-v2-php-401-authorization-1.txt", { format: "log", status: 401 }],
  ["222-adyen-php-curl-403-not-allowed-1.txt", { format: "log", status: 403 }],
  ["222-adyen-java-apiexception-http-exception-1.txt", null], // AlterValueError
  ["222-razorpay-node-orders-create-400-truncated-1.txt", { format: "log", status: 400 }],
  ["222-braintree-node-down-for-maintenance-1.txt", { format: "log", status: 503 }],
  ["222-checkout-php-sdk-422-1.txt", { format: "log", status: 422 }],
  ["222-google-youtube-android-daily-limit-1.txt", { format: "log", status: 403 }],
  ["222-google-drive-rn-gdrive-401-invalid-credentials-1.txt", null], // AlterValueError
  ["222-dropbox-java-android-missing-scope-1.txt", { format: "json-body", status: 401 }],
  ["222-aws-amplify-expo-s3-upload-403-1.txt", { format: "log", status: 403 }],
  ["222-aws-android-kotlin-s3-accessdenied-1.txt", { format: "log", status: 403 }],
  ["222-aws-amplify-android-upload-accessdenied-1.txt", { format: "log", status: 403 }],
  ["222-aws-amplify-android-cognito-notauthorized-1.txt", { format: "log", status: 400 }],
  ["222-aws-amplify-rn-axios-403-two-lines-1.txt", { format: "log", status: 403 }],
  ["222-aws-sdk-android-cognito-userpools-400-1.txt", { format: "log", status: 400 }],
  ["222-microsoft-onedrive-android-html-unavailable-1.txt", null], // AlterValueError
  ["222-openai-chatgpt-android-too-many-requests-1.txt", null], // AlterValueError
  ["222-microsoft-graph-android-kotlin-clientexception-1.txt", null], // AlterValueError
  ["222-cohere-typescript-rerank-403-html-1.txt", { format: "log", status: 403 }],
  ["222-vertex-gemini-php-403-permission-denied-1.txt", { format: "log", status: 403 }],
  ["222-vertex-python-aiplatform-403-consumer-invalid-1.txt", { format: "log", status: 403 }],
  ["222-vertex-litellm-403-iam-permission-denied-1.txt", { format: "log", status: 403 }],
  ["222-gemini-litellm-proxy-503-overloaded-1.txt", { format: "json-body", status: 503 }],
  ["222-elevenlabs-python-too-many-concurrent-1.txt", null], // AlterValueError
  ["222-deepseek-continue-402-insufficient-balance-1.txt", { format: "log", status: 402 }],
  ["222-bedrock-lambda-log-accessdenied-model-1.txt", { format: "log", status: undefined }],
  ["222-bedrock-strands-converse-validation-on-demand-1.txt", { format: "log", status: undefined }],
  ["222-replicate-js-422-invalid-version-1.txt", { format: "log", status: 422 }],
  ["222-replicate-js-payment-required-1.txt", { format: "log", status: 402 }],
  ["222-stability-bedrock-validation-invalid-prompts-1.txt", { format: "log", status: undefined }],
  ["222-deepgram-python-websocket-401-1.txt", { format: "log", status: 401 }],
  ["222-assemblyai-python-transcripterror-deprecated-param-1.txt", null], // AlterValueError
  ["222-bedrock-cohere-rerank-litellm-403-invalid-token-1.txt", null], // AlterValueError
  ["222-together-python-missing-api-key-1.txt", { format: "log", status: 401 }],
  ["222-probe-aws-route53-throttling-docs-1.txt", null], // AlterValueError
  ["222-probe-externaldns-rate-limits-docs-1.txt", null], // AlterValueError
  ["222-probe-certmanager-v1152-release-notes-1.txt", null], // AlterValueError
  ["222-probe-redis-operator-client-side-throttling-1.txt", null], // AlterValueError
  ["222-probe-certmanager-route53-retryer-diff-1.txt", null], // AlterValueError
  ["222-probe-gocardless-php-readme-handling-failures-1.txt", null], // AlterValueError
  ["222-probe-wise-sca-retry-code-1.txt", null], // AlterValueError
  ["222-probe-wise-api-docs-sca-workflow-1.txt", null], // AlterValueError
  ["222-probe-braintree-ruby-successful-log-1.txt", null], // AlterValueError
  ["222-probe-braintree-maintainer-error-types-1.txt", null], // AlterValueError
  ["222-probe-google-drive-rn-success-200-1.txt", { format: "log", status: 200 }],
  ["222-probe-openai-401-docs-page-1.txt", null], // AlterValueError
  ["222-probe-kotlin-retrofit-interceptor-sample-1.txt", null], // AlterValueError
  ["222-probe-openai-429-explainer-article-1.txt", null], // AlterValueError
  ["222-probe-openai-kotlin-android-200-log-1.txt", { format: "log", status: 200 }],
  ["222-probe-deepgram-errors-doc-1.txt", null], // AlterValueError
  ["222-probe-gemini-api-errors-table-1.txt", null], // AlterValueError
  ["222-probe-litellm-fireworks-ratelimit-pr-1.txt", null], // AlterValueError
  ["222-probe-assemblyai-sdk-error-docs-pr-1.txt", null], // AlterValueError
  ["222-probe-mirascope-cohere-error-handling-sample-1.txt", null], // AlterValueError
  // The two-hundred-and-twenty-first trial's: the six named providers in Elixir and Phoenix apps and through LLM gateways and proxies;
  // delivery, ride-hailing and marketplace APIs; identity verification and KYC APIs. (Fixtures only: read as they were first tried.)
  ["221-aws-exaws-s3-accessdenied-403-1.txt", { format: "log", status: 403 }],
  ["221-aws-broadwaysqs-nonexistentqueue-400-1.txt", { format: "log", status: 400 }],
  ["221-aws-exaws-sqs-invalidclienttokenid-403-1.txt", { format: "log", status: 403 }],
  ["221-aws-exaws-s3-requesttimetooskewed-403-1.txt", { format: "log", status: 403 }],
  ["221-aws-exaws-throttlingexception-json-1.txt", null], // AlterValueError
  ["221-aws-exaws-s3-multipart-timeout-1.txt", null], // AlterValueError
  ["221-aws-exaws-s3-nosuchbucket-404-1.txt", { format: "log", status: 404 }],
  ["221-aws-exaws-dynamodb-hackney-noproc-1.txt", null], // AlterValueError
  ["221-google-ueberauth-oauth2-403-accessnotconfigured-1.txt", null], // AlterValueError
  ["221-google-ueberauth-oauth2-500-userinfo-1.txt", { format: "log", status: 500 }],
  ["221-google-httpoison-sheets-429-resource-exhausted-1.txt", null], // AlterValueError
  ["221-openai-httpoison-503-nginx-1.txt", { format: "log", status: 503 }],
  ["221-microsoft-httpoison-oauth-callback-timeout-1.txt", { format: "network-text", status: undefined }],
  ["221-uber-php-guzzle-401-invalid-credentials-1.txt", { format: "log", status: 401 }],
  ["221-uber-node-uber-401-invalid-grant-1.txt", { format: "json-wrapper", status: 401 }],
  ["221-uber-cli-request-promise-422-distance-exceeded-1.txt", { format: "log", status: 422 }],
  ["221-uber-cli-unauthorized-body-no-status-1.txt", null], // AlterValueError
  ["221-uber-angularjs-no-authentication-provided-1.txt", null], // AlterValueError
  ["221-square-python-apierror-400-invalid-email-1.txt", { format: "log", status: 400 }],
  ["221-square-connect-nodejs-superagent-400-expected-string-1.txt", { format: "log", status: 400 }],
  ["221-square-laravel-square-404-customer-not-found-1.txt", { format: "log", status: 404 }],
  ["221-square-web-payments-node-unauthorized-no-status-1.txt", null], // AlterValueError
  ["221-square-laravel-square-exception-invalid-enum-1.txt", null], // AlterValueError
  ["221-doordash-cli-order-submit-tool-unavailable-1.txt", null], // AlterValueError
  ["221-postmates-ruby-badrequest-400-create-delivery-1.txt", { format: "log", status: 400 }],
  ["221-uber-rides-python-clienterror-422-invalid-request-1.txt", { format: "log", status: 422 }],
  ["221-uber-oauthswift-401-invalid-client-1.txt", { format: "log", status: 401 }],
  ["221-bolt-driver-sdk-503-not-authorized-1.txt", { format: "log", status: 503 }],
  ["221-helicone-openai-python-401-incorrect-key-1.txt", { format: "log", status: 401 }],
  ["221-azure-apim-botsharp-401-invalid-subscription-key-1.txt", { format: "log", status: 401 }],
  ["221-azure-apim-openai-python-401-missing-subscription-key-1.txt", { format: "log", status: 401 }],
  ["221-openrouter-openwebui-429-upstream-ratelimited-1.txt", { format: "json-body", status: 429 }],
  ["221-helicone-gateway-continue-500-wrapped-400-1.txt", { format: "log", status: 400 }],
  ["221-cloudflare-aigw-chatbox-404-unknown-url-1.txt", { format: "log", status: 404 }],
  ["221-litellm-proxy-continue-401-token-not-found-1.txt", { format: "log", status: 401 }],
  ["221-litellm-azure-pr-agent-401-access-token-1.txt", { format: "log", status: 401 }],
  ["221-litellm-proxy-azure-403-key-auth-disabled-1.txt", null], // AlterValueError
  ["221-openrouter-google-dify-400-user-location-1.txt", { format: "log", status: 400 }],
  ["221-portkey-openai-200-network-connection-lost-1.txt", { format: "json-wrapper", status: 200 }], // wrong, left: a gateway's 200 whose body holds only its own error marker ("html-message": "Network connection lost.") reads as no error
  ["221-azure-apim-graphrag-429-try-again-50s-1.txt", { format: "log", status: 429 }],
  ["221-litellm-proxy-openhands-budget-exceeded-1.txt", null], // AlterValueError
  ["221-openrouter-forgecode-402-more-credits-1.txt", null], // AlterValueError
  ["221-litellm-proxy-bedrock-400-max-tokens-1.txt", { format: "log", status: 400 }],
  ["221-litellm-proxy-bedrock-404-unknown-provider-1.txt", { format: "json-body", status: 404 }],
  ["221-onfido-android-okhttp-401-documents-1.txt", { format: "log", status: 401 }],
  ["221-onfido-android-okhttp-401-sdk-token-1.txt", { format: "log", status: 401 }],
  ["221-onfido-android-okhttp-401-v3-1.txt", { format: "log", status: 401 }],
  ["221-onfido-ios-bad-referrer-1.txt", null], // AlterValueError
  ["221-onfido-web-devtools-401-documents-1.txt", { format: "log", status: 401 }],
  ["221-onfido-node-request-validation-error-1.txt", null], // AlterValueError
  ["221-onfido-web-console-401-1.txt", { format: "log", status: 401 }],
  ["221-plaid-php-idv-unknown-fields-1.txt", null], // AlterValueError
  ["221-sumsub-java-corrupted-file-400-1.txt", { format: "log", status: 400 }],
  ["221-stripe-ios-identity-flowcontroller-error3-1.txt", null], // AlterValueError
  ["221-stripe-identity-rn-flowcontroller-error1-1.txt", null], // AlterValueError
  ["221-sumsub-node-signature-mismatch-1.txt", null], // AlterValueError
  ["221-onfido-web-authorization-error-1.txt", null], // AlterValueError
  ["221-probe-exaws-pr-retry-toomanyrequests-1.txt", null], // AlterValueError
  ["221-probe-ueberauth-microsoft-pr-handle-error-1.txt", null], // AlterValueError
  ["221-probe-ueberauth-google-pr-diff-1.txt", null], // AlterValueError
  ["221-probe-goth-hexdocs-fetch-1.txt", null], // AlterValueError
  ["221-probe-openai-429-retry-code-1.txt", null], // AlterValueError
  ["221-probe-uber-health-errors-doc-table-1.txt", null], // AlterValueError
  ["221-probe-uber-go-successful-estimates-1.txt", null], // AlterValueError
  ["221-probe-wolt-drive-error-handling-table-1.txt", null], // AlterValueError
  ["221-probe-doordash-rate-limits-yml-1.txt", null], // AlterValueError
  ["221-probe-doordash-sdk-create-delivery-catch-1.txt", null], // AlterValueError
  ["221-probe-cloudflare-aigw-changelog-credential-errors-1.txt", null], // AlterValueError
  ["221-probe-helicone-ratelimit-docs-code-sample-1.txt", null], // AlterValueError
  ["221-probe-openrouter-successful-response-1.txt", null], // AlterValueError
  ["221-probe-litellm-pr-model-budget-docs-1.txt", null], // AlterValueError
  ["221-probe-azure-apim-rate-limit-policy-docs-1.txt", null], // AlterValueError
  ["221-probe-persona-errors-doc-1.txt", null], // AlterValueError
  ["221-probe-veriff-status-codes-table-1.txt", null], // AlterValueError
  ["221-probe-persona-ratelimit-headers-1.txt", null], // AlterValueError
  ["221-probe-onfido-check-retrieved-log-1.txt", null], // AlterValueError
  ["221-probe-onfido-python-error-handling-sample-1.txt", null], // AlterValueError
  // The two-hundred-and-twentieth trial's: the six named providers in WordPress, Drupal and Joomla plugins and in browser-side
  // JavaScript; git hosting and CI/CD APIs; e-mail marketing and transactional e-mail APIs.
  ["220-google-gadwp-oauth-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["220-google-hybridauth-anycomment-403-accessnotconfigured-1.txt", { format: "log", status: 403 }],
  ["220-aws-wp-offload-listbuckets-403-accessdenied-1.txt", { format: "log", status: 403 }],
  ["220-aws-s3-video-signaturedoesnotmatch-1.txt", { format: "log", status: 403 }],
  ["220-aws-akeeba-joomla-putobject-invalidrequest-sigv4-1.txt", { format: "log", status: 400 }],
  ["220-openai-wp-autoplugin-curl28-timeout-1.txt", { format: "network-text", status: undefined }],
  ["220-openai-classifai-curl28-timeout-5000ms-1.txt", { format: "network-text", status: undefined }],
  ["220-openai-otter-blocks-quota-exceeded-1.txt", { format: "log", status: 429 }],
  ["220-dropbox-wpb2d-upload-failed-aborting-1.txt", null], // AlterValueError
  ["220-hubspot-formie-forms-required-field-1.txt", null], // AlterValueError
  ["220-aws-wp2static-s3-signaturedoesnotmatch-1.txt", { format: "log", status: 403 }],
  ["220-aws-wp-offload-bucket-region-access-denied-1.txt", null], // AlterValueError
  ["220-github-gh-cli-403-resource-not-accessible-1.txt", { format: "log", status: 403 }],
  ["220-github-stainless-action-403-resource-not-accessible-1.txt", { format: "log", status: 403 }],
  ["220-github-octokit-rest-js-502-list-commits-1.txt", { format: "log", status: 502 }],
  ["220-github-github3py-502-server-error-1.txt", { format: "log", status: 502 }],
  ["220-github-graphql-createissue-submitted-too-quickly-1.txt", null], // AlterValueError
  ["220-gitlab-ruby-gem-403-insufficient-privileges-1.txt", { format: "log", status: 403 }],
  ["220-bitbucket-ruby-faraday-401-access-token-expired-1.txt", { format: "log", status: 401 }],
  ["220-bitbucket-python-401-token-invalid-expired-1.txt", { format: "log", status: 401 }],
  ["220-azure-devops-az-cli-tf400813-401-1.txt", { format: "log", status: 401 }],
  ["220-azure-pipelines-agent-vs30063-401-1.txt", { format: "log", status: 401 }],
  ["220-circleci-curl-v2-pipeline-project-not-found-permission-denied-1.txt", null], // AlterValueError
  ["220-buildkite-agent-422-pipeline-upload-invalid-step-1.txt", { format: "log", status: 422 }],
  ["220-buildkite-agent-422-job-start-canceling-1.txt", { format: "log", status: 422 }],
  ["220-buildkite-agent-pipeline-upload-processing-exhausted-1.txt", null], // AlterValueError
  ["220-travis-got-403-auth-github-token-exchange-1.txt", { format: "log", status: 403 }],
  ["220-travis-api-500-job-restart-1.txt", { format: "http", status: 500 }],
  ["220-google-gapi-react-contacts-insufficient-scope-1.txt", { format: "json-wrapper", status: 403 }],
  ["220-microsoft-graph-msal-browser-calendarview-401-1.txt", { format: "log", status: 401 }],
  ["220-microsoft-msal-angular-interaction-required-consent-1.txt", null], // AlterValueError
  ["220-microsoft-msal-browser-interaction-in-progress-1.txt", null], // AlterValueError
  ["220-aws-s3-react-xhr-put-403-1.txt", { format: "log", status: 403 }],
  ["220-aws-s3-meteor-slingshot-accessdenied-xml-1.txt", { format: "log", status: 403 }],
  ["220-aws-s3-browser-sdk-cors-preflight-1.txt", { format: "network-text", status: undefined }],
  ["220-aws-cognito-amplify-identity-400-1.txt", { format: "log", status: 400 }],
  ["220-openai-fetch-missing-api-key-401-1.txt", null], // AlterValueError
  ["220-openai-chrome-extension-429-1.txt", null], // AlterValueError
  ["220-google-gapi-auth2-idpiframe-initialization-failed-1.txt", null], // AlterValueError
  ["220-openai-react-chatbot-axios-429-1.txt", { format: "log", status: 429 }],
  ["220-dropbox-stackedit-v1-retired-400-1.txt", { format: "log", status: 400 }],
  ["220-mailgun-ghost-420-recipient-limit-1.txt", { format: "log", status: 420 }],
  ["220-sendgrid-python-401-traceback-1.txt", { format: "log", status: 401 }],
  ["220-sendgrid-node-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["220-mailchimp-gibbon-400-member-exists-1.txt", { format: "log", status: 400 }],
  ["220-sendgrid-nodemailer-smtp-550-sender-identity-1.txt", null], // AlterValueError
  ["220-brevo-pipedream-axios-404-contact-1.txt", { format: "log", status: 404 }],
  ["220-postmark-rails-missing-token-1.txt", { format: "log", status: 401 }],
  ["220-postmark-php-401-unauthorized-1.txt", { format: "log", status: 401 }],
  ["220-mailgun-js-401-forbidden-eu-1.txt", { format: "log", status: 401 }],
  ["220-mailgun-js-boland-404-nginx-1.txt", { format: "html-page", status: 404 }],
  ["220-sendgrid-elixir-429-too-many-requests-1.txt", null], // AlterValueError
  ["220-ses-aws-sdk-js-500-server-error-1.txt", { format: "log", status: 500 }],
  ["220-mailchimp-gibbon-404-log-instance-1.txt", { format: "log", status: 404 }],
  ["220-sendgrid-node-legacy-500-nginx-html-1.txt", { format: "html-page", status: 500 }],
  ["220-resend-node-403-domain-not-verified-1.txt", { format: "log", status: 403 }],
  ["220-ses-ruby-sesv2-too-many-requests-1.txt", { format: "log", status: 429 }],
  ["220-probe-onetapwoo-google-api-errors-docs-1.txt", null], // AlterValueError
  ["220-probe-wp-offload-diagnostic-info-1.txt", null], // AlterValueError
  ["220-probe-logseq-openai-pr-error-handling-1.txt", null], // AlterValueError
  ["220-probe-akeeba-aitiny-networking-docs-1.txt", null], // AlterValueError
  ["220-probe-wp-offload-support-reply-debug-log-1.txt", null], // AlterValueError
  ["220-probe-github-curl-200-and-304-headers-1.txt", { format: "http", status: 200 }],
  ["220-probe-gitlab-rest-troubleshooting-status-codes-1.txt", null], // AlterValueError
  ["220-probe-gitlab-ruby-gem-unprocessable-doc-1.txt", null], // AlterValueError
  ["220-probe-octokit-plugin-throttling-readme-sample-1.txt", null], // AlterValueError
  ["220-probe-buildkite-agent-pipeline-upload-success-1.txt", null], // AlterValueError
  ["220-probe-google-chrome-identity-code-sample-1.txt", null], // AlterValueError
  ["220-probe-msal-spa-interaction-required-diff-1.txt", null], // AlterValueError
  ["220-probe-msgraph-sdk-js-retry-after-bug-report-1.txt", null], // AlterValueError
  ["220-probe-hubspot-fetch-limits-doc-1.txt", null], // AlterValueError
  ["220-probe-hubspot-form-submit-400-handler-1.txt", null], // AlterValueError
  ["220-probe-sendgrid-docs-status-table-1.txt", { format: "http", status: 200 }],
  ["220-probe-ses-sendemail-success-1.txt", null], // AlterValueError
  ["220-probe-resend-node-ratelimit-code-sample-1.txt", null], // AlterValueError
  ["220-probe-sendgrid-ruby-429-retry-snippet-1.txt", null], // AlterValueError
  ["220-probe-resend-ruby-ratelimit-changelog-1.txt", null], // AlterValueError
  // The two-hundred-and-nineteenth trial's: the six named providers in .NET MAUI, Xamarin and Unity apps and in backup and sync tools;
  // CRM and sales-engagement APIs; image, media-storage and asset APIs.
  ["219-google-dotnet-photos-403-api-disabled-1.txt", { format: "http", status: 403 }],
  ["219-google-drive-dotnet-httpwebrequest-401-invalid-token-1.txt", { format: "log", status: 401 }],
  ["219-google-drive-dotnet-httpwebrequest-400-notupload-1.txt", { format: "log", status: 400 }],
  ["219-dropbox-dotnet-httpwebrequest-409-shared-link-exists-1.txt", { format: "log", status: 409 }],
  ["219-msgraph-dotnet-sdk-invalidauthenticationtoken-1.txt", null], // AlterValueError
  ["219-msgraph-dotnet-sdk-erroraccessdenied-1.txt", null], // AlterValueError
  ["219-aws-xamarin-cognito-notauthorizedexception-1.txt", null], // AlterValueError
  ["219-aws-unity-cognito-notauthorized-provider-1.txt", null], // AlterValueError
  ["219-aws-unity-s3-httperrorresponseexception-nostatus-1.txt", null], // AlterValueError
  ["219-aws-unity-s3-signature-mismatch-1.txt", { format: "log", status: 403 }],
  ["219-hubspot-dotnet-restsharp-400-invalid-json-1.txt", null], // AlterValueError
  ["219-openai-unity-srcnalt-logerror-nostatus-1.txt", null], // AlterValueError
  ["219-apollo-curl-401-invalid-credentials-1.txt", null], // AlterValueError
  ["219-apollo-api-inaccessible-free-plan-1.txt", null], // AlterValueError
  ["219-salesforce-simple-salesforce-invalid-grant-1.txt", null], // AlterValueError
  ["219-salesforce-java-google-http-invalid-grant-400-1.txt", { format: "log", status: 400 }],
  ["219-salesforce-nforce-invalid-grant-json-1.txt", null], // AlterValueError
  ["219-salesforce-mass-editor-api-currently-disabled-1.txt", null], // AlterValueError
  ["219-salesforce-gravityforms-invalid-field-1.txt", null], // AlterValueError
  ["219-salesforce-php-toolkit-soapfault-invalid-field-1.txt", null], // AlterValueError
  ["219-salesforce-boomi-invalid-field-query-1.txt", null], // AlterValueError
  ["219-zoho-crm-wpfusion-invalid-data-owner-1.txt", null], // AlterValueError
  ["219-pipedrive-dotnet-internal-server-error-1.txt", null], // AlterValueError
  ["219-close-closeio-api-empty-apierror-1.txt", null], // AlterValueError
  ["219-outreach-oauth-token-429-retry-later-1.txt", { format: "log", status: 429 }],
  ["219-salesforce-django-unsupported-grant-type-1.txt", null], // AlterValueError
  ["219-microsoft-rclone-onedrive-400-objecthandle-1.txt", { format: "log", status: 400 }],
  ["219-microsoft-onedrive-client-400-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["219-microsoft-onedrive-client-429-retry-after-1.txt", { format: "curl-v", status: 429 }],
  ["219-google-gsutil-403-objects-list-1.txt", { format: "log", status: 403 }],
  ["219-google-gsutil-rsync-403-caller-1.txt", { format: "log", status: 403 }],
  ["219-aws-restic-s3-access-denied-nostatus-1.txt", null], // AlterValueError
  ["219-aws-restic-init-bucketexists-access-denied-1.txt", null], // AlterValueError
  ["219-aws-cyberduck-duck-mrap-400-403-1.txt", { format: "curl-v", status: 403 }],
  ["219-google-rclone-drive-401-autherror-1.txt", { format: "log", status: 401 }],
  ["219-google-rclone-drive-invalid-grant-expired-1.txt", null], // AlterValueError
  ["219-google-rclone-drive-403-429-ratelimit-1.txt", { format: "log", status: 429 }],
  ["219-aws-rclone-s3-503-slowdown-1.txt", { format: "log", status: 503 }],
  ["219-dropbox-owncloud-401-expired-token-1.txt", null], // AlterValueError
  ["219-google-duplicati-drive-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["219-dropbox-nextcloud-expired-token-nostatus-1.txt", { format: "log", status: 401 }], // read since round 233 (refused before)
  ["219-cloudinary-ngfileupload-general-error-500-1.txt", { format: "log", status: 500 }],
  ["219-cloudinary-nuxt-invalid-signature-1.txt", null], // AlterValueError
  ["219-cloudinary-strapi-unknown-api-key-1.txt", null], // AlterValueError
  ["219-vimeo-laravel-401-no-user-credentials-1.txt", { format: "log", status: 401 }],
  ["219-vimeo-me2-pull-upload-3116-1.txt", null], // AlterValueError
  ["219-vimeo-php-upload-401-user-token-1.txt", { format: "log", status: 401 }],
  ["219-vimeo-laravel-upload-ticket-exception-1.txt", null], // AlterValueError
  ["219-vimeo-express-oauth-invalid-client-1.txt", null], // AlterValueError
  ["219-unsplash-raycast-rate-limit-syntaxerror-1.txt", null], // AlterValueError
  ["219-unsplash-variety-requests-403-1.txt", { format: "log", status: 403 }],
  ["219-unsplash-diza-php-500-1.txt", { format: "log", status: 500 }],
  ["219-unsplash-gallerydl-403-print-traffic-1.txt", { format: "log", status: 403 }],
  ["219-mux-sanity-plugin-proxy-401-1.txt", { format: "json-body", status: 401 }],
  ["219-pexels-python-requests-401-1.txt", { format: "log", status: 401 }],
  ["219-pexels-ruby-bugsnag-apierror-unauthorized-1.txt", null], // AlterValueError
  ["219-shutterstock-notebook-invalid-access-token-1.txt", null], // AlterValueError
  ["219-probe-msgraph-docs-error-status-table-1.txt", null], // AlterValueError
  ["219-probe-unity-openai-unitywebrequest-code-1.txt", null], // AlterValueError
  ["219-probe-dropbox-client-changelog-1.txt", null], // AlterValueError
  ["219-probe-msgraph-odataerror-json-schema-1.txt", null], // AlterValueError
  ["219-probe-hubspot-dotnet-pr-error-handling-1.txt", null], // AlterValueError
  ["219-probe-salesloft-common-errors-guide-1.txt", null], // AlterValueError
  ["219-probe-pipedrive-messaging-error-codes-table-1.txt", null], // AlterValueError
  ["219-probe-outreach-successful-collection-response-1.txt", null], // AlterValueError
  ["219-probe-close-rate-limits-doc-prose-1.txt", null], // AlterValueError
  ["219-probe-closeio-api-retry-loop-code-1.txt", null], // AlterValueError
  ["219-probe-onedrive-pr-429-retry-1.txt", null], // AlterValueError
  ["219-probe-onedrive-pr-catch-429-root-1.txt", null], // AlterValueError
  ["219-probe-s3fs-slowdown-feature-request-1.txt", null], // AlterValueError
  ["219-probe-rclone-onedrive-200-ok-dump-1.txt", null], // AlterValueError
  ["219-probe-s5cmd-commit-slowdown-retryable-1.txt", null], // AlterValueError
  ["219-probe-cloudinary-docs-diagnosing-error-codes-1.txt", null], // AlterValueError
  ["219-probe-cloudinary-npm-successful-upload-result-1.txt", null], // AlterValueError
  ["219-probe-pexels-client-rs-ratelimit-headers-code-1.txt", null], // AlterValueError
  ["219-probe-tessl-pycloudinary-exceptions-doc-1.txt", null], // AlterValueError
  ["219-probe-pexels-ruby-readme-rate-limiting-1.txt", null], // AlterValueError
  // The two-hundred-and-eighteenth trial's: the six named providers in C and C++ programs and embedded devices and in security tools'
  // connectors; fleet, logistics and telematics APIs; survey and forms APIs.
  ["218-openai-arduino-esp8266-429-too-many-requests-1.txt", { format: "log", status: 429 }],
  ["218-openai-nppopenai-cpp-incorrect-api-key-1.txt", { format: "log", status: 401 }],
  ["218-google-grive-libcurl-401-upload-session-1.txt", { format: "log", status: 401 }],
  ["218-google-grive2-libcurl-401-auth-token-expired-1.txt", { format: "log", status: 401 }],
  ["218-google-appsscript-esp8266-httpsredirect-401-1.txt", { format: "log", status: 401 }],
  ["218-google-youtube-esp8266-arduino-youtube-api-403-1.txt", { format: "log", status: 403 }],
  ["218-aws-sdkcpp-transfermanager-400-no-response-body-1.txt", { format: "log", status: 400 }],
  ["218-aws-sdkcpp-s3-put-get-accessdenied-1.txt", { format: "log", status: 403 }],
  ["218-aws-sdkcpp-s3-expiredtoken-imdsv2-400-1.txt", { format: "log", status: 400 }],
  ["218-aws-sdkcpp-s3-expiredtoken-instance-profile-1.txt", { format: "log", status: 400 }],
  ["218-aws-sdkcpp-curlhttpclient-s3-403-trace-1.txt", { format: "log", status: 403 }],
  ["218-msgraph-wazuh-c-libcurl-401-signature-invalid-1.txt", { format: "log", status: 401 }],
  ["218-msgraph-wazuh-c-libcurl-403-missing-application-roles-1.txt", { format: "log", status: 403 }],
  ["218-msgraph-wazuh-c-libcurl-400-invalid-filter-1.txt", { format: "log", status: 400 }],
  ["218-geotab-mg-api-node-invalid-user-1.txt", null], // AlterValueError
  ["218-geotab-mg-api-js-invalid-session-1.txt", null], // AlterValueError
  ["218-geotab-jsonrpc-invaliduser-response-1.txt", null], // AlterValueError
  ["218-onfleet-curl-401-invalid-credentials-1.txt", { format: "http", status: 401 }],
  ["218-onfleet-node-ratelimiterror-1.txt", { format: "log", status: 429 }],
  ["218-geotab-mygeotab-python-invalidcast-1.txt", null], // AlterValueError
  ["218-traccar-php-401-unauthorized-1.txt", { format: "log", status: 401 }],
  ["218-traccar-web-not-logged-in-1.txt", null], // AlterValueError
  ["218-traccar-postman-400-npe-1.txt", { format: "log", status: 400 }],
  ["218-traccar-web-500-jsonmapping-1.txt", { format: "log", status: 500 }],
  ["218-traccar-retrofit-400-positions-1.txt", { format: "log", status: 400 }],
  ["218-traccar-positions-access-denied-1.txt", null], // AlterValueError
  ["218-microsoft-graph-splunk-ta-requests-403-riskyusers-1.txt", { format: "log", status: 403 }],
  ["218-microsoft-graph-wazuh-msgraph-403-missing-roles-1.txt", { format: "log", status: 403 }],
  ["218-microsoft-graph-wazuh-msgraph-401-invalid-signature-1.txt", { format: "log", status: 401 }],
  ["218-microsoft-entra-wazuh-office365-aadsts700016-1.txt", null], // AlterValueError
  ["218-microsoft-o365-wazuh-script-400-subscription-disabled-1.txt", { format: "log", status: 400 }],
  ["218-aws-wazuh-aws-s3-headbucket-403-1.txt", { format: "log", status: 403 }],
  ["218-aws-wazuh-lambda-s3-getobject-accessdenied-1.txt", { format: "log", status: 403 }],
  ["218-aws-elastic-agent-config-throttling-400-1.txt", { format: "log", status: 400 }],
  ["218-aws-elastalert-es-expired-token-403-1.txt", { format: "log", status: 403 }],
  ["218-openai-detectiq-python-429-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["218-google-wazuh-gcloud-bucket-forbidden-1.txt", null], // AlterValueError
  ["218-aws-sentinel-s3-connector-oidc-s3b40029-1.txt", null], // AlterValueError
  ["218-microsoft-o365-wazuh-office365-unknown-error-1.txt", null], // AlterValueError
  ["218-splunk-msgraph-security-addon-splunklib-401-1.txt", { format: "log", status: 401 }],
  ["218-qualtrics-r-qualtrics-unauthorized-401-1.txt", { format: "log", status: 401 }],
  ["218-qualtrics-r-qualtrics-bad-request-400-rlang-trace-1.txt", { format: "log", status: 400 }],
  ["218-qualtrics-r-proxied-warning-bad-request-400-1.txt", { format: "log", status: 400 }],
  ["218-qualtrics-r-getsurveys-authentication-401-1.txt", { format: "log", status: 401 }],
  ["218-qualtrics-r-getsurvey-bad-request-400-legacy-1.txt", { format: "log", status: 400 }],
  ["218-surveymonkey-ios-sdk-response-limit-plan-1.txt", null], // AlterValueError
  ["218-surveymonkey-csharp-webexception-403-1.txt", { format: "log", status: 403 }],
  ["218-surveymonkey-airbyte-retryable-wait-40s-1.txt", null], // AlterValueError
  ["218-surveymonkey-airbyte-defaultbackoff-wait-80s-1.txt", null], // AlterValueError
  ["218-googleforms-appsscript-getresponses-scope-1.txt", null], // AlterValueError
  ["218-googleforms-jquery-formresponse-503-1.txt", { format: "log", status: 503 }],
  ["218-googleforms-appsscript-urlfetch-discord-400-1.txt", { format: "log", status: 400 }],
  ["218-googleforms-python-autofill-submit-400-1.txt", null], // AlterValueError
  ["218-qualtrics-r-shared-survey-400-1.txt", { format: "log", status: 400 }],
  ["218-probe-espidf-http-server-error-enum-1.txt", null], // AlterValueError
  ["218-probe-arduino-esp32-httpclient-errortostring-sample-1.txt", null], // AlterValueError
  ["218-probe-msgraph-wazuh-successful-scan-debug-log-1.txt", null], // AlterValueError
  ["218-probe-msgraph-wazuh-bookmark-pr-description-1.txt", null], // AlterValueError
  ["218-probe-aws-sdkcpp-maintainer-error-mapping-comment-1.txt", null], // AlterValueError
  ["218-probe-geotab-ratelimit-guide-1.txt", null], // AlterValueError
  ["218-probe-samsara-response-codes-1.txt", null], // AlterValueError
  ["218-probe-project44-error-schema-1.txt", null], // AlterValueError
  ["218-probe-routific-errors-table-1.txt", null], // AlterValueError
  ["218-probe-geotab-getfeed-success-1.txt", null], // AlterValueError
  ["218-probe-aws-wazuh-keyerror-after-200-1.txt", null], // AlterValueError
  ["218-probe-microsoft-graph-wazuh-pr-429-handling-1.txt", null], // AlterValueError
  ["218-probe-microsoft-graph-wazuh-pr-error-message-list-1.txt", null], // AlterValueError
  ["218-probe-aws-elastic-integrations-doc-pr-throttling-1.txt", null], // AlterValueError
  ["218-probe-microsoft-o365-wazuh-success-debug-log-1.txt", null], // AlterValueError
  ["218-probe-qualtrics-whoami-200-proxied-notice-1.txt", null], // AlterValueError
  ["218-probe-moaform-error-code-table-1.txt", null], // AlterValueError
  ["218-probe-formspring-errors-doc-1.txt", null], // AlterValueError
  ["218-probe-ipaas-jotform-error-messages-doc-1.txt", null], // AlterValueError
  ["218-probe-cds-forms-api-monitoring-doc-1.txt", null], // AlterValueError
  // The two-hundred-and-seventeenth trial's: the six named providers in Dart and Flutter apps and called from spreadsheets and office
  // scripting; ticketing, events and booking APIs; news, sports and content data APIs.
  ["217-google-googleapis-dart-401-invalid-credentials-1.txt", { format: "log", status: 401 }],
  ["217-google-firebase-admin-dart-401-credentials-missing-1.txt", { format: "json-body", status: 401 }],
  ["217-google-translator-flutter-429-captcha-html-1.txt", { format: "log", status: 429 }],
  ["217-openai-dart-openai-stream-account-deactivated-1.txt", null], // AlterValueError
  ["217-openai-dio-flutter-429-vision-1.txt", { format: "log", status: 429 }],
  ["217-msgraph-aad-oauth-http-404-resourcenotfound-1.txt", null], // AlterValueError
  ["217-msgraph-flutter-onedrive-unauthenticated-1.txt", null], // AlterValueError
  ["217-aws-s3-cognito-dart-http-xml-accessdenied-1.txt", { format: "log", status: 403 }],
  ["217-aws-amplify-flutter-storage-download-403-1.txt", { format: "log", status: 403 }],
  ["217-aws-s3-plugin-flutter-upload-403-1.txt", { format: "log", status: 403 }],
  ["217-aws-flutter-s3-client-listobjects-deserialization-1.txt", null], // AlterValueError
  ["217-aws-signature-v4-dart-403-signature-mismatch-1.txt", null], // AlterValueError
  ["217-eventbrite-python-ratelimit-429-1.txt", { format: "log", status: 429 }],
  ["217-meetup-android-oauth-auth-fail-1.txt", null], // AlterValueError
  ["217-meetup-oauth-refresh-invalid-grant-1.txt", null], // AlterValueError
  ["217-meetup-java-httpclient-400-bad-request-1.txt", { format: "log", status: 400 }],
  ["217-meetup-php-curl-oauth-invalid-code-1.txt", null], // AlterValueError
  ["217-hotelbeds-php-curl-booking-invalid-request-1.txt", null], // AlterValueError
  ["217-hotelbeds-java-sdk-wrong-content-type-1.txt", null], // AlterValueError
  ["217-yelp-fusion-bookings-openings-not-found-1.txt", null], // AlterValueError
  ["217-eventbrite-npm-request-error-1.txt", null], // AlterValueError
  ["217-eventbrite-docs-venue-and-online-400-1.txt", { format: "log", status: 400 }],
  ["217-eventbrite-support-not-authorized-403-1.txt", { format: "json-body", status: 403 }],
  ["217-calcom-python-requests-no-available-users-1.txt", null], // AlterValueError
  ["217-ticketmaster-discovery-invalid-apikey-1.txt", null], // AlterValueError
  ["217-ticketmaster-redeam-partner-503-1.txt", null], // AlterValueError
  ["217-google-vbaweb-token-invalid-client-1.txt", { format: "log", status: 401 }],
  ["217-google-vbaweb-token-408-1.txt", null], // AlterValueError
  ["217-google-appsscript-oauth2-insufficient-scopes-1.txt", { format: "json-body", status: 403 }],
  ["217-google-appsscript-people-quota-1.txt", { format: "log", status: 429 }],
  ["217-google-appsscript-drive-copy-user-rate-limit-1.txt", { format: "log", status: 403 }],
  ["217-aws-appsscript-s3-invalidrequest-sigv4-1.txt", null], // AlterValueError
  ["217-microsoft-graph-excel-wac-accessdenied-1.txt", null], // AlterValueError
  ["217-microsoft-excelonline-script-notfound-404-1.txt", { format: "log", status: 404 }],
  ["217-microsoft-graph-powershell-token-401-1.txt", { format: "log", status: 401 }],
  ["217-microsoft-graph-powershell-403-interdit-1.txt", { format: "log", status: 403 }],
  ["217-openai-vimai-429-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["217-google-appsscript-gdrive-copy-gjre-user-rate-limit-1.txt", { format: "log", status: 403 }],
  ["217-google-appsscript-people-quota-neweditor-1.txt", { format: "log", status: 429 }],
  ["217-newsapi-node-apikeyinvalid-1.txt", null], // AlterValueError
  ["217-newsapi-node-parameterinvalid-plan-1.txt", null], // AlterValueError
  ["217-newsapi-json-ratelimited-1.txt", null], // AlterValueError
  ["217-nytimes-python-log-403-429-1.txt", { format: "log", status: 403 }],
  ["217-nytimes-okhttp-401-placeholder-key-1.txt", { format: "log", status: 401 }],
  ["217-nytimes-console-500-community-1.txt", { format: "log", status: 500 }],
  ["217-footballdata-json-403-v2-token-1.txt", null], // AlterValueError
  ["217-thesportsdb-guzzle-429-1.txt", { format: "log", status: 429 }],
  ["217-stattleship-node-403-request-id-1.txt", { format: "json-wrapper", status: 403 }],
  ["217-wikimedia-requests-403-eventstream-1.txt", { format: "log", status: 403 }],
  ["217-mediawiki-wikitools-ratelimited-1.txt", null], // AlterValueError
  ["217-mediawiki-mwclient-ratelimited-1.txt", null], // AlterValueError
  ["217-genius-lyricsgenius-403-traceback-1.txt", { format: "log", status: 403 }],
  ["217-spotify-spotipy-spotdl-429-maxretries-1.txt", { format: "log", status: 429 }],
  ["217-spotify-onthespot-log-429-1.txt", { format: "log", status: 429 }],
  ["217-applenews-wp-print-r-401-1.txt", { format: "log", status: 401 }],
  ["217-probe-dart-openai-requestfailedexception-doc-1.txt", null], // AlterValueError
  ["217-probe-discoveryapis-commons-changelog-1.txt", null], // AlterValueError
  ["217-probe-dart-openai-request-failure-source-1.txt", null], // AlterValueError
  ["217-probe-openai-core-requestexception-doc-1.txt", null], // AlterValueError
  ["217-probe-dio-maintainer-explains-401-1.txt", null], // AlterValueError
  ["217-probe-acuity-keragon-troubleshooting-table-1.txt", null], // AlterValueError
  ["217-probe-calendly-list-webhooks-success-1.txt", null], // AlterValueError
  ["217-probe-ticketmatic-ratelimit-docs-go-sample-1.txt", null], // AlterValueError
  ["217-probe-ticketmaster-rate-limits-summary-1.txt", null], // AlterValueError
  ["217-probe-42min-booking-api-errors-doc-1.txt", null], // AlterValueError
  ["217-probe-openai-status-code-list-1.txt", null], // AlterValueError
  ["217-probe-powerquery-webcontents-options-1.txt", null], // AlterValueError
  ["217-probe-sheets-gpt-urlfetchapp-code-1.txt", null], // AlterValueError
  ["217-probe-graph-dotnet-handle-401-advice-1.txt", null], // AlterValueError
  ["217-probe-sheets-429-feature-request-1.txt", null], // AlterValueError
  ["217-probe-newsapi-docs-errors-1.txt", null], // AlterValueError
  ["217-probe-mediawiki-errors-and-warnings-doc-1.txt", null], // AlterValueError
  ["217-probe-guardian-capi-success-fixture-1.txt", null], // AlterValueError
  ["217-probe-spotipy-retry-code-1.txt", null], // AlterValueError
  ["217-probe-sportmonks-error-codes-table-1.txt", null], // AlterValueError
  // The two-hundred-and-sixteenth trial's: the six named providers in Swift and Objective-C apps and in automation tools' run logs;
  // observability and incident APIs; project-management and collaboration APIs.
  ["216-microsoft-msal-objc-silent-invalid-grant-1.txt", null], // AlterValueError
  ["216-google-gtlr-objc-drive-download-403-1.txt", { format: "log", status: 403 }],
  ["216-aws-ios-s3-transferutility-upload-code2-1.txt", null], // AlterValueError
  ["216-aws-ios-s3-transferutility-403-headers-1.txt", { format: "log", status: 403 }],
  ["216-aws-amplify-swift-api-graphql-401-1.txt", { format: "log", status: 401 }],
  ["216-microsoft-graph-urlsession-macos-authenticationerror-1.txt", null], // AlterValueError
  ["216-google-appauth-ios-drive-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["216-aws-ios-cognito-userpool-notauthorized-debug-1.txt", null], // AlterValueError
  ["216-aws-ios-mobileclient-signin-notauthorized-1.txt", null], // AlterValueError
  ["216-dropbox-swiftydropbox-upload-502-html-1.txt", { format: "log", status: 502 }],
  ["216-dropbox-swiftydropbox-missing-authorization-header-1.txt", { format: "log", status: 400 }],
  ["216-dropbox-swiftydropbox-bad-input-json-1.txt", { format: "log", status: 400 }],
  ["216-microsoft-msgraph-sdk-ios-autherror-code4-1.txt", null], // AlterValueError
  ["216-microsoft-msal-ios13-internal-42008-1.txt", null], // AlterValueError
  ["216-openai-copilotforxcode-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["216-aws-ios-s3-transferutility-code2-jun2017-1.txt", null], // AlterValueError
  ["216-datadog-datadogpy-403-forbidden-html-1.txt", { format: "html-page", status: 403 }],
  ["216-opsgenie-axios-403-40301-wrong-key-type-1.txt", { format: "log", status: 403 }],
  ["216-opsgenie-terraform-429-requestid-1.txt", { format: "log", status: 429 }],
  ["216-opsgenie-backup-forbidden-no-status-1.txt", null], // AlterValueError
  ["216-sentry-cli-jenkins-401-invalid-token-1.txt", { format: "log", status: 401 }],
  ["216-sentry-cli-selfhosted-403-permission-1.txt", { format: "log", status: 403 }],
  ["216-grafana-azure-500-wrapping-429-query-cost-1.txt", { format: "log", status: 500 }],
  ["216-grafana-azuremonitor-429-daily-rate-limit-1.txt", { format: "log", status: 429 }],
  ["216-grafana-hastic-401-expired-api-key-1.txt", { format: "log", status: 401 }],
  ["216-newrelic-ibm-cli-401-monitors-1.txt", { format: "log", status: 401 }],
  ["216-newrelic-terraform-403-error-page-1.txt", { format: "log", status: 403 }],
  ["216-newrelic-airflow-plugin-429-send-batch-1.txt", { format: "log", status: 429 }],
  ["216-splunk-hec-handler-python-503-1.txt", { format: "log", status: 503 }],
  ["216-pagerduty-exporter-go-400-arguments-2002-1.txt", { format: "log", status: 400 }],
  ["216-pagerduty-hubot-400-invalid-incident-note-1.txt", null], // AlterValueError
  ["216-honeycomb-refinery-504-gateway-timeout-1.txt", { format: "log", status: 504 }],
  ["216-aws-airflow-emr-throttling-runjobflow-1.txt", { format: "log", status: undefined }],
  ["216-aws-airflow-glue-throttling-getcrawler-1.txt", { format: "log", status: undefined }],
  ["216-google-airflow-bigquery-403-table-permission-1.txt", { format: "log", status: 403 }],
  ["216-aws-ghactions-s3-sync-putobject-accessdenied-1.txt", { format: "log", status: 403 }],
  ["216-aws-ghactions-s3cmd-403-accessdenied-1.txt", { format: "log", status: 403 }],
  ["216-aws-ghactions-s3-deploy-aws-sdk-js-accessdenied-1.txt", { format: "log", status: undefined }],
  ["216-aws-ghactions-upload-s3-action-accessdenied-1.txt", { format: "log", status: 403 }],
  ["216-google-ghactions-ssh-compute-iam-getaccesstoken-403-1.txt", { format: "log", status: 403 }],
  ["216-aws-ghactions-configure-aws-credentials-oidc-not-authorized-1.txt", null], // AlterValueError
  ["216-openai-homeassistant-assist-pipeline-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["216-dropbox-homeassistant-refresh-token-keyerror-1.txt", null], // AlterValueError
  ["216-msgraph-n8n-outlook-eauth-client-authentication-failed-1.txt", null], // AlterValueError
  ["216-trello-ruby-trello-rate-limit-airbrake-1.txt", null], // AlterValueError
  ["216-smartsheet-java-sdk-httpclientexception-status-null-1.txt", null], // AlterValueError
  ["216-smartsheet-backup-java-403-1004-1.txt", { format: "log", status: 403 }],
  ["216-airtable-airscraper-invalid-permissions-body-1.txt", null], // AlterValueError
  ["216-notion-notero-query-failed-validation-1.txt", null], // AlterValueError
  ["216-confluence-alfred-403-status-log-1.txt", { format: "log", status: 403 }],
  ["216-confluence-alfred-403-basic-auth-disabled-1.txt", null], // AlterValueError
  ["216-confluence-conflr-r-403-html-page-1.txt", { format: "log", status: 403 }],
  ["216-confluence-sphinx-builder-permission-denied-1.txt", null], // AlterValueError
  ["216-confluence-elastic-connector-internal-server-error-1.txt", null], // AlterValueError
  ["216-confluence-md2cf-404-not-found-1.txt", { format: "log", status: 404 }],
  ["216-confluence-llamahub-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["216-basecamp-basecampy3-401-token-expired-1.txt", { format: "log", status: 401 }],
  ["216-basecamp-guzzle-401-unknown-basecamp-id-1.txt", { format: "log", status: 401 }],
  ["216-basecamp-launchpad-token-404-body-1.txt", { format: "json-body", status: 404 }],
  ["216-basecamp-launchpad-rekeyed-deadbolt-1.txt", null], // AlterValueError
  ["216-probe-msal-ios-error-handling-doc-1.txt", null], // AlterValueError
  ["216-probe-msal-error-enum-reference-1.txt", null], // AlterValueError
  ["216-probe-aws-sdk-ios-changelog-1.txt", null], // AlterValueError
  ["216-probe-cryptomator-dropbox-error-enum-1.txt", null], // AlterValueError
  ["216-probe-swiftydropbox-error-handling-sample-1.txt", null], // AlterValueError
  ["216-probe-datadog-python-debug-200-ratelimit-headers-1.txt", null], // AlterValueError
  ["216-probe-sentry-native-changelog-retry-after-cap-1.txt", null], // AlterValueError
  ["216-probe-datadog-agent-pr-enable-retry-1.txt", null], // AlterValueError
  ["216-probe-splunk-hec-health-docs-axiom-1.txt", null], // AlterValueError
  ["216-probe-sentry-java-issue-handle-429-1.txt", null], // AlterValueError
  ["216-probe-n8n-docs-openai-quota-pr-description-1.txt", null], // AlterValueError
  ["216-probe-google-github-actions-auth-debug-startup-1.txt", null], // AlterValueError
  ["216-probe-aws-actions-iam-trust-policy-json-1.txt", null], // AlterValueError
  ["216-probe-airflow-bigquery-audit-log-granted-1.txt", null], // AlterValueError
  ["216-probe-aws-cli-get-role-success-1.txt", null], // AlterValueError
  ["216-probe-monday-docs-error-format-1.txt", null], // AlterValueError
  ["216-probe-monday-changelog-exception-handling-1.txt", null], // AlterValueError
  ["216-probe-asana-python-retry-strategy-pr-1.txt", null], // AlterValueError
  ["216-probe-monday-changelog-columnvalue-example-1.txt", null], // AlterValueError
  ["216-probe-trello-rate-limit-docs-quote-1.txt", null], // AlterValueError
  // The two-hundred-and-fifteenth trial's: the six named providers in Rust programs and as pasted in questions and forums;
  // e-commerce platform APIs; crypto exchange and blockchain node APIs.
  ["215-aws-sdk-rust-s3-slowdown-quickwit-janitor-1.txt", { format: "log", status: undefined }],
  ["215-aws-sdk-rust-s3-slowdown-raw-503-1.txt", { format: "log", status: 503 }],
  ["215-aws-sdk-rust-expired-token-exception-1.txt", { format: "log", status: undefined }],
  ["215-google-cloud-storage-rs-403-forbidden-other-1.txt", { format: "log", status: 403 }],
  ["215-google-cloud-storage-rs-panic-buckets-get-1.txt", null], // AlterValueError
  ["215-google-drive-oxide-client-400-invalid-value-1.txt", { format: "log", status: 400 }],
  ["215-google-photos-hyper-403-rawstatus-1.txt", { format: "log", status: 403 }],
  ["215-google-gmail-gws-403-metadata-scope-1.txt", { format: "json-body", status: 403 }],
  ["215-google-gmail-gws-403-insufficient-scopes-1.txt", { format: "log", status: 403 }],
  ["215-openai-codex-rust-401-invalid-api-key-1.txt", { format: "log", status: 401 }],
  ["215-openai-codex-rust-429-exceeded-retry-limit-1.txt", { format: "log", status: 429 }],
  ["215-dropbox-sdk-rust-401-expired-access-token-1.txt", null], // AlterValueError
  ["215-msgraph-teams-cli-rust-403-no-message-1.txt", { format: "log", status: 403 }],
  ["215-shopify-node-api-invalid-token-401-1.txt", null], // AlterValueError
  ["215-shopify-gatsby-source-unauthorized-401-1.txt", { format: "log", status: 401 }],
  ["215-shopify-api-node-503-service-unavailable-1.txt", { format: "log", status: 503 }],
  ["215-woocommerce-postman-cannot-view-401-1.txt", { format: "json-body", status: 401 }],
  ["215-woocommerce-python-rest-no-route-404-1.txt", { format: "log", status: 404 }],
  ["215-magento-curl-consumer-not-authorized-1.txt", null], // AlterValueError
  ["215-magento-webapi-internal-error-report-id-1.txt", null], // AlterValueError
  ["215-amazon-spapi-java-okhttp-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["215-amazon-spapi-python-forbidden-exception-1.txt", { format: "log", status: 403 }],
  ["215-amazon-spapi-createfeed-400-invalidinput-1.txt", { format: "log", status: 400 }],
  ["215-amazon-spapi-quotaexceeded-body-1.txt", null], // AlterValueError
  ["215-ebay-hendt-iaf-token-invalid-1.txt", null], // AlterValueError
  ["215-ebay-hendt-internal-error-heroku-1.txt", null], // AlterValueError
  ["215-ebay-sdk-php-finding-500-1.txt", { format: "log", status: 500 }],
  ["215-etsy-v3-429-per-second-1.txt", null], // AlterValueError
  ["215-bigcommerce-postman-403-auth-required-1.txt", { format: "json-body", status: 403 }],
  ["215-google-gemini-429-retryinfo-1.txt", { format: "json-body", status: 429 }],
  ["215-google-sheets-429-read-quota-1.txt", { format: "json-body", status: 429 }],
  ["215-google-sheets-403-scope-insufficient-1.txt", { format: "json-body", status: 403 }],
  ["215-msgraph-outlook-rest-apponly-invalid-grant-1.txt", null], // AlterValueError
  ["215-azuread-graph-authorization-requestdenied-1.txt", null], // AlterValueError
  ["215-hubspot-property-validation-400-1.txt", null], // AlterValueError
  ["215-aws-boto3-throttling-describeinstances-1.txt", { format: "log", status: undefined }],
  ["215-aws-cli-invalidclienttokenid-1.txt", { format: "log", status: undefined }],
  ["215-aws-s3-accessdenied-getobject-1.txt", { format: "log", status: 403 }],
  ["215-aws-boto3-expiredtoken-1.txt", null], // AlterValueError
  ["215-aws-expiredtokenexception-listbuckets-1.txt", { format: "log", status: undefined }],
  ["215-openai-python-o1-context-length-400-1.txt", { format: "log", status: 400 }],
  ["215-openai-python-401-invalid-api-key-1.txt", { format: "log", status: 401 }],
  ["215-openai-stream-midstream-server-error-1.txt", { format: "log", status: 500 }],
  ["215-aws-iam-accessdeniedexception-describeinstances-1.txt", { format: "log", status: undefined }],
  ["215-binance-ccxt-js-429-ddos-1.txt", { format: "log", status: 429 }],
  ["215-binance-rotki-418-ip-ban-retry-after-1.txt", { format: "log", status: 418 }],
  ["215-binance-python-binance-1003-weight-1.txt", { format: "log", status: 429 }], // read since round 237 (refused before)
  ["215-binance-connector-python-401-2015-1.txt", { format: "log", status: 401 }],
  ["215-binance-ccxt-py-451-restricted-location-1.txt", { format: "log", status: 451 }],
  ["215-binance-ccxt-py-503-order-1001-1.txt", { format: "log", status: 503 }],
  ["215-etherscan-ydata-max-rate-limit-1.txt", null], // AlterValueError
  ["215-alchemy-chainsauce-429-cups-1.txt", { format: "log", status: 429 }],
  ["215-alchemy-foundry-forge-429-1.txt", { format: "log", status: 429 }],
  ["215-infura-ethers-v5-401-invalid-project-id-1.txt", { format: "log", status: 401 }],
  ["215-infura-nimbus-32005-backoff-30-1.txt", null], // AlterValueError
  ["215-coinbase-guzzle-php-404-not-found-1.txt", { format: "log", status: 404 }],
  ["215-coinbase-ruby-notfounderror-1.txt", { format: "log", status: 404 }],
  ["215-coinbase-requests-401-advanced-trade-1.txt", { format: "log", status: 401 }],
  ["215-kraken-freqtrade-ccxt-permission-denied-1.txt", null], // AlterValueError
  ["215-kraken-xchange-java-invalid-nonce-1.txt", null], // AlterValueError
  ["215-probe-async-openai-rate-limit-example-1.txt", null], // AlterValueError
  ["215-probe-openai-rust-client-error-enum-1.txt", null], // AlterValueError
  ["215-probe-smithy-rs-s3-response-test-fixture-1.txt", null], // AlterValueError
  ["215-probe-google-drive3-error-match-sample-1.txt", null], // AlterValueError
  ["215-probe-graph-rs-sdk-error-handling-example-1.txt", null], // AlterValueError
  ["215-probe-bigcommerce-b2b-status-code-table-1.txt", null], // AlterValueError
  ["215-probe-bigcommerce-error-mapping-code-1.txt", null], // AlterValueError
  ["215-probe-shopifyapi-elixir-changelog-1.txt", null], // AlterValueError
  ["215-probe-amazon-spapi-putlisting-200-1.txt", { format: "json-body", status: undefined }],
  ["215-probe-zfr-shopify-changelog-1.txt", null], // AlterValueError
  ["215-probe-hubspot-legacy-create-or-update-docs-1.txt", null], // AlterValueError
  ["215-probe-msgraph-status-code-table-1.txt", null], // AlterValueError
  ["215-probe-boto3-dynamodb-exception-docs-1.txt", null], // AlterValueError
  ["215-probe-dropbox-list-folder-endpoint-docs-1.txt", null], // AlterValueError
  ["215-probe-openai-5xx-comparison-table-1.txt", null], // AlterValueError
  ["215-probe-binance-http-return-codes-doc-1.txt", null], // AlterValueError
  ["215-probe-binance-error-codes-list-1.txt", null], // AlterValueError
  ["215-probe-ccxt-binance-verbose-200-success-1.txt", { format: "log", status: 200 }],
  ["215-probe-ccxt-js-retry-code-sample-1.txt", null], // AlterValueError
  ["215-probe-coinmetrics-kraken-status-incident-1.txt", null], // AlterValueError
  // The two-hundred-and-fourteenth trial's: the six named providers in PHP and Laravel apps, in Go programs, and in Java and Kotlin
  // apps; customer support and helpdesk APIs.
  ["214-google-socialite-guzzle-403-accessnotconfigured-1.txt", { format: "log", status: 403 }],
  ["214-google-drive-flysystem-job-401-autherror-1.txt", { format: "json-body", status: 401 }],
  ["214-google-calendar-service-exception-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["214-google-sheets-artisan-403-permission-denied-1.txt", { format: "log", status: 403 }],
  ["214-google-analyticsadmin-wp-plugin-403-scope-insufficient-1.txt", { format: "log", status: 403 }],
  ["214-google-analytics-l4-service-exception-403-no-account-1.txt", { format: "log", status: 403 }],
  ["214-google-socialite-laravel-log-guzzle-401-1.txt", null], // AlterValueError
  ["214-msgraph-office365mail-guzzle-404-token-endpoint-1.txt", { format: "log", status: 404 }],
  ["214-msgraph-laravel-mail-nopermissionsinaccesstoken-1.txt", null], // AlterValueError
  ["214-msgraph-php-sdk-sendmail-erroraccessdenied-1.txt", null], // AlterValueError
  ["214-aws-s3-laravel-filemanager-log-403-accessdenied-1.txt", { format: "log", status: 403 }],
  ["214-aws-s3-laravel-stapler-createbucket-403-1.txt", { format: "log", status: 403 }],
  ["214-aws-s3-guzzle5-rollbar-headobject-403-1.txt", { format: "log", status: 403 }],
  ["214-aws-s3-pixelfed-queue-worker-403-1.txt", { format: "log", status: 403 }],
  ["214-dropbox-spatie-omeka-badrequest-path-not-found-1.txt", null], // AlterValueError
  ["214-openai-prism-ratelimited-empty-details-1.txt", null], // AlterValueError
  ["214-openai-php-client-ratelimitexception-bare-1.txt", null], // AlterValueError
  ["214-probe-google-php-retry-code-sample-1.txt", null], // AlterValueError
  ["214-probe-google-service-exception-docblock-1.txt", null], // AlterValueError
  ["214-probe-google-task-runner-retrymap-1.txt", null], // AlterValueError
  ["214-probe-hubspot-php-readme-retry-middleware-1.txt", null], // AlterValueError
  ["214-probe-prism-openai-ratelimit-changelog-1.txt", null], // AlterValueError
  ["214-google-drive-go-403-insufficient-permissions-1.txt", { format: "log", status: 403 }],
  ["214-google-gdrive-go-404-file-not-found-1.txt", { format: "log", status: 404 }],
  ["214-aws-dynamodb-go-slog-dns-timeout-status0-1.txt", { format: "network-text", status: undefined }],
  ["214-aws-dynamodb-go-slog-accessdenied-400-1.txt", { format: "log", status: 400 }],
  ["214-aws-elasticbeanstalk-go-v1-throttling-400-1.txt", { format: "log", status: 400 }],
  ["214-aws-s3-go-v2-headbucket-301-moved-1.txt", { format: "log", status: 301 }], // wrong at first: read as no error; S3's redirect signals (aws.ts) make it one
  ["214-aws-s3-go-v1-307-temporary-redirect-1.txt", { format: "log", status: 307 }], // wrong at first: read as no error; S3's redirect signals (aws.ts) make it one
  ["214-aws-driftctl-go-throttlingexception-truncated-1.txt", { format: "log", status: 400 }],
  ["214-msgraph-go-log-badrequest-me-delegated-1.txt", null], // AlterValueError
  ["214-msgraph-go-accessdenied-authmethods-1.txt", null], // AlterValueError
  ["214-msgraph-go-bare-error-status-code-1.txt", null], // AlterValueError
  ["214-openai-go-openai-log-401-1.txt", { format: "log", status: 401 }],
  ["214-openai-go-openai-401-invalid-api-key-1.txt", { format: "log", status: 401 }],
  ["214-probe-google-go-iserrornotfound-helper-1.txt", null], // AlterValueError
  ["214-probe-openai-go-openai-stream-bug-report-1.txt", null], // AlterValueError
  ["214-probe-msgraph-go-printodataerror-readme-1.txt", null], // AlterValueError
  ["214-probe-aws-dynamodb-emulator-pr-400-1.txt", null], // AlterValueError
  ["214-probe-google-core-errors-doc-sample-1.txt", { format: "log", status: 400 }], // misread: Google's errors docs page, its sample body read as a failure
  ["214-zendesk-node-zendesk-422-unprocessable-1.txt", { format: "log", status: 422 }],
  ["214-zendesk-n8n-400-invalid-attribute-1.txt", { format: "log", status: 400 }],
  ["214-intercom-python-400-version-invalid-1.txt", { format: "log", status: 400 }],
  ["214-intercom-dotnet-404-user-not-found-1.txt", null], // AlterValueError
  ["214-intercom-ruby-404-resource-not-found-1.txt", null], // AlterValueError
  ["214-intercom-java-404-notfoundexception-1.txt", null], // AlterValueError
  ["214-freshdesk-cli-400-invalid-value-1.txt", { format: "log", status: 400 }],
  ["214-zendesk-terraform-forbidden-1.txt", null], // AlterValueError
  ["214-intercom-ruby-500-server-error-1.txt", { format: "log", status: 500 }],
  ["214-zendesk-php-409-database-conflict-1.txt", { format: "log", status: 409 }],
  ["214-intercom-node-multiple-users-1.txt", null], // AlterValueError
  ["214-zendesk-ruby-401-invalid-token-1.txt", null], // AlterValueError
  ["214-probe-zenpy-raise-on-ratelimit-sample-1.txt", null], // AlterValueError
  ["214-probe-intercom-openapi-409-docs-1.txt", null], // AlterValueError
  ["214-probe-intercom-successful-user-response-1.txt", null], // AlterValueError
  ["214-probe-kustomer-authentication-docs-1.txt", null], // AlterValueError
  ["214-probe-rapid7-zendesk-error-messages-diff-1.txt", null], // AlterValueError
  ["214-google-java-client-403-calendar-handshake-1.txt", { format: "log", status: 403 }],
  ["214-google-spring-resttemplate-401-moments-1.txt", { format: "log", status: 401 }],
  ["214-google-kotlin-webclient-403-books-1.txt", { format: "log", status: 403 }],
  ["214-graph-java-sdk6-odataerror-cae-challenge-1.txt", null], // AlterValueError
  ["214-entra-msal4j-invalid-client-secret-1.txt", null], // AlterValueError
  ["214-entra-msal4j-aadsts7000218-missing-secret-1.txt", { format: "log", status: 401 }],
  ["214-entra-adal4j-aadsts90014-invalid-request-1.txt", null], // AlterValueError
  ["214-dropbox-java-sdk-upload-conflict-file-ancestor-1.txt", null], // AlterValueError
  ["214-dropbox-kotlin-android-upload-conflict-file-1.txt", null], // AlterValueError
  ["214-aws-android-sdk-logcat-s3-403-access-denied-1.txt", { format: "log", status: 403 }],
  ["214-aws-java-sdk-v1-cloudwatch-throttling-1.txt", { format: "log", status: 400 }],
  ["214-openai-java-retrofit-rxjava-401-1.txt", { format: "log", status: 401 }],
  ["214-openai-kotlin-cli-401-illegalstate-1.txt", { format: "log", status: 401 }],
  ["214-probe-java-ratelimitexception-javadoc-1.txt", null], // AlterValueError
  ["214-probe-google-http-java-client-backoff-docs-1.txt", null], // AlterValueError
  ["214-probe-openai-java-error-enum-1.txt", null], // AlterValueError
  ["214-probe-jvm-openai-exception-class-1.txt", null], // AlterValueError
  ["214-probe-msgraph-java-changelog-1.txt", null], // AlterValueError
  // The two-hundred-and-thirteenth trial's: the six named providers in Python async apps and workers, and through API gateways and
  // proxies; marketing and analytics APIs; email inbox APIs and mail access.
  ["213-aws-celery-putobject-accessdenied-1.txt", { format: "log", status: 403 }],
  ["213-aws-aiobotocore-s3fs-listobjects-accessdenied-1.txt", { format: "log", status: 403 }],
  ["213-aws-celery-boto3-putobject-invalidargument-1.txt", null], // AlterValueError
  ["213-openai-aiohttp-500-xrequestid-1.txt", { format: "log", status: 500 }],
  ["213-openai-async-429-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["213-openai-httpx-llamaindex-429-retry-logs-1.txt", { format: "log", status: 429 }],
  ["213-msgraph-sdk-apierror-401-unauthenticated-1.txt", { format: "log", status: 401 }],
  ["213-msgraph-o365-erroraccessdenied-1.txt", null], // AlterValueError
  ["213-google-api-core-storage-403-bucket-permission-1.txt", { format: "log", status: 403 }],
  ["213-google-gcloud-aio-storage-404-1.txt", { format: "log", status: 404 }],
  ["213-dropbox-sharex-409-insufficient-space-1.txt", { format: "log", status: 409 }],
  ["213-openai-autogen-ratelimit-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["213-probe-msgraph-sdk-error-handling-answer-1.txt", null], // AlterValueError
  ["213-probe-hubspot-429-bug-report-prose-1.txt", null], // AlterValueError
  ["213-probe-openai-error-handling-notes-1.txt", null], // AlterValueError
  ["213-probe-hubspot-celery-429-decorator-pr-1.txt", null], // AlterValueError
  ["213-probe-dropbox-sdk-429-feature-request-1.txt", null], // AlterValueError
  ["213-google-litellm-proxy-gemini-429-resource-exhausted-1.txt", { format: "log", status: 429 }],
  ["213-google-litellm-proxy-vertex-midstream-429-1.txt", { format: "log", status: 429 }],
  ["213-aws-litellm-proxy-bedrock-403-not-authorized-1.txt", { format: "json-body", status: 403 }],
  ["213-aws-litellm-proxy-bedrock-marketplace-access-denied-1.txt", null], // AlterValueError
  ["213-aws-apigateway-403-missing-authentication-token-1.txt", { format: "http", status: 403 }],
  ["213-openai-azure-apim-401-invalid-subscription-key-1.txt", { format: "json-body", status: 401 }],
  ["213-openai-azure-apim-401-missing-subscription-key-1.txt", { format: "log", status: 401 }],
  ["213-openai-azure-proxy-model-overloaded-request-id-1.txt", null], // AlterValueError
  ["213-openai-python-502-cloudflare-bad-gateway-html-1.txt", { format: "html-page", status: 502 }],
  ["213-openai-oneapi-cloudflare-gateway-401-invalid-api-key-1.txt", { format: "json-body", status: 401 }],
  ["213-openai-python-cloudflare-ai-405-get-not-supported-1.txt", { format: "log", status: 405 }],
  ["213-openai-cloudflare-ai-gateway-no-api-key-1.txt", null], // AlterValueError
  ["213-google-envoy-503-upstream-connect-error-1.txt", null], // AlterValueError
  ["213-openai-revchatgpt-proxy-429-rate-limited-by-proxy-1.txt", null], // AlterValueError
  ["213-google-litellm-gemini-429-retry-in-29s-1.txt", { format: "log", status: 429 }],
  ["213-probe-kong-admin-200-ok-consumer-1.txt", { format: "http", status: 200 }],
  ["213-probe-kong-plugin-created-json-1.txt", null], // AlterValueError
  ["213-probe-litellm-bedrock-success-completion-1.txt", null], // AlterValueError
  ["213-probe-azure-openai-proxy-error-format-doc-1.txt", null], // AlterValueError
  ["213-probe-apim-openai-bearer-header-pr-1.txt", null], // AlterValueError
  ["213-googleads-python-permission-denied-login-customer-id-1.txt", { format: "log", status: 403 }],
  ["213-googleads-php-apiexception-user-permission-denied-1.txt", { format: "log", status: 403 }],
  ["213-googleads-adwords-php-rate-exceeded-daily-quota-1.txt", null], // AlterValueError
  ["213-googleanalytics-php-client-403-insufficient-permissions-profile-1.txt", { format: "json-body", status: 403 }],
  ["213-googleanalytics-wp-plugin-403-quota-failed-requests-backoff-1.txt", { format: "log", status: 403 }],
  ["213-meta-nodejs-business-sdk-graphmethodexception-100-33-1.txt", null], // AlterValueError
  ["213-meta-marketing-insights-code1-reduce-data-1.txt", null], // AlterValueError
  ["213-meta-php-business-sdk-authorizationexception-unsupported-get-1.txt", null], // AlterValueError
  ["213-meta-graph-java-log-oauth-190-463-session-expired-1.txt", null], // AlterValueError
  ["213-linkedin-python-client-400-creative-endpoint-account-id-1.txt", { format: "json-body", status: 400 }],
  ["213-linkedin-python-client-400-illegal-argument-adaccountusers-1.txt", { format: "json-body", status: 400 }],
  ["213-mixpanel-ruby-client-too-many-export-requests-1.txt", null], // AlterValueError
  ["213-segment-android-http-400-payload-rejected-1.txt", { format: "log", status: 400 }],
  ["213-segment-java-read-timed-out-retries-1.txt", { format: "network-text", status: undefined }],
  ["213-segment-node-404-cannot-post-batch-1.txt", { format: "log", status: 404 }],
  ["213-amplitude-js-400-invalid-event-properties-1.txt", { format: "log", status: 400 }],
  ["213-probe-mixpanel-docs-gdpr-429-note-1.txt", null], // AlterValueError
  ["213-probe-amplitude-docs-profile-api-throttling-1.txt", null], // AlterValueError
  ["213-probe-owox-changelog-meta-80004-docs-1.txt", null], // AlterValueError
  ["213-probe-googleads-php-handle-rate-exceeded-code-1.txt", null], // AlterValueError
  ["213-probe-ga-data-api-runrealtimereportresponse-doc-1.txt", null], // AlterValueError
  ["213-gmail-imaplib-xoauth2-invalid-credentials-1.txt", null], // AlterValueError
  ["213-gmail-gam-rate-limit-retry-after-1.txt", null], // AlterValueError
  ["213-gmail-googleapiclient-400-batch-inner-limit-1.txt", { format: "log", status: 400 }],
  ["213-gmail-java-403-insufficient-permissions-1.txt", { format: "log", status: 403 }],
  ["213-gmail-apps-script-403-insufficient-scope-header-1.txt", { format: "log", status: 403 }],
  ["213-gmail-go-googleapi-500-backend-error-1.txt", { format: "log", status: 500 }],
  ["213-gmail-node-googleapis-watch-500-1.txt", { format: "log", status: 500 }],
  ["213-gmail-google-auth-refresherror-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["213-graph-skyline-sendmail-erroraccessdenied-1.txt", null], // AlterValueError
  ["213-outlook-rest-jquery-404-erroritemnotfound-1.txt", { format: "log", status: 404 }],
  ["213-outlook-mailkit-smtp-535-573-oauth-1.txt", null], // AlterValueError
  ["213-outlook-smtp-535-57139-smtp-auth-disabled-1.txt", null], // AlterValueError
  ["213-outlook-mailkit-smtp-470-temporary-1.txt", null], // AlterValueError
  ["213-ews-java-api-503-service-unavailable-1.txt", { format: "log", status: 503 }],
  ["213-gmail-nodemailer-smtp-535-eauth-1.txt", null], // AlterValueError
  ["213-nylas-node-sdk-daily-sending-quota-1.txt", null], // AlterValueError
  ["213-probe-gmail-docs-status-code-summary-1.txt", null], // AlterValueError
  ["213-probe-exchangelib-changelog-serverbusy-1.txt", null], // AlterValueError
  ["213-probe-imap-authenticate-reference-1.txt", null], // AlterValueError
  ["213-probe-gmail-imap-capability-success-1.txt", null], // AlterValueError
  ["213-probe-graph-smtp-relay-transient-pr-1.txt", null], // AlterValueError
  // The two-hundred-and-twelfth trial's: the six named providers in CLI tools' debug output and in Node.js backend logs; code hosting
  // and issue trackers' APIs from scripts, bots and CI jobs; video conferencing and meeting APIs.
  ["212-aws-terraform-debug-unauthorizedoperation-1.txt", { format: "log", status: 403 }],
  ["212-aws-terraform-structured-log-describevpcs-403-1.txt", { format: "log", status: 403 }],
  ["212-aws-cli-debug-authfailure-1.txt", { format: "log", status: undefined }], // read, then refused by the mapper: AWS's code and no status
  ["212-aws-cli-clienterror-authfailure-exit-1.txt", { format: "log", status: undefined }], // read, then refused by the mapper: AWS's code and no status
  ["212-aws-terraform-trace-unauthorizedoperation-vpc-1.txt", { format: "log", status: 403 }],
  ["212-microsoft-az-msrest-debug-graph-403-1.txt", { format: "log", status: 403 }],
  ["212-microsoft-azpowershell-debug-aadgraph-requestdenied-1.txt", null], // AlterValueError
  ["212-microsoft-az-cli-arm-authorizationfailed-1.txt", null], // AlterValueError
  ["212-microsoft-az-cli-debug-arm-403-headers-1.txt", { format: "log", status: 403 }],
  ["212-dropbox-dbxcli-verbose-409-not-found-1.txt", { format: "log", status: 409 }],
  ["212-google-rclone-vv-drive-403-ratelimit-1.txt", { format: "log", status: 403 }],
  ["212-google-terraform-debug-429-quota-storagetransfer-1.txt", { format: "log", status: 429 }], // refused at first; read now with the status Google's docs give its words
  ["212-google-terraform-429-ratelimit-errorinfo-1.txt", { format: "log", status: 429 }],
  ["212-openai-curl-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["212-openai-codex-cli-401-mismatched-organization-1.txt", { format: "log", status: 401 }],
  ["212-google-gcloud-debug-datastore-403-text-1.txt", null], // AlterValueError
  ["212-probe-aws-botocore-debug-response-headers-sample-1.txt", null], // AlterValueError
  ["212-probe-aws-boto3-request-id-code-sample-1.txt", null], // AlterValueError
  ["212-probe-openai-debugging-headers-doc-1.txt", null], // AlterValueError
  ["212-probe-openai-error-reference-table-1.txt", null], // AlterValueError
  ["212-probe-hubspot-oauth-token-doc-curl-example-1.txt", null], // AlterValueError
  ["212-google-gaxios-pm2-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["212-google-gaxios-rollbar-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["212-openai-node-nextjs-route-insufficient-quota-429-1.txt", { format: "log", status: 429 }],
  ["212-openai-v3-axios-nextjs-dev-429-1.txt", { format: "log", status: 429 }],
  ["212-aws-sdk-v2-s3-accessdenied-sentry-1.txt", { format: "log", status: 403 }], // refused at first; S3's code beside its own message is read now
  ["212-aws-sdk-v2-glacier-throttlingexception-1.txt", { format: "log", status: undefined }],
  ["212-aws-sdk-v2-cloudformation-throttling-uncaught-1.txt", { format: "log", status: undefined }],
  ["212-aws-sdk-v2-s3-nosuchkey-datastore-1.txt", { format: "log", status: undefined }], // read, then refused by the mapper: AWS's code and no status
  ["212-hubspot-hs-node-api-axios-404-json-1.txt", { format: "log", status: 404 }],
  ["212-dropbox-v2-api-node-missing-scope-1.txt", { format: "log", status: 401 }],
  ["212-dropbox-uppy-companion-409-log-1.txt", { format: "log", status: 409 }],
  ["212-openai-v3-axios-401-bearer-undefined-1.txt", { format: "log", status: 401 }],
  ["212-msgraph-node-client-statuscode-undefined-1.txt", null], // AlterValueError
  ["212-entra-passport-azure-ad-bunyan-aadsts9002331-1.txt", null], // AlterValueError
  ["212-entra-msal-node-nextjs-network-error-400-1.txt", { format: "log", status: 400 }],
  ["212-probe-pino-http-readme-request-completed-200-1.txt", { format: "http", status: 200 }],
  ["212-probe-openai-node-error-ts-status-mapping-1.txt", null], // AlterValueError
  ["212-probe-gaxios-readme-retryconfig-1.txt", null], // AlterValueError
  ["212-probe-nylas-graph-error-codes-guide-1.txt", null], // AlterValueError
  ["212-probe-jsworkflows-dropbox-upload-code-sample-1.txt", null], // AlterValueError
  ["212-github-node-secondary-rate-limit-action-1.txt", null], // AlterValueError
  ["212-github-octokit-rest-content-creation-limit-1.txt", null], // AlterValueError
  ["212-gitlab-python-gitlab-401-ci-runner-1.txt", { format: "log", status: 401 }],
  ["212-gitlab-gitlabform-401-version-test-1.txt", { format: "log", status: 401 }],
  ["212-github-octokit-ruby-403-not-accessible-by-integration-1.txt", { format: "log", status: 403 }],
  ["212-github-python-requests-403-user-emails-integration-1.txt", { format: "log", status: 403 }],
  ["212-github-pygithub-401-bad-credentials-1.txt", { format: "log", status: 401 }],
  ["212-github-python-422-pull-request-exists-1.txt", { format: "log", status: 422 }],
  ["212-bitbucket-renovate-got-401-login-failed-1.txt", { format: "log", status: 401 }],
  ["212-github-ansible-uri-403-rate-limit-ip-1.txt", { format: "log", status: 403 }],
  ["212-jira-python-jira-401-basic-auth-deprecated-1.txt", { format: "log", status: 401 }],
  ["212-github-graphql-rate-limited-json-1.txt", null], // AlterValueError
  ["212-github-octokit-ruby-502-bad-gateway-1.txt", { format: "log", status: 502 }],
  ["212-confluence-atlassian-python-api-403-connect-token-1.txt", { format: "log", status: 403 }],
  ["212-gitlab-jenkins-plugin-403-commit-status-1.txt", { format: "log", status: 403 }],
  ["212-github-action-installation-rate-limit-1.txt", null], // AlterValueError
  ["212-probe-gitlab-status-code-list-blog-1.txt", null], // AlterValueError
  ["212-probe-python-gitlab-changelog-retry-1.txt", null], // AlterValueError
  ["212-probe-gitlab-docs-200-pagination-response-1.txt", { format: "http", status: 200 }],
  ["212-probe-octokit-throttling-readme-sample-1.txt", null], // AlterValueError
  ["212-probe-octokit-throttling-test-fixture-1.txt", null], // AlterValueError
  ["212-webex-hubot-spark-429-too-many-requests-1.txt", { format: "log", status: 429 }],
  ["212-webex-hubot-spark-502-bad-gateway-1.txt", { format: "log", status: 502 }],
  ["212-webex-js-sdk-bot-starter-400-bad-request-1.txt", { format: "log", status: 400 }],
  ["212-webex-contactcenter-spring-resttemplate-401-1.txt", { format: "log", status: 401 }],
  ["212-webex-android-sdk-login-500-json-1.txt", { format: "json-body", status: 500 }],
  ["212-zoom-pszoom-powershell-get-meeting-401-1.txt", { format: "log", status: 401 }],
  ["212-zoom-pszoom-restart-zoomroom-401-1.txt", { format: "log", status: 401 }],
  ["212-zoom-rest-postman-registrants-124-invalid-token-1.txt", null], // AlterValueError
  ["212-zoom-oauth-contacts-4711-missing-scopes-1.txt", null], // AlterValueError
  ["212-vonage-opentok-node-createsession-403-invalid-signature-1.txt", { format: "log", status: 403 }],
  ["212-vonage-opentok-learning-node-403-invalid-token-format-1.txt", { format: "log", status: 403 }],
  ["212-vonage-opentok-php-startarchive-409-relayed-session-1.txt", { format: "log", status: 409 }],
  ["212-googlemeet-php-appsmeet-createspace-permission-denied-1.txt", { format: "log", status: 403 }],
  ["212-msgraph-onlinemeeting-attendeereport-500-1.txt", { format: "json-body", status: 500 }],
  ["212-msgraph-teams-attendeereport-400-badrequest-1.txt", { format: "json-body", status: 400 }],
  ["212-msgraph-explorer-create-onlinemeeting-403-forbidden-1.txt", { format: "json-body", status: 403 }],
  ["212-probe-zoom-api-error-codes-doc-1.txt", null], // AlterValueError
  ["212-probe-daily-rest-api-auth-doc-1.txt", null], // AlterValueError
  ["212-probe-webexpythonsdk-pr-tracking-id-example-1.txt", null], // AlterValueError
  ["212-probe-moodle-zoom-429-retry-after-code-1.txt", null], // AlterValueError
  ["212-probe-zoom-oauth-error-messages-table-1.txt", null], // AlterValueError
  // The two-hundred-and-eleventh trial's: rate limits and quotas of the six named providers; their credential and token failures;
  // calendar and scheduling APIs; file storage and collaboration APIs.
  ["211-google-go-drive-ratelimitexceeded-403-1.txt", { format: "log", status: 403 }],
  ["211-google-java-youtube-quotaexceeded-403-1.txt", { format: "log", status: 403 }],
  ["211-google-gemini-cli-429-resource-exhausted-1.txt", { format: "log", status: 429 }],
  ["211-google-php-youtube-quotaexceeded-json-1.txt", { format: "json-body", status: 403 }],
  ["211-graph-go-corso-mailboxconcurrency-1.txt", null], // AlterValueError
  ["211-graph-dotnet-toomanyretries-1.txt", null], // AlterValueError
  ["211-hubspot-secondly-limit-json-1.txt", null], // AlterValueError
  ["211-dropbox-docs-data-transport-limit-403-1.txt", null], // AlterValueError
  ["211-aws-node-lumigo-lambda-toomanyrequests-1.txt", { format: "log", status: undefined }], // aws-sdk v2's JSON protocol frame on Object (round 212)
  ["211-aws-python-sam-getrolecredentials-throttle-1.txt", { format: "log", status: undefined }],
  ["211-aws-haskell-dynamodb-throughput-exceeded-1.txt", { format: "log", status: 400 }],
  ["211-aws-js-dynamodb-throughput-json-1.txt", { format: "json-body", status: 400 }],
  ["211-openai-node-ratelimiterror-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["211-openai-python-gpt-pilot-tpm-6ms-1.txt", { format: "log", status: 429 }],
  ["211-openai-continue-tpm-6596s-1.txt", { format: "log", status: 429 }],
  ["211-openai-chatgpt-object-gpt4-tokens-1.txt", null], // AlterValueError
  ["211-probe-hubspot-limits-doc-1.txt", null], // AlterValueError
  ["211-probe-dropbox-objc-ratelimiterror-doc-1.txt", null], // AlterValueError
  ["211-probe-dropbox-retry-code-review-1.txt", null], // AlterValueError
  ["211-probe-openai-successful-requests-log-1.txt", null], // AlterValueError
  ["211-probe-microsoft-defender-error-codes-table-1.txt", null], // AlterValueError
  ["211-google-auth-python-refresh-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["211-google-api-python-client-customsearch-api-key-invalid-1.txt", { format: "log", status: 400 }],
  ["211-google-go-genai-api-key-invalid-400-1.txt", { format: "log", status: 400 }],
  ["211-google-java-auth-service-account-token-401-1.txt", { format: "log", status: 401 }],
  ["211-msgraph-rust-graph-rs-expired-token-401-1.txt", { format: "log", status: 401 }],
  ["211-entra-msal-node-invalid-client-secret-1.txt", null], // AlterValueError
  ["211-entra-mgt-msal2-browser-aadsts7000218-401-1.txt", { format: "log", status: 401 }],
  ["211-hubspot-python-schemas-invalid-authentication-1.txt", null], // AlterValueError
  ["211-dropbox-guzzle-missing-scope-401-1.txt", { format: "log", status: 401 }],
  ["211-dropbox-python-badinputerror-required-scope-400-1.txt", null], // AlterValueError
  ["211-dropbox-powershell-invoke-restmethod-missing-scope-1.txt", { format: "log", status: 401 }], // read since round 233 (refused before)
  ["211-aws-boto-iam-expiredtoken-403-xml-1.txt", { format: "log", status: 403 }],
  ["211-aws-sdk-js-v2-expiredtoken-stack-1.txt", { format: "log", status: undefined }],
  ["211-aws-cli-s3-invalidaccesskeyid-1.txt", { format: "log", status: 403 }],
  ["211-openai-python-mismatched-organization-401-1.txt", { format: "log", status: 401 }],
  ["211-openai-delphi-no-api-key-401-1.txt", { format: "log", status: 401 }],
  ["211-probe-entra-device-code-doc-errors-and-success-1.txt", null], // AlterValueError
  ["211-probe-dropbox-python-example-autherror-handler-1.txt", null], // AlterValueError
  ["211-probe-aws-cli-iam-create-user-success-output-1.txt", null], // AlterValueError
  ["211-probe-aws-sdk-go-pr-expiredtoken-refresh-changelog-1.txt", null], // AlterValueError
  ["211-probe-dropbox-support-reply-short-lived-tokens-1.txt", null], // AlterValueError
  ["211-google-php-client-events-insert-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["211-google-appsscript-events-insert-usage-limits-1.txt", { format: "log", status: 403 }],
  ["211-calcom-axios-event-types-401-owner-admin-role-1.txt", { format: "log", status: 401 }],
  ["211-msgraph-python-me-calendars-erroraccessdenied-1.txt", null], // AlterValueError
  ["211-msgraph-js-getschedule-erroraccessdenied-1.txt", null], // AlterValueError
  ["211-calcom-google-calendar-refresh-invalid-grant-1.txt", null], // AlterValueError
  ["211-gcsa-python-google-calendar-invalid-grant-1.txt", null], // AlterValueError
  ["211-google-dotnet-calendars-insert-503-backenderror-1.txt", { format: "log", status: 503 }],
  ["211-ews-java-findappointments-400-bad-request-1.txt", { format: "log", status: 400 }],
  ["211-ews-java-calendar-sync-findfolders-401-1.txt", { format: "log", status: 401 }],
  ["211-msgraph-java-create-event-propertyvalidationfailure-1.txt", null], // AlterValueError
  ["211-google-appsscript-events-list-sync-token-invalid-1.txt", { format: "log", status: 410 }],
  ["211-gcalcli-python-events-insert-404-not-found-1.txt", { format: "log", status: 404 }],
  ["211-google-java-client-calendar-404-not-found-1.txt", { format: "log", status: 404 }],
  ["211-msgraph-event-accept-erroritemnotfound-1.txt", null], // AlterValueError
  ["211-exchangelib-export-calendar-errorserverbusy-1.txt", null], // AlterValueError
  ["211-probe-cronofy-status-page-google-5xx-resolved-1.txt", null], // AlterValueError
  ["211-probe-google-calendar-events-success-fixture-1.txt", null], // AlterValueError
  ["211-probe-nylas-nodejs-changelog-error-handling-1.txt", null], // AlterValueError
  ["211-probe-graph-throttle-retry-after-code-sample-1.txt", null], // AlterValueError
  ["211-probe-google-calendar-errors-guide-es-1.txt", { format: "log", status: 400 }], // misread: the Spanish page of Calendar's errors guide, cut to its first status and body (a Drive paste of the same guide's words, 152, is a failure)
  ["211-egnyte-migrationmanager-403-over-qps-1.txt", { format: "log", status: 403 }],
  ["211-pcloud-java-sdk-2094-invalid-access-token-1.txt", null], // AlterValueError
  ["211-box-cyberduck-429-rate-limit-exceeded-1.txt", { format: "json-body", status: 429 }],
  ["211-box-cli-409-item-name-in-use-1.txt", { format: "log", status: 409 }],
  ["211-gdrive-go-drive-403-user-rate-limit-1.txt", { format: "log", status: 403 }],
  ["211-gdrive-python-403-insufficient-scopes-1.txt", { format: "log", status: 403 }],
  ["211-gdrive-python-500-internal-error-1.txt", { format: "log", status: 500 }],
  ["211-gdrive-python-503-backend-error-discovery-1.txt", { format: "log", status: 503 }],
  ["211-b2-cli-401-bad-auth-token-1.txt", null], // AlterValueError
  ["211-b2-php-too-busy-no-status-1.txt", null], // AlterValueError
  ["211-onedrive-python-sdk-html-outage-1.txt", null], // AlterValueError
  ["211-graph-duplicati-404-me-drive-unknownerror-1.txt", { format: "log", status: 404 }],
  ["211-graph-office365-python-403-scp-roles-1.txt", { format: "log", status: 403 }],
  ["211-graph-rust-401-expired-token-1.txt", { format: "log", status: 401 }],
  ["211-onedrive-php-guzzle-503-retryafterseconds-1.txt", { format: "log", status: 503 }],
  ["211-dropbox-php-path-not-found-no-status-1.txt", { format: "log", status: 409 }], // read since round 239 (refused before)
  ["211-probe-egnyte-throttling-docs-1.txt", null], // AlterValueError
  ["211-probe-dropbox-ruby-test-fixture-429-1.txt", null], // AlterValueError
  ["211-probe-b2-cli-changelog-1.txt", null], // AlterValueError
  ["211-probe-google-api-backoff-code-1.txt", null], // AlterValueError
  ["211-probe-graph-me-drive-success-1.txt", null], // AlterValueError
  // The two-hundred-and-tenth trial's: the six named providers in C#/.NET apps and PowerShell scripts; search, scraping and web-data
  // APIs; the six named providers in Ruby and Rails apps; AI model APIs beyond OpenAI in apps' logs and SDK exceptions.
  ["210-google-psgsuite-login-required-401-1.txt", { format: "log", status: 401 }],
  ["210-google-dotnet-routes-service-disabled-403-1.txt", { format: "http", status: 403 }],
  ["210-google-psgsuite-unauthorized-client-token-1.txt", { format: "log", status: 400 }],
  ["210-graph-powershell-invoke-webrequest-toomanyrequests-1.txt", { format: "log", status: 429 }],
  ["210-entra-dotnet-aadgraph-authorization-requestdenied-1.txt", null], // AlterValueError
  ["210-entra-msal-dotnet-invalid-client-secret-401-1.txt", { format: "log", status: 401 }],
  ["210-aws-powershell-read-s3object-not-authorized-listbucket-1.txt", null], // AlterValueError
  ["210-aws-powershell-write-s3object-badrequest-1.txt", { format: "log", status: 400 }],
  ["210-aws-dotnet-s3-invalidaccesskeyid-403-1.txt", { format: "log", status: 403 }],
  ["210-aws-powershell-ec2-unauthorized-operation-403-1.txt", { format: "log", status: 403 }],
  ["210-dropbox-powershell-invoke-restmethod-missing-scope-1.txt", { format: "log", status: 401 }], // read since round 233 (refused before)
  ["210-openai-powershell-incorrect-api-key-1.txt", { format: "log", status: 401 }],
  ["210-openai-powershell-psopenai-401-missing-bearer-1.txt", { format: "log", status: 401 }],
  ["210-openai-powershell-invoke-restmethod-400-1.txt", { format: "log", status: 400 }],
  ["210-openai-dotnet-azure-chat-401-unauthorized-1.txt", { format: "log", status: 401 }],
  ["210-hubspot-dotnet-property-doesnt-exist-1.txt", null], // AlterValueError
  ["210-probe-graph-powershell-throttling-handler-1.txt", null], // AlterValueError
  ["210-probe-google-dotnet-ratelimit-retry-code-1.txt", null], // AlterValueError
  ["210-probe-aws-dotnet-dynamodb-announcement-1.txt", null], // AlterValueError
  ["210-probe-aws-dotnet-feature-request-toomanyrequests-1.txt", null], // AlterValueError
  ["210-probe-powershell-openai-compatible-success-1.txt", null], // AlterValueError
  ["210-firecrawl-js-search-429-rate-limit-1.txt", { format: "log", status: 429 }],
  ["210-firecrawl-api-scrape-500-all-engines-failed-1.txt", null], // AlterValueError
  ["210-firecrawl-curl-scrape-502-html-1.txt", { format: "html-page", status: 502 }],
  ["210-tavily-cherrystudio-401-invalid-api-key-1.txt", { format: "json-body", status: 401 }],
  ["210-tavily-python-422-unprocessable-traceback-1.txt", { format: "log", status: 422 }],
  ["210-tavily-langchain-agent-400-bad-request-1.txt", { format: "log", status: 400 }],
  ["210-algolia-jekyll-403-method-not-allowed-1.txt", { format: "log", status: 403 }],
  ["210-algolia-docsearch-browser-404-index-1.txt", { format: "log", status: 404 }],
  ["210-apify-client-js-429-rate-limit-exceeded-1.txt", { format: "log", status: 429 }],
  ["210-apify-client-js-legacy-429-retry-failed-1.txt", { format: "log", status: 429 }],
  ["210-elastic-cloud-js-401-security-exception-1.txt", { format: "log", status: 401 }],
  ["210-elasticsearch-py-409-version-conflict-1.txt", { format: "log", status: 409 }],
  ["210-exa-backend-402-no-more-credits-1.txt", { format: "log", status: 402 }],
  ["210-exa-plugin-402-requestid-1.txt", { format: "log", status: 402 }],
  ["210-bing-entity-search-csharp-401-unauthorized-1.txt", { format: "log", status: 401 }],
  ["210-serpapi-python-401-unauthorized-1.txt", { format: "log", status: 401 }],
  ["210-probe-brave-429-retry-pr-description-1.txt", null], // AlterValueError
  ["210-probe-exa-402-429-handler-diff-1.txt", null], // AlterValueError
  ["210-probe-serpapi-status-incident-1.txt", null], // AlterValueError
  ["210-probe-apify-error-types-table-1.txt", null], // AlterValueError
  ["210-probe-firecrawl-429-message-pr-1.txt", null], // AlterValueError
  ["210-google-apiclient-compute-authorizationerror-1.txt", { format: "log", status: 401 }],
  ["210-google-apiclient-fcm-401-inspect-1.txt", { format: "log", status: 401 }],
  ["210-google-signet-sidekiq-token-500-1.txt", { format: "log", status: 500 }],
  ["210-google-signet-dwd-unauthorized-client-1.txt", { format: "log", status: 400 }],
  ["210-google-apiclient-mybusiness-insufficient-scopes-1.txt", { format: "log", status: 403 }],
  ["210-google-apis-core-drive-insufficientscopes-1.txt", null], // AlterValueError
  ["210-aws-ruby-dynamodb-throughput-exceeded-1.txt", { format: "log", status: undefined }], // read since round 224 (refused before)
  ["210-aws-ruby-cloudwatch-expiredtoken-1.txt", { format: "log", status: undefined }], // read since round 224 (refused before)
  ["210-aws-ruby-ses-throttling-1.txt", { format: "log", status: undefined }], // read since round 224 (refused before)
  ["210-aws-ruby-cloudwatch-invalidclienttokenid-log-1.txt", { format: "log", status: 403 }],
  ["210-openai-genai-faraday-400-1.txt", { format: "log", status: 400 }],
  ["210-openai-rubyopenai-insufficient-quota-body-1.txt", { format: "json-body", status: 429 }],
  ["210-msgraph-ruby-oauth2-invalid-scope-1.txt", { format: "log", status: 400 }],
  ["210-aadgraph-ruby-authentication-missing-1.txt", null], // AlterValueError
  ["210-dropbox-dropboxapi-gem-notfound-rails-1.txt", { format: "log", status: 404 }],
  ["210-probe-hubspot-curl-200-empty-1.txt", { format: "http", status: 200 }],
  ["210-probe-dropbox-ruby-rescue-sample-1.txt", null], // AlterValueError
  ["210-probe-faraday-429-docs-pr-1.txt", null], // AlterValueError
  ["210-probe-google-apis-core-ratelimit-fix-1.txt", null], // AlterValueError
  ["210-probe-ruby-openai-ratelimit-feature-request-1.txt", null], // AlterValueError
  ["210-mistral-python-sdkerror-400-function-calls-1.txt", { format: "log", status: 400 }],
  ["210-mistral-eca-422-extra-forbidden-1.txt", { format: "log", status: 422 }],
  ["210-mistral-vibe-network-readerror-1.txt", null], // AlterValueError
  ["210-cohere-python-429-per-minute-1.txt", { format: "log", status: 429 }],
  ["210-xai-continue-400-incorrect-api-key-1.txt", { format: "log", status: 400 }],
  ["210-xai-continue-429-credits-exhausted-1.txt", { format: "log", status: 429 }],
  ["210-vertex-php-403-permission-denied-1.txt", { format: "log", status: 403 }],
  ["210-gemini-js-400-api-key-invalid-in-nuxt-500-1.txt", { format: "log", status: 400 }],
  ["210-gemini-litellm-aider-429-retry-log-1.txt", { format: "log", status: 429 }],
  ["210-gemini-cli-503-overloaded-1.txt", { format: "log", status: 503 }],
  ["210-gemini-js-400-user-location-not-supported-1.txt", { format: "log", status: 400 }],
  ["210-perplexity-taskmaster-400-invalid-model-1.txt", { format: "log", status: 400 }],
  ["210-deepseek-zeroclaw-400-context-length-retryable-1.txt", { format: "log", status: 400 }],
  ["210-fireworks-omp-500-listing-models-1.txt", { format: "log", status: 500 }],
  ["210-together-litellm-apierror-request-id-1.txt", { format: "log", status: 500 }],
  ["210-vertex-litellm-optillm-429-resource-exhausted-1.txt", { format: "log", status: 429 }],
  ["210-probe-fireworks-docs-error-code-table-1.txt", null], // AlterValueError
  ["210-probe-genai-python-error-handler-code-1.txt", null], // AlterValueError
  ["210-probe-gemini-ex-adr-429-design-doc-1.txt", null], // AlterValueError
  ["210-probe-gemini-success-response-fixture-1.txt", null], // AlterValueError
  ["210-probe-garak-gemini-live-test-skip-on-429-1.txt", null], // AlterValueError
  // The two-hundred-and-ninth trial's: the six named providers in Java enterprise services; accounting, invoicing and tax APIs; the
  // six named providers in Python web apps' server logs; the clouds' messaging and storage services.
["209-aws-sdkv1-s3-spring-403-forbidden-1.txt", { format: "log", status: 403 }],
["209-google-sheets-httpurlconnection-429-1.txt", { format: "log", status: 429 }],
["209-msgraph-java-sample-401-invalid-token-1.txt", { format: "log", status: 401 }],
["209-google-androidpublisher-401-permissiondenied-json-1.txt", { format: "json-body", status: 401 }],
["209-openai-springai-404-model-not-found-1.txt", { format: "log", status: 404 }],
["209-google-api-java-client-reports-500-backenderror-1.txt", { format: "log", status: 500 }],
["209-msgraph-blog-429-unknownerror-body-1.txt", null], // AlterValueError
["209-aws-sdkv1-dynamodb-400-limitexceeded-1.txt", { format: "log", status: 400 }],
["209-aws-sdkv2-dynamodb-400-not-supported-1.txt", { format: "log", status: 400 }],
["209-google-plus-resttemplate-403-forbidden-1.txt", { format: "log", status: 403 }],
["209-msgraph-401-unknownerror-tokenvalidationfail-1.txt", null], // AlterValueError
["209-azuread-graph-java-ioexception-403-1.txt", { format: "log", status: 403 }],
["209-probe-aspose-graphthrottlingexception-docs-1.txt", null], // AlterValueError
["209-probe-openai-java-openaierror-class-1.txt", null], // AlterValueError
["209-probe-msgraph-java-question-maven-deps-1.txt", null], // AlterValueError
["209-probe-aspose-graphthrottling-retryafter-property-1.txt", null], // AlterValueError
["209-probe-openai-java-readme-client-config-1.txt", null], // AlterValueError
["209-avalara-meteor-http-401-authentication-1.txt", { format: "log", status: 401 }],
["209-avalara-php-guzzle-400-stringlength-1.txt", { format: "log", status: 400 }],
["209-avalara-js-sdk-404-formatexception-1.txt", { format: "json-body", status: 404 }],
["209-avalara-dotnet-avataxerror-no-status-1.txt", null], // AlterValueError
["209-taxjar-java-service-unavailable-timeout-1.txt", { format: "network-text", status: undefined }],
["209-taxjar-java-jsonsyntax-429-unparsed-1.txt", null], // AlterValueError
["209-quickbooks-python-401-authenticationfailed-1.txt", { format: "log", status: 401 }],
["209-quickbooks-intuit-oauth-400-invalid-grant-1.txt", { format: "log", status: 400 }],
["209-recurly-python-v3-404-notfound-1.txt", { format: "log", status: 404 }],
["209-stripe-ruby-ratelimit-lock-contention-1.txt", { format: "log", status: 429 }],
["209-stripe-java-404-no-such-subscription-1.txt", null], // AlterValueError
["209-stripe-node-legacy-rate-limit-400-1.txt", null], // AlterValueError
["209-sage-accounting-recordnotfound-1.txt", null], // AlterValueError
["209-xero-php-400-nodataprocessed-1.txt", { format: "log", status: 400 }],
["209-stripe-json-404-resource-missing-1.txt", null], // AlterValueError
["209-probe-zoho-books-errors-doc-1.txt", null], // AlterValueError
["209-probe-zoho-books-success-response-1.txt", { format: "http", status: 200 }],
["209-probe-chargebee-python-fix-confirmed-1.txt", null], // AlterValueError
["209-probe-openmeter-stripe-tax-changelog-1.txt", null], // AlterValueError
["209-probe-xero-java-error-handling-sample-1.txt", null], // AlterValueError
["209-google-api-core-gunicorn-storage-403-forbidden-1.txt", { format: "log", status: 403 }],
["209-aws-boto3-gunicorn-flask-s3-putobject-accessdenied-1.txt", { format: "log", status: 403 }],
["209-openai-python-uvicorn-fastapi-401-invalid-api-key-1.txt", { format: "log", status: 401 }],
["209-msgraph-python-flask-sample-401-invalidauthenticationtoken-1.txt", null], // AlterValueError
["209-msgraph-python-daemon-authorization-requestdenied-1.txt", null], // AlterValueError
["209-msgraph-flask-webapp-errorinsufficientpermissionsinaccesstoken-1.txt", null], // AlterValueError
["209-dropbox-python-frappe-upload-malformed-path-1.txt", null], // AlterValueError
["209-openai-v0-flask-ratelimit-insufficient-quota-1.txt", { format: "log", status: 429 }],
["209-google-auth-django-gmail-backend-refresherror-invalid-grant-1.txt", { format: "log", status: 400 }],
["209-google-oauth2client-django-gunicorn-calendar-token-expired-1.txt", null], // AlterValueError
["209-openai-v0-flask-werkzeug-no-api-key-500-1.txt", null], // AlterValueError
["209-hubspot-python-secondly-rate-limit-body-1.txt", null], // AlterValueError
["209-openai-python-compatible-endpoint-429-request-id-1.txt", { format: "log", status: 429 }],
["209-probe-aws-throttlingexception-errors-fyi-1.txt", null], // AlterValueError
["209-probe-aws-throttling-deadends-guide-1.txt", null], // AlterValueError
["209-probe-hubspot-airbyte-error-classes-doc-1.txt", null], // AlterValueError
["209-probe-openai-graphiti-pr-error-mapping-1.txt", null], // AlterValueError
["209-probe-hubspot-fastapi-connector-overview-1.txt", null], // AlterValueError
["209-aws-sqs-boto3-receivemessage-accessdenied-1.txt", { format: "log", status: undefined }],
["209-aws-sqs-java-v1-listqueues-accessdenied-403-1.txt", { format: "log", status: 403 }],
["209-aws-sqs-js-v2-accessdenied-error-object-1.txt", { format: "log", status: 403 }],
["209-aws-sqs-java-v1-expiredtoken-403-1.txt", { format: "log", status: 403 }],
["209-aws-ses-php-messagerejected-unverified-1.txt", null], // AlterValueError
["209-aws-sns-java-v2-gettopicattributes-403-1.txt", { format: "log", status: 403 }],
["209-aws-kinesis-js-v2-provisionedthroughputexceeded-1.txt", { format: "log", status: 400 }],
["209-gcp-pubsub-java-permission-denied-1.txt", { format: "log", status: 403 }],
["209-gcp-pubsub-ruby-grpc-permissiondenied-1.txt", { format: "log", status: 403 }],
["209-gcp-gcs-java-429-object-mutation-rate-1.txt", { format: "log", status: 429 }],
["209-gcp-gcs-go-429-ratelimitexceeded-1.txt", { format: "log", status: 429 }],
["209-gcp-cloudtasks-python-failed-precondition-queue-gone-1.txt", { format: "log", status: 400 }],
["209-azure-servicebus-java-listen-claim-unauthorized-1.txt", null], // AlterValueError
["209-azure-eventhubs-webjobs-serverbusy-throttled-1.txt", null], // AlterValueError
["209-azure-blob-dotnet-blobnotfound-404-1.txt", { format: "log", status: 404 }],
["209-azure-blob-vscode-authenticationfailed-403-1.txt", { format: "log", status: 403 }], // read since round 223 (refused before)
["209-probe-aws-sqs-sendmessage-success-xml-1.txt", null], // AlterValueError
["209-probe-aws-sqs-js-v3-sendmessage-success-json-1.txt", null], // AlterValueError
["209-probe-azure-servicebus-serverbusyexception-javadoc-1.txt", null], // AlterValueError
["209-probe-azure-servicebus-failurereason-enum-table-1.txt", null], // AlterValueError
["209-probe-aws-sqs-js-code-handling-kms-accessdenied-1.txt", null], // AlterValueError
  // The two-hundred-and-eighth trial's: the six named providers in game engines and game servers; social media APIs; the six named
  // providers in data warehouses and ETL; payment and fintech APIs in Asia, Africa and Latin America.
["208-openai-unity-srcnalt-overloaded-1.txt", null], // AlterValueError
["208-openai-godot-httprequest-missing-api-key-1.txt", null], // AlterValueError
["208-google-unity-drive-403-missing-api-key-1.txt", { format: "log", status: 403 }],
["208-openai-unreal-httpgpt-insufficient-quota-1.txt", { format: "log", status: 429 }],
["208-openai-minecraft-mindcraft-node-quota-1.txt", { format: "log", status: 429 }],
["208-google-discord-misobot-youtube-quota-dict-1.txt", { format: "json-body", status: 403 }],
["208-google-discord-evobot-youtube-quota-node-1.txt", { format: "json-body", status: 403 }],
["208-openai-discord-chatgptbot-429-insufficient-quota-1.txt", { format: "log", status: 429 }],
["208-openai-discord-chatgptbot-server-error-traceback-1.txt", { format: "log", status: 500 }],
["208-google-spigot-drivebackup-401-invalid-credentials-1.txt", { format: "log", status: 401 }],
["208-google-spigot-backuper-401-token-endpoint-1.txt", { format: "log", status: 401 }],
["208-aws-unreal-polly-invalid-dns-label-1.txt", null], // AlterValueError
["208-openai-unity-hexthedev-400-bad-request-1.txt", { format: "log", status: 400 }],
["208-openai-unity-tts-failed-no-status-1.txt", null], // AlterValueError
["208-openai-minecraft-assistant-unable-to-reach-quota-1.txt", { format: "log", status: 429 }],
["208-probe-roblox-httpservice-rate-limit-docs-1.txt", null], // AlterValueError
["208-probe-godot-httprequest-doc-sample-1.txt", null], // AlterValueError
["208-probe-drivebackup-graphapierrorexception-source-1.txt", null], // AlterValueError
["208-probe-openai-success-response-fixture-1.txt", null], // AlterValueError
["208-probe-drivebackup-pr-onedrive-status-codes-1.txt", null], // AlterValueError
["208-youtube-go-googleapi-403-quota-exceeded-1.txt", { format: "log", status: 403 }],
["208-mastodon-rust-client-429-toot-1.txt", null], // AlterValueError
["208-youtube-python-retriable-502-try-again-30s-1.txt", { format: "log", status: 502 }],
["208-youtube-python-requesterror-503-backend-error-1.txt", { format: "log", status: 503 }],
["208-reddit-praw-403-response-dump-cf-ray-1.txt", { format: "html-page", status: 403 }],
["208-reddit-dotnet-403-forbidden-exception-1.txt", { format: "log", status: 403 }],
["208-tiktok-live-axios-429-too-many-requests-1.txt", { format: "log", status: 429 }],
["208-threads-graph-thapiexception-code100-subcode33-1.txt", null], // AlterValueError
["208-pinterest-android-volley-401-me-1.txt", { format: "log", status: 401 }],
["208-snapchat-php-guzzle-404-send-1.txt", { format: "log", status: 404 }],
["208-snapchat-php-502-bad-gateway-login-1.txt", { format: "log", status: 502 }],
["208-instagram-instafeed-190-session-expired-1.txt", null], // AlterValueError
["208-instagram-private-api-400-transcode-error-1.txt", { format: "log", status: 400 }],
["208-mastodon-go-401-invalid-grant-1.txt", { format: "log", status: 401 }],
["208-instagram-legacy-oauthpermissions-400-scope-1.txt", null], // AlterValueError
["208-reddit-prawcore-403-forbidden-distinguish-1.txt", { format: "log", status: 403 }],
["208-probe-snapchat-ads-api-success-response-1.txt", null], // AlterValueError
["208-probe-tiktok-api-status-code-list-1.txt", null], // AlterValueError
["208-probe-asyncprawcore-changelog-toomanyrequests-1.txt", null], // AlterValueError
["208-probe-youtube-upload-retry-config-1.txt", null], // AlterValueError
["208-probe-mastodon-pr-invalid-visibility-500-422-1.txt", null], // AlterValueError
["208-google-spark-bigquery-connector-tables-get-denied-1.txt", null], // AlterValueError
["208-google-dvt-airflow-bigquery-forbidden-403-tables-get-1.txt", { format: "log", status: 403 }],
["208-google-notebook-sqlalchemy-bigquery-403-tables-delete-jobid-1.txt", { format: "log", status: 403 }],
["208-google-etl-gardener-bigquery-400-jobratelimitexceeded-json-1.txt", { format: "log", status: 400 }],
["208-google-azul-bigquery-403-ratelimitexceeded-concurrent-queries-1.txt", { format: "log", status: 403 }],
["208-google-dbt-cosmos-bigquery-rowaccesspolicies-denied-1.txt", null], // AlterValueError
["208-google-bqetl-query-validate-403-post-jobs-jobid-1.txt", { format: "log", status: 403 }],
["208-google-lookml-airflow-forbidden-403-get-tables-get-1.txt", { format: "log", status: 403 }],
["208-aws-spark-s3a-400-badrequest-path-too-long-1.txt", { format: "log", status: 400 }],
["208-aws-mwaa-boto3-glue-getjobruns-accessdenied-1.txt", { format: "log", status: undefined }],
["208-aws-snowflake-external-function-remote-service-unreachable-1.txt", null], // AlterValueError
["208-openai-lightrag-ingest-429-tpm-try-again-60ms-1.txt", { format: "log", status: 429 }],
["208-google-data-explorer-bigquery-forbidden-403-tables-get-1.txt", { format: "log", status: 403 }],
["208-google-etl-gardener-bigquery-ratelimitexceeded-dremel-1.txt", null], // AlterValueError
["208-probe-microsoft-graph-docs-429-throttle-question-1.txt", null], // AlterValueError
["208-probe-dropbox-elastic-connector-error-handling-diff-1.txt", null], // AlterValueError
["208-probe-openai-tenacity-rate-limit-pr-1.txt", null], // AlterValueError
["208-probe-bigquery-remote-functions-transient-retry-request-1.txt", null], // AlterValueError
["208-probe-hubspot-tap-backoff-pr-1.txt", null], // AlterValueError
["208-paystack-laravel-guzzle-401-unauthorized-1.txt", { format: "log", status: 401 }],
["208-paystack-flutter-403-cloudflare-challenge-1.txt", { format: "log", status: 403 }],
["208-mpesa-django-daraja-invalid-access-token-1.txt", null], // AlterValueError
["208-mpesa-android-sdk-logcat-invalid-token-404-1.txt", null], // AlterValueError
["208-mpesa-axios-reversal-400-invalid-identifier-1.txt", null], // AlterValueError
["208-mpesa-apigee-soap-fault-servicecallout-503-1.txt", null], // AlterValueError
["208-midtrans-laravel-guzzle-401-access-denied-1.txt", { format: "log", status: 401 }],
["208-midtrans-php-stdclass-401-unauthorized-payload-1.txt", { format: "log", status: 401 }],
["208-phonepe-rn-sdk-too-many-requests-1.txt", null], // AlterValueError
["208-xendit-php-dana-checkout-error-400-1.txt", null], // AlterValueError
["208-mercadopago-laravel-404-resource-not-found-1.txt", null], // AlterValueError
["208-mercadopago-customers-400-invalid-customer-data-1.txt", { format: "json-body", status: 400 }],
["208-razorpay-fund-validation-server-error-1.txt", null], // AlterValueError
["208-flutterwave-ios-alamofire-502-json-serialization-1.txt", null], // AlterValueError
["208-payu-sylius-openpayu-401-basic-auth-1.txt", null], // AlterValueError
["208-paytm-android-pgsdk-invalid-checksum-330-1.txt", null], // AlterValueError
["208-probe-razorpay-docs-sample-error-response-1.txt", null], // AlterValueError
["208-probe-mpesa-stk-callback-success-1.txt", null], // AlterValueError
["208-probe-razorpay-error-handling-guide-1.txt", null], // AlterValueError
["208-probe-paychangu-errors-doc-400-format-1.txt", null], // AlterValueError
["208-probe-mpesa-mcp-stk-query-code-1.txt", null], // AlterValueError
  // The two-hundred-and-seventh trial's: the six named providers in R, Julia and MATLAB scripts; e-signature and document APIs;
  // the six named providers in Kubernetes operators and controllers; travel, booking and mobility APIs.
["207-google-bigrquery-ratelimit-tabledata-1.txt", null], // AlterValueError
["207-google-googlesheets4-gargle-429-resource-exhausted-1.txt", { format: "log", status: 429 }],
["207-google-gargle-401-unauthenticated-invalid-grant-1.txt", { format: "log", status: 401 }],
["207-aws-paws-s3-put-object-accessdenied-1.txt", { format: "log", status: 403 }],
["207-aws-awslambda-jl-httpjl-s3-getobject-403-1.txt", { format: "http", status: 403 }],
["207-aws-awssdk-jl-batch-signature-403-1.txt", { format: "log", status: 403 }],
["207-aws-aws-jl-s3response-signature-403-1.txt", { format: "log", status: 403 }],
["207-aws-r-aws-s3-permanentredirect-1.txt", null], // AlterValueError
["207-aws-r-aws-s3-put-object-accessdenied-list-1.txt", null], // AlterValueError
["207-dropbox-rdrop2-drop-download-409-1.txt", { format: "log", status: 409 }],
["207-dropbox-rdrop2-drop-exists-409-1.txt", { format: "log", status: 409 }],
["207-msgraph-microsoft365r-sharepoint-403-1.txt", { format: "log", status: 403 }],
["207-openai-askgpt-httr2-401-1.txt", { format: "log", status: 401 }],
["207-openai-r-chatgpt-invalid-api-key-1.txt", { format: "log", status: 401 }],
["207-openai-rgpt3-401-missing-key-1.txt", { format: "log", status: 401 }],
["207-openai-r-openai-insufficient-quota-list-1.txt", null], // AlterValueError
["207-probe-hubspot-tray-api-key-sunset-doc-1.txt", null], // AlterValueError
["207-probe-hubspot-r-package-rate-limit-doc-1.txt", null], // AlterValueError
["207-probe-bigrquery-page-size-code-comments-1.txt", null], // AlterValueError
["207-probe-aws-s3-bucketlist-success-1.txt", null], // AlterValueError
["207-probe-aws-iam-policy-statement-1.txt", null], // AlterValueError
["207-docusign-csharp-consent-required-1.txt", null], // AlterValueError
["207-docusign-php-invalid-request-body-1.txt", null], // AlterValueError
["207-docusign-node-444-custom-error-module-1.txt", null], // AlterValueError
["207-docusign-node-createenvelope-bad-request-1.txt", { format: "log", status: 400 }],
["207-docusign-ruby-response-code-0-no-error-1.txt", null], // AlterValueError
["207-docusign-java-consent-required-token-1.txt", null], // AlterValueError
["207-docusign-csharp-exception-401-empty-message-1.txt", null], // AlterValueError
["207-adobesign-php-invalid-api-access-point-1.txt", null], // AlterValueError
["207-adobesign-java-apiexception-access-point-1.txt", null], // AlterValueError
["207-documenso-trpc-unable-to-send-1.txt", null], // AlterValueError
["207-documenso-trpc-unable-to-sign-field-1.txt", null], // AlterValueError
["207-boxsign-dotnet-bad-request-1.txt", null], // AlterValueError
["207-laravel-docusign-url-malformed-1.txt", null], // AlterValueError
["207-hellosign-php-unknown-error-1.txt", null], // AlterValueError
["207-docusign-csharp-unspecified-error-dbnull-1.txt", null], // AlterValueError
["207-docusign-rest-invalid-content-type-1.txt", null], // AlterValueError
["207-probe-documenso-docs-rate-limit-diff-1.txt", null], // AlterValueError
["207-probe-docusign-csharp-ratelimit-headers-sample-1.txt", null], // AlterValueError
["207-probe-docusign-node-success-envelope-sent-1.txt", null], // AlterValueError
["207-probe-docusign-node-ratelimit-remaining-sample-1.txt", null], // AlterValueError
["207-probe-namirial-esign-http-status-codes-1.txt", null], // AlterValueError
["207-aws-certmanager-route53-sdkv2-accessdenied-403-1.txt", { format: "log", status: 403 }],
["207-aws-certmanager-route53-invalidclienttokenid-403-1.txt", { format: "log", status: 403 }],
["207-aws-rancher-externaldns-route53-throttling-xml-1.txt", { format: "log", status: 400 }],
["207-aws-eso-secretsmanager-kms-accessdenied-400-1.txt", null], // AlterValueError
["207-google-velero-gcs-objects-list-403-1.txt", { format: "log", status: 403 }],
["207-google-velero-compute-disks-get-403-json-1.txt", { format: "log", status: 403 }],
["207-google-externaldns-clouddns-429-ratelimit-1.txt", { format: "log", status: 429 }],
["207-google-externaldns-clouddns-403-quota-per-change-1.txt", { format: "log", status: 403 }],
["207-aws-karpenter-ec2-runinstances-scp-explicit-deny-1.txt", null], // AlterValueError
["207-aws-clusterautoscaler-setdesiredcapacity-accessdenied-403-1.txt", { format: "log", status: 403 }],
["207-microsoft-argocd-dex-graph-authorization-requestdenied-1.txt", null], // AlterValueError
["207-google-crossplane-jetgcp-project-409-alreadyexists-1.txt", { format: "log", status: 409 }],
["207-aws-flux-sourcecontroller-ecr-oci-403-1.txt", { format: "log", status: 403 }],
["207-aws-velero-s3-putobject-500-internalerror-1.txt", { format: "log", status: 500 }],
["207-aws-clusterautoscaler-ec2-unauthorizedoperation-403-1.txt", { format: "log", status: 403 }],
["207-aws-externaldns-route53-throttling-sdkv1-1.txt", { format: "log", status: 400 }],
["207-probe-aws-karpenter-errors-go-code-1.txt", null], // AlterValueError
["207-probe-aws-botocore-route53-priorrequestnotcomplete-doc-1.txt", null], // AlterValueError
["207-probe-aws-route53-limits-prose-in-issue-1.txt", null], // AlterValueError
["207-probe-aws-route53-changeinfo-success-type-1.txt", null], // AlterValueError
["207-probe-microsoft-dex-graph-scope-feature-request-1.txt", null], // AlterValueError
["207-uber-android-okhttp-401-estimate-1.txt", { format: "log", status: 401 }],
["207-uber-php-scope-unauthorized-1.txt", null], // AlterValueError
["207-uber-ios-missing-scope-request-1.txt", null], // AlterValueError
["207-uber-docs-rate-limited-429-1.txt", null], // AlterValueError
["207-amadeus-python-authenticationerror-401-1.txt", { format: "log", status: 401 }],
["207-amadeus-node-415-invalid-format-1.txt", { format: "log", status: 415 }],
["207-google-places-autocomplete-over-query-limit-1.txt", null], // AlterValueError
["207-populartimes-places-over-query-limit-1.txt", null], // AlterValueError
["207-node-googlemaps-places-request-denied-1.txt", null], // AlterValueError
["207-lyft-ios-sdk-unauthorized-1.txt", null], // AlterValueError
["207-lyft-api-no-service-in-area-1.txt", null], // AlterValueError
["207-travelport-uapi-soap-fault-76-auth-1.txt", null], // AlterValueError
["207-travelport-uapi-airprice-invalid-input-1.txt", null], // AlterValueError
["207-sabre-postman-service-version-deprecated-1.txt", null], // AlterValueError
["207-uber-ios-history-internal-server-error-1.txt", null], // AlterValueError
["207-happytravel-api-400-problem-details-requestid-1.txt", { format: "json-body", status: 400 }],
["207-probe-uber-drivers-rate-limiting-docs-1.txt", null], // AlterValueError
["207-probe-amadeus-python-example-except-responseerror-1.txt", null], // AlterValueError
["207-probe-lyft-ios-sdk-changelog-1.txt", null], // AlterValueError
["207-probe-sabre-error-codes-table-1.txt", null], // AlterValueError
["207-probe-uapi-json-request-errors-source-1.txt", null], // AlterValueError
  // The two-hundred-and-sixth trial's: the six named providers in mobile apps' logs and crash reports; integration middleware and
  // iPaaS logs; the six named providers in desktop apps and extensions; identity providers' token endpoints.
["206-google-android-drive-userrecoverableauthioexception-1.txt", null], // AlterValueError
["206-google-firebase-auth-crashlytics-403-html-1.txt", { format: "html-page", status: 403 }],
["206-google-firebase-installations-logcat-403-1.txt", { format: "log", status: 403 }],
["206-google-gemini-android-quota-exceeded-1.txt", { format: "log", status: 429 }], // refused at first; read now with the status Google's docs give its words
["206-msgraph-ios-adal-invalidauthenticationtoken-1.txt", null], // AlterValueError
["206-msgraph-xamarin-android-accessdenied-1.txt", null], // AlterValueError
["206-aws-android-amplify-s3-accessdenied-1.txt", { format: "log", status: 403 }],
["206-aws-android-cognito-notauthorized-400-1.txt", { format: "log", status: 400 }],
["206-aws-rn-cognito-token-revoked-1.txt", null], // AlterValueError
["206-aws-rn-cognito-token-expired-1.txt", null], // AlterValueError
["206-dropbox-android-crashlytics-serverexception-1.txt", { format: "log", status: 500 }], // read since round 222 (refused before)
["206-openai-flutter-dio-404-1.txt", { format: "log", status: 404 }],
["206-openai-ios-openaiswift-error-2-1.txt", null], // AlterValueError
["206-dropbox-unciv-429-retry-after-1.txt", { format: "log", status: 429 }],
["206-probe-google-directions-troubleshooting-checklist-1.txt", null], // AlterValueError
["206-probe-dropbox-android-catch-block-code-1.txt", null], // AlterValueError
["206-probe-android-logcat-debug-no-failure-1.txt", null], // AlterValueError
["206-probe-dropbox-rate-limit-design-discussion-1.txt", null], // AlterValueError
["206-probe-swiftopenai-readme-error-handling-1.txt", null], // AlterValueError
["206-salesforce-camel-kafka-connector-handshake-401-1.txt", { format: "log", status: 401 }],
["206-salesforce-kafka-connect-salesforce-handshake-401-1.txt", { format: "log", status: 401 }],
["206-salesforce-camel-quarkus-invalid-field-400-1.txt", { format: "log", status: 400 }],
["206-salesforce-camel-jbang-invalid-client-id-400-1.txt", { format: "log", status: 400 }],
["206-zendesk-airbyte-source-backoff-sleeping-51s-1.txt", null], // AlterValueError
["206-generic-mule4-http-unauthorized-401-1.txt", { format: "log", status: 401 }],
["206-salesforce-kafka-connect-bulkapi-invalid-session-id-1.txt", null], // AlterValueError
["206-salesforce-kafka-connect-salesforce-invalid-grant-1.txt", null], // AlterValueError
["206-salesforce-pipedream-connect-malformed-query-1.txt", null], // AlterValueError
["206-salesforce-airbyte-source-giving-up-400-1.txt", { format: "log", status: 400 }],
["206-successfactors-boomi-cpi-cxf-401-1.txt", { format: "log", status: 401 }],
["206-airbyte-terraform-provider-connection-500-1.txt", { format: "log", status: 500 }],
["206-airbyte-platform-api-client-retries-exceeded-500-1.txt", { format: "log", status: 500 }],
["206-probe-workato-docs-401-unauthorized-1.txt", null], // AlterValueError
["206-probe-marketo-measure-error-notifications-table-1.txt", null], // AlterValueError
["206-probe-striim-salesforce-troubleshooting-table-1.txt", null], // AlterValueError
["206-probe-nifi-gethubspot-429-handling-code-1.txt", null], // AlterValueError
["206-probe-kafka-connect-salesforce-success-log-1.txt", null], // AlterValueError
["206-openai-obsidian-textgenerator-status-429-1.txt", { format: "log", status: 429 }],
["206-openai-raycast-chatgpt-axios-401-1.txt", { format: "log", status: 401 }],
["206-openai-acode-chatgpt-plugin-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["206-google-raycast-workspace-insufficient-scopes-1.txt", { format: "log", status: 403 }], // read since round 228 (refused before)
["206-google-gemini-jetbrains-aicommits-429-retry-in-1.txt", { format: "log", status: 429 }],
["206-google-calendar-chrome-extension-oauth-invalid-credentials-1.txt", null], // AlterValueError
["206-aws-jetbrains-toolkit-sts-403-invalid-token-1.txt", { format: "log", status: 403 }],
["206-aws-vscode-amazonq-reached-the-limit-1.txt", null], // AlterValueError
["206-aws-vscode-amazonq-high-traffic-throttled-1.txt", null], // AlterValueError
["206-msgraph-joplin-onedrive-retry-after-typeerror-1.txt", null], // AlterValueError
["206-msgraph-joplin-onedrive-unknownerror-request-id-1.txt", null], // AlterValueError
["206-msgraph-obsidian-third-party-sync-onedrive-400-1.txt", { format: "log", status: 400 }],
["206-dropbox-obsidian-remotely-save-409-1.txt", { format: "log", status: 409 }],
["206-dropbox-superproductivity-electron-axios-400-1.txt", { format: "log", status: 400 }],
["206-probe-codegpt-vscode-docs-openai-error-list-1.txt", null], // AlterValueError
["206-probe-obsidian-gemini-troubleshooting-table-1.txt", null], // AlterValueError
["206-probe-frankgpt-vscode-openai-call-code-1.txt", null], // AlterValueError
["206-probe-joplin-changelog-dropbox-auth-error-1.txt", null], // AlterValueError
["206-probe-joplin-onedrive-api-throttle-handler-code-1.txt", null], // AlterValueError
["206-entra-msal-python-az-login-aadsts9002313-1.txt", null], // AlterValueError
["206-entra-web-sample-aadsts7000215-invalid-secret-1.txt", null], // AlterValueError
["206-entra-native-client-aadsts70002-missing-client-secret-1.txt", null], // AlterValueError
["206-entra-oidc-aadsts700025-public-client-1.txt", null], // AlterValueError
["206-entra-azure-identity-clientsecretcredential-error-500-1.txt", { format: "log", status: 500 }],
["206-entra-adal-dotnet-aggregateexception-aadsts7000218-1.txt", { format: "log", status: 401 }],
["206-firebase-auth-flutterfire-phone-503-error-code-39-1.txt", { format: "json-body", status: 503 }],
["206-cognito-amplify-js-notauthorized-token-expired-1.txt", null], // AlterValueError
["206-cognito-identity-js-notauthorized-couldnt-verify-1.txt", null], // AlterValueError
["206-keycloak-server-event-refresh-token-error-1.txt", null], // AlterValueError
["206-keycloak-lambda-edge-code-to-token-invalid-client-credentials-1.txt", { format: "log", status: 500 }], // wrong: Keycloak's logged invalid_client_credentials beside an app's Error 500, read as the 500, retried
["206-clerk-backend-createuser-unprocessable-entity-1.txt", null], // AlterValueError
["206-google-oauth-redirect-uri-mismatch-400-1.txt", { format: "log", status: 400 }],
["206-pingfederate-wso2-apim-500-invalid-token-1.txt", { format: "curl-v", status: 500 }], // judged wrong: WSO2's fault 900900 (its gateway could not validate the key) under a 500, retried
["206-auth0-python-gettoken-403-client-grant-1.txt", null], // AlterValueError
["206-auth0-flutter-unauthorized-client-password-realm-1.txt", null], // AlterValueError
["206-probe-okta-error-codes-reference-1.txt", { format: "log", status: 400 }], // probe misread: Okta's error codes reference, two codes of 400 in the excerpt
["206-probe-planb-provider-desired-token-errors-spec-1.txt", { format: "log", status: 400 }], // probe misread: a spec of the token errors a provider should send
["206-probe-cmsgov-okta-error-handling-task-1.txt", null], // AlterValueError
["206-probe-oidc-successful-token-response-1.txt", null], // AlterValueError
["206-probe-msal-python-error-handling-code-1.txt", null], // AlterValueError
  // The two-hundred-and-fifth trial's: the six named providers in no-code and low-code platforms; in CI/CD pipeline logs; home
  // automation and self-hosted apps calling cloud APIs; the six named providers in Scala, Kotlin, Clojure and Elixir programs.
["205-pipedream-msgraph-workbook-401-fileopenuserunauthorized-1.txt", null], // AlterValueError
["205-zapier-msgraph-excel-401-fileopenuserunauthorized-1.txt", { format: "log", status: 401 }],
["205-activepieces-openai-bare-429-1.txt", { format: "log", status: 429 }],
["205-activepieces-msgraph-http-oauth2-token-expired-1.txt", null], // AlterValueError
["205-pipedream-google-sheets-trigger-422-file-subscription-rate-limit-1.txt", { format: "log", status: 422 }], // wrong: Pipedream's 422 wraps Google's rate limit (its observation's error), read as not retryable
["205-logicapps-office365-connection-keys-axios-401-1.txt", { format: "log", status: 401 }],
["205-pipedream-google-drive-automated-queries-block-1.txt", null], // AlterValueError
["205-powerautomate-sharepoint-429-try-again-1-second-1.txt", { format: "log", status: 429 }],
["205-powerapps-coe-office365users-powerautomateforadmins-failed-1.txt", null], // AlterValueError
["205-probe-pipedream-google-sheets-new-row-test-event-1.txt", null], // AlterValueError
["205-probe-logicapps-graph-http-workflow-definition-1.txt", null], // AlterValueError
["205-probe-logicapps-docs-handle-throttling-429-1.txt", null], // AlterValueError
["205-probe-azure-docs-pr-retry-after-http-action-1.txt", null], // AlterValueError
["205-probe-sandro-pereira-logicapps-rate-limiting-blog-1.txt", null], // AlterValueError
["205-google-ghaauth-403-getaccesstoken-1.txt", { format: "log", status: 403 }],
["205-google-ghaauth-v04-403-caller-no-permission-1.txt", null], // AlterValueError
["205-aws-cli-ghactions-s3-listobjectsv2-accessdenied-1.txt", { format: "log", status: 403 }],
["205-aws-cli-ghactions-assumerole-accessdenied-1.txt", { format: "log", status: undefined }],
["205-aws-cli-ghactions-s3-putobject-expiredtoken-1.txt", { format: "log", status: 400 }],
["205-aws-javasdk-jenkins-cloudformation-throttling-1.txt", { format: "log", status: 400 }],
["205-aws-botocore-jenkins-describechangeset-throttling-1.txt", { format: "log", status: undefined }],
["205-aws-jssdk-amplify-console-cloudformation-throttling-1.txt", { format: "log", status: undefined }],
["205-microsoft-azlogin-ghactions-aadsts700213-federated-1.txt", null], // AlterValueError
["205-microsoft-azlogin-ghactions-windows-aadsts70025-1.txt", null], // AlterValueError
["205-microsoft-azlogin-ghactions-linenumbers-aadsts70021-1.txt", null], // AlterValueError
["205-microsoft-graph-pwsh-azpipelines-stream-consumed-1.txt", null], // AlterValueError
["205-openai-python-ghactions-pragent-no-api-key-1.txt", { format: "log", status: 401 }],
["205-openai-python-ghactions-evals-invalid-auth-header-1.txt", { format: "log", status: 401 }],
["205-openai-codex-ghactions-quota-exceeded-1.txt", null], // AlterValueError
["205-probe-hubspot-cmsdeploy-config-file-missing-1.txt", null], // AlterValueError
["205-probe-hubspot-cmsdeploy-success-output-1.txt", null], // AlterValueError
["205-probe-msgraph-terraform-pr-retry-after-title-1.txt", null], // AlterValueError
["205-probe-openai-codereview-maintainer-error-summary-1.txt", null], // AlterValueError
["205-probe-dropbox-opendal-ci-fix-pr-description-1.txt", null], // AlterValueError
["205-electrolux-gigya-aiohttp-429-1.txt", { format: "log", status: 429 }],
["205-homeconnect-nodered-events-429-1.txt", { format: "log", status: 429 }],
["205-switchbot-homebridge-axios-401-1.txt", { format: "log", status: 401 }],
["205-smartthings-homebridge-refresh-invalid-grant-1.txt", null], // AlterValueError
["205-electrolux-ocp-aiohttp-400-1.txt", { format: "log", status: 400 }],
["205-gemini-ha-custom-conversation-429-quota-1.txt", { format: "log", status: 429 }],
["205-google-homegraph-ha-cloud-quota-1.txt", { format: "log", status: 429 }], // refused at first; read now with the status Google's docs give its words
["205-tvdb-jellyfin-sdk-502-1.txt", { format: "html-page", status: 502 }],
["205-tmdb-jellyfin-webexception-404-1.txt", { format: "log", status: 404 }],
["205-nuki-iobroker-webapi-500-1.txt", { format: "log", status: 500 }],
["205-openhabcloud-jetty-auth-challenge-1.txt", { format: "log", status: 401 }],
["205-smartthings-ha-aiohttp-409-1.txt", { format: "log", status: 409 }],
["205-smartthings-iobroker-axios-409-requestid-1.txt", { format: "log", status: 409 }],
["205-nest-sdm-homebridge-gaxios-429-1.txt", null], // AlterValueError
["205-nest-sdm-ha-400-failed-precondition-1.txt", { format: "log", status: 400 }],
["205-overkiz-tahoma-ha-503-maintenance-1.txt", null], // AlterValueError
["205-probe-switchbot-docs-error-code-table-1.txt", null], // AlterValueError
["205-probe-switchbot-success-response-1.txt", null], // AlterValueError
["205-probe-ha-devblog-oauth-error-handling-1.txt", null], // AlterValueError
["205-probe-teslemetry-ha-error-handling-code-1.txt", null], // AlterValueError
["205-probe-ecobee-homebridge-changelog-429-1.txt", null], // AlterValueError
["205-aws-exaws-elixir-s3-400-badrequest-1.txt", { format: "log", status: 400 }],
["205-aws-cognitect-clojure-403-signature-expired-1.txt", { format: "log", status: 403 }],
["205-aws-cognitect-clojure-400-incorrect-anomaly-1.txt", { format: "log", status: 400 }],
["205-aws-erlcloud-erlang-lambda-429-1.txt", { format: "log", status: 429 }],
["205-aws-toolkit-kotlin-cloudformation-rate-exceeded-1.txt", { format: "log", status: 400 }],
["205-aws-erlcloud-erlang-s3-signature-partial-1.txt", null], // AlterValueError
["205-aws-exaws-elixir-s3-signaturedoesnotmatch-1.txt", { format: "log", status: 403 }],
["205-google-gsheets4s-scala-403-missing-api-key-1.txt", { format: "json-body", status: 403 }],
["205-google-elixir-gmail-invalid-grant-1.txt", null], // AlterValueError
["205-openai-kotlin-android-quota-exceeded-1.txt", { format: "log", status: 429 }],
["205-openai-kotlin-aicoder-model-not-found-1.txt", null], // AlterValueError
["205-openai-scala-client-json-parse-error-1.txt", null], // AlterValueError
["205-google-goth-elixir-token-matcherror-1.txt", null], // AlterValueError
["205-probe-openai-elixir-responses-error-docs-1.txt", null], // AlterValueError
["205-probe-openai-clojure-success-response-1.txt", null], // AlterValueError
["205-probe-openai-scala-retry-docs-table-1.txt", null], // AlterValueError
["205-probe-openai-scala-retry-feature-request-1.txt", null], // AlterValueError
["205-probe-aws-kotlin-sdk-retry-bug-report-1.txt", null], // AlterValueError
  // The two-hundred-and-fourth trial's: the six named providers in serverless and edge function logs; document AI, OCR and
  // PDF APIs; localization and translation-management APIs; the six named providers in Go, Rust and C++ programs.
["204-aws-boto3-lambda-listversions-toomanyrequests-1.txt", { format: "log", status: undefined }],
["204-aws-cloudwatch-scheduler-invoke-accessdenied-1.txt", { format: "log", status: undefined }],
["204-aws-cpp-helio-s3-400-expiredtoken-1.txt", { format: "log", status: 400 }],
["204-aws-cpp-transfer-s3-accessdenied-xml-1.txt", { format: "log", status: 403 }],
["204-aws-go-v2-lakefs-dynamodb-retry-quota-exceeded-1.txt", null], // AlterValueError
["204-aws-go-webidentity-403-accessdenied-unmarshal-1.txt", { format: "log", status: 403 }],
["204-aws-lambda-boto3-invoke-accessdenied-traceback-1.txt", { format: "log", status: undefined }],
["204-aws-lambda-boto3-s3-getobject-accessdenied-1.txt", { format: "log", status: 403 }],
["204-aws-lambda-stepfunctions-toomanyrequests-rate-exceeded-1.txt", null], // AlterValueError
["204-aws-rust-dynein-validationexception-1.txt", { format: "log", status: undefined }], // refused at first; aws-sdk-rust's error metadata is read now (its code, no status)
["204-aws-stepfunctions-lambda-403-explicit-deny-requestid-1.txt", { format: "log", status: 403 }],
["204-aws-textract-boto3-access-denied-analyzeexpense-1.txt", { format: "log", status: undefined }],
["204-aws-textract-boto3-invalid-s3-object-1.txt", { format: "log", status: undefined }],
["204-aws-textract-boto3-provisioned-throughput-1.txt", { format: "log", status: undefined }],
["204-aws-textract-elixir-invalid-parameter-400-1.txt", { format: "log", status: 400 }],
["204-aws-textract-lambda-unsupported-document-1.txt", { format: "log", status: undefined }],
["204-aws-textract-nodejs-throttling-1.txt", { format: "json-body", status: 400 }],
["204-azure-ai-textanalytics-dotnet-429-1.txt", { format: "log", status: 429 }],
["204-azure-ai-textanalytics-f0-quota-403-1.txt", { format: "json-body", status: 403 }],
["204-azure-ai-textanalytics-java-429-34s-1.txt", { format: "log", status: 429 }],
["204-azure-ai-textanalytics-js-429-nostatus-1.txt", null], // AlterValueError
["204-azure-documentintelligence-python-invalid-argument-1.txt", null], // AlterValueError
["204-azure-formrecognizer-adf-rest-401-1.txt", { format: "log", status: 401 }],
["204-azure-formrecognizer-dotnet-401-1.txt", { format: "log", status: 401 }],
["204-azure-formrecognizer-requests-badargument-1.txt", null], // AlterValueError
["204-crowdin-cli-token-scope-permission-1.txt", null], // AlterValueError
["204-crowdin-github-action-couldnt-authorize-1.txt", null], // AlterValueError
["204-crowdin-got-404-upload-glossary-1.txt", { format: "log", status: 404 }],
["204-crowdin-ruby-client-429-nginx-html-1.txt", { format: "html-page", status: 429 }],
["204-dropbox-php-sdk-invalid-access-token-1.txt", { format: "log", status: 401 }], // read since round 233 (refused before)
["204-dropbox-rust-invalid-access-token-1.txt", { format: "json-body", status: 401 }], // read since round 245 (refused before)
["204-dropbox-rust-oauth-400-invalid-grant-1.txt", { format: "log", status: 400 }],
["204-google-cloudflare-worker-drive-httperror-forbidden-1.txt", { format: "log", status: 403 }],
["204-google-cloudflare-worker-gemini-location-failed-precondition-1.txt", { format: "log", status: 400 }],
["204-google-cloudflare-worker-sheets-quota-exceeded-1.txt", { format: "log", status: 429 }], // refused at first; read now with the status Google's docs give its words
["204-google-cloudrun-firestore-grpc-insufficient-scopes-1.txt", { format: "log", status: 403 }],
["204-google-documentai-dotnet-permission-denied-1.txt", { format: "log", status: 403 }],
["204-google-documentai-python-document-size-400-1.txt", { format: "network-text", status: undefined }],
["204-google-documentai-python-permission-denied-serviceusage-1.txt", { format: "log", status: 403 }],
["204-google-documentai-python-resource-exhausted-message-size-1.txt", { format: "log", status: 429 }],
["204-google-go-drive-create-404-notfound-1.txt", { format: "log", status: 404 }],
["204-google-go-googleapi-401-autherror-1.txt", { format: "log", status: 401 }],
["204-google-go-oauth2-invalid-grant-revoked-1.txt", { format: "log", status: 400 }],
["204-google-go-pagespeed-429-ratelimitexceeded-1.txt", { format: "log", status: 429 }],
["204-google-googleapiclient-cloudfunctions-403-permission-1.txt", { format: "log", status: 403 }],
["204-hubspot-hubspot3-deal-not-found-404-1.txt", { format: "log", status: 404 }],
["204-i18n-ally-axios-429-translate-1.txt", { format: "log", status: 429 }],
["204-lokalise-node-api-423-concurrent-token-1.txt", null], // AlterValueError
["204-lokalise-python-api-400-invalid-project-id-1.txt", { format: "log", status: 400 }],
["204-msgraph-go-401-invalidauthenticationtoken-expired-1.txt", { format: "log", status: 401 }],
["204-msgraph-go-authorization-requestdenied-1.txt", null], // AlterValueError
["204-msgraph-go-token-too-close-to-expiry-1.txt", null], // AlterValueError
["204-msgraph-powershell-throttled-429-retry-after-1.txt", { format: "log", status: 429 }],
["204-msgraph-python-authorization-requestdenied-1.txt", null], // AlterValueError
["204-ocrspace-python-timeout-1.txt", null], // AlterValueError
["204-ocrspace-rest-rate-limit-body-1.txt", null], // AlterValueError
["204-openai-rust-async-openai-azure-429-jsondeserialize-1.txt", { format: "json-body", status: 429 }],
["204-openai-rust-ata-insufficient-quota-1.txt", { format: "log", status: 429 }],
["204-openai-vercel-ai-sdk-rate-limit-try-again-7m12s-1.txt", { format: "log", status: 429 }],
["204-phraseapp-cli-not-found-auth-1.txt", null], // AlterValueError
["204-phraseapp-cli-rate-limit-reset-201s-1.txt", null], // AlterValueError
["204-probe-abbyy-ocrsdk-status-codes-doc-1.txt", null], // AlterValueError
["204-probe-aws-go-goofys-s3-200-ok-debug-1.txt", { format: "http", status: 200 }],
["204-probe-aws-kc-lambda-authorizer-403-examples-1.txt", null], // AlterValueError
["204-probe-azuregraph-503-retry-after-discussion-1.txt", null], // AlterValueError
["204-probe-botocore-retry-provisioned-throughput-pr-1.txt", null], // AlterValueError
["204-probe-crowdin-integration-changelog-429-1.txt", null], // AlterValueError
["204-probe-documentai-backoff-workaround-code-1.txt", null], // AlterValueError
["204-probe-dropbox-error-409-guide-1.txt", null], // AlterValueError
["204-probe-dropbox-rust-error-enum-1.txt", null], // AlterValueError
["204-probe-dropbox-rust-release-notes-1.txt", null], // AlterValueError
["204-probe-google-go-googleapi-error-type-1.txt", null], // AlterValueError
["204-probe-hubspot-connector-401-handling-diff-1.txt", null], // AlterValueError
["204-probe-hubspot-rate-limit-sleep-pr-1.txt", null], // AlterValueError
["204-probe-lokalise-node-exception-handling-doc-1.txt", null], // AlterValueError
["204-probe-lokalise-python-error-class-list-1.txt", null], // AlterValueError
["204-probe-mindee-managing-errors-doc-1.txt", null], // AlterValueError
["204-probe-openai-rust-async-openai-error-rs-1.txt", null], // AlterValueError
["204-probe-pdfco-error-402-help-article-1.txt", null], // AlterValueError
["204-probe-smartling-error-codes-doc-1.txt", null], // AlterValueError
["204-probe-weblate-api-200-example-response-1.txt", { format: "http", status: 200 }],
["204-smartling-java-sdk-not-found-requestid-1.txt", null], // AlterValueError
["204-smartling-wagtail-validation-file-locked-1.txt", null], // AlterValueError
["204-tolgee-cli-push-403-html-1.txt", { format: "html-page", status: 403 }],
["204-transifex-cli-404-project-not-found-1.txt", { format: "log", status: 404 }],
["204-transifex-cli-500-server-error-1.txt", { format: "log", status: 500 }],
["204-weblate-api-403-cannot-create-projects-1.txt", { format: "log", status: 403 }],
["204-weblate-api-patch-unit-permission-detail-1.txt", null], // AlterValueError
  // The two-hundred-and-third trial's: the six named providers in PHP apps; HR, recruiting and scheduling APIs; speech,
  // image and video generation APIs; feature-flag and remote-config APIs.
["203-google-apiclient-laravel-analytics-403-insufficient-permissions-1.txt", { format: "log", status: 403 }],
["203-google-apiclient-fatal-403-permission-denied-profile-1.txt", { format: "log", status: 403 }],
["203-google-apiclient-owncloud-drive-403-user-rate-limit-1.txt", { format: "log", status: 403 }],
["203-google-apiclient-fatal-analytics-500-internal-error-1.txt", { format: "log", status: 500 }],
["203-google-guzzle-wordpress-plugin-oauth-token-429-1.txt", { format: "log", status: 429 }],
["203-google-apiclient-laravel-gmail-401-invalid-credentials-1.txt", null], // AlterValueError
["203-msgraph-guzzle-403-erroraccessdenied-messages-1.txt", { format: "log", status: 403 }],
["203-msgraph-kiota-laravel-log-invalid-client-1.txt", null], // AlterValueError
["203-msgraph-laravel-sample-403-unknownerror-html-1.txt", { format: "log", status: 403 }],
["203-dropbox-kunnu-fatal-path-conflict-upload-1.txt", null], // AlterValueError
["203-dropbox-kunnu-owncloud-401-expired-access-token-1.txt", null], // AlterValueError
["203-aws-s3-php-warning-403-accessdenied-putobject-1.txt", { format: "log", status: 403 }],
["203-aws-s3-laravel-backup-503-slowdown-deleteobject-1.txt", { format: "log", status: 503 }],
["203-aws-ses-mautic-symfony-log-429-toomanyrequests-1.txt", { format: "log", status: 429 }],
["203-openai-php-laravel-log-incorrect-api-key-1.txt", { format: "log", status: 401 }],
["203-openai-guzzle-chat-completions-429-1.txt", { format: "log", status: 429 }],
["203-probe-hubspot-api-guidelines-token-401-1.txt", null], // AlterValueError
["203-probe-dropbox-spatie-badrequest-exception-class-1.txt", null], // AlterValueError
["203-probe-aws-sdk-php-changelog-3-151-1.txt", null], // AlterValueError
["203-probe-msgraph-php-graphexception-class-1.txt", null], // AlterValueError
["203-probe-openai-php-example-bad-key-handler-1.txt", null], // AlterValueError
["203-greenhouse-harvest-invalid-json-400-1.txt", null], // AlterValueError
["203-calcom-v2-event-types-400-trpc-badrequest-1.txt", { format: "log", status: 400 }],
["203-calcom-v2-reschedule-400-required-field-1.txt", { format: "log", status: 400 }],
["203-calcom-app-vercel-400-bad-request-id-1.txt", { format: "log", status: 400 }],
["203-calcom-v2-reschedule-401-managed-user-1.txt", { format: "log", status: 401 }],
["203-calcom-atoms-booker-401-httpexception-1.txt", { format: "log", status: 401 }],
["203-calcom-v2-bookings-curl-500-1.txt", { format: "log", status: 500 }],
["203-calcom-v1-python-requests-db-error-1.txt", null], // AlterValueError
["203-calcom-v1-bookings-prisma-invocation-1.txt", null], // AlterValueError
["203-calcom-selfhosted-book-event-unauthorized-log-1.txt", { format: "log", status: 401 }], // read since round 220 (a JavaScript error named by a reason phrase, its stack below; a cut XML error document)
["203-acuity-docs-429-rate-limit-1.txt", { format: "json-body", status: 429 }],
["203-simplybook-docs-jsonrpc-invalid-params-1.txt", null], // AlterValueError
["203-cronofy-ruby-credentials-missing-1.txt", null], // AlterValueError
["203-probe-workable-docs-rate-limits-1.txt", null], // AlterValueError
["203-probe-cronofy-ruby-docstring-raises-1.txt", null], // AlterValueError
["203-probe-calcom-v2-bookings-success-1.txt", null], // AlterValueError
["203-probe-deputy-docs-common-errors-table-1.txt", null], // AlterValueError
["203-probe-bamboozled-raw-success-parse-error-1.txt", null], // AlterValueError
["203-assemblyai-recall-400-temporary-credentials-1.txt", { format: "log", status: 400 }],
["203-suno-api-failed-to-get-session-id-1.txt", null], // AlterValueError
["203-stability-stablestudio-rpcerror-image-too-large-1.txt", null], // AlterValueError
["203-assemblyai-node-audio-url-should-start-with-http-1.txt", null], // AlterValueError
["203-assemblyai-python-websocket-4001-not-authorized-1.txt", null], // AlterValueError
["203-revai-python-500-submit-local-file-1.txt", { format: "log", status: 500 }],
["203-speechmatics-js-concurrent-quota-exceeded-1.txt", null], // AlterValueError
["203-speechmatics-js-not-authorised-1.txt", null], // AlterValueError
["203-leonardo-docs-authentication-hook-access-denied-1.txt", null], // AlterValueError
["203-fal-user-locked-exhausted-balance-top-up-1.txt", null], // AlterValueError
["203-fal-cli-500-internal-server-error-1.txt", { format: "log", status: 500 }],
["203-ideogram-wrapper-403-forbidden-1.txt", { format: "log", status: 403 }],
["203-suno-songscreator-401-unauthorized-1.txt", { format: "log", status: 401 }],
["203-suno-api-proxy-axios-401-1.txt", { format: "log", status: 401 }],
["203-midjourney-api-imagine-429-1.txt", { format: "log", status: 429 }],
["203-midjourney-downloader-403-cloudflare-1.txt", null], // AlterValueError
["203-probe-speechmatics-docs-job-status-200-1.txt", null], // AlterValueError
["203-probe-fal-docs-reliability-retries-1.txt", null], // AlterValueError
["203-probe-assemblyai-common-errors-reference-1.txt", null], // AlterValueError
["203-probe-stability-status-guide-1.txt", null], // AlterValueError
["203-probe-runway-node-error-handling-code-1.txt", null], // AlterValueError
["203-launchdarkly-terraform-429-rate-limited-1.txt", { format: "log", status: 429 }],
["203-launchdarkly-terraform-409-segment-key-exists-1.txt", { format: "log", status: 409 }],
["203-launchdarkly-terraform-400-flag-salt-1.txt", { format: "log", status: 400 }],
["203-launchdarkly-terraform-429-debug-sleeping-1.txt", { format: "log", status: 429 }],
["203-launchdarkly-go-sdk-data-source-outage-503-1.txt", null], // AlterValueError
["203-launchdarkly-node-sdk-eai-again-stream-1.txt", { format: "network-text", status: undefined }],
["203-unleash-proxy-repository-401-1.txt", { format: "log", status: 401 }],
["203-unleash-php-sdk-403-http-response-exception-1.txt", { format: "log", status: 403 }],
["203-optimizely-agent-403-datafile-1.txt", { format: "log", status: 403 }],
["203-split-node-sdk-403-forbidden-operation-1.txt", { format: "log", status: 403 }],
["203-growthbook-features-endpoint-401-no-token-1.txt", { format: "log", status: 401 }],
["203-flagsmith-java-client-403-environment-document-1.txt", { format: "log", status: 403 }],
["203-firebase-remote-config-android-403-ip-restriction-1.txt", { format: "log", status: 403 }],
["203-firebase-remote-config-android-404-not-found-1.txt", { format: "log", status: 404 }],
["203-firebase-remote-config-android-fetch-throttled-1.txt", null], // AlterValueError
["203-firebase-remote-config-js-fetch-throttle-timestamp-1.txt", null], // AlterValueError
["203-probe-launchdarkly-status-incident-1.txt", null], // AlterValueError
["203-probe-split-rate-limiting-docs-1.txt", null], // AlterValueError
["203-probe-launchdarkly-java-changelog-401-403-1.txt", null], // AlterValueError
["203-probe-configcat-fetch-logic-code-1.txt", null], // AlterValueError
["203-probe-flagsmith-issue-handle-ld-rate-limits-1.txt", null], // AlterValueError
  // The two-hundred-and-second trial's: the six named providers in browser apps' consoles; email-sending and newsletter
  // APIs; media, video and CDN APIs; analytics and product-telemetry APIs.
["202-google-gapi-calendar-401-invalid-credentials-1.txt", { format: "log", status: 401 }],
["202-google-chrome-extension-401-login-required-1.txt", { format: "log", status: 401 }],
["202-google-gapi-drive-files-get-404-1.txt", { format: "log", status: 404 }],
["202-msgraph-msal-angular-401-signing-key-invalid-1.txt", null], // AlterValueError
["202-msgraph-react-adal-invalid-audience-1.txt", null], // AlterValueError
["202-msgraph-spfx-403-authorization-requestdenied-1.txt", { format: "log", status: 403 }],
["202-aws-s3-evaporatejs-console-403-signaturedoesnotmatch-1.txt", { format: "log", status: 403 }],
["202-aws-s3-evaporatejs-initiate-error-status-403-1.txt", { format: "log", status: 403 }],
["202-aws-amplify-storage-put-403-forbidden-1.txt", { format: "log", status: 403 }],
["202-openai-chrome-extension-insufficient-quota-1.txt", { format: "log", status: 429 }],
["202-openai-nextjs-openai-api-axios-401-1.txt", { format: "log", status: 401 }],
["202-dropbox-web-app-503-cors-preflight-1.txt", { format: "log", status: 503 }],
["202-dropbox-fetch-400-malformed-access-token-1.txt", { format: "log", status: 400 }],
["202-probe-msgraph-errors-doc-status-table-1.txt", null], // AlterValueError
["202-probe-openai-chat-completion-success-example-1.txt", null], // AlterValueError
["202-probe-hubspot-api-client-error-handling-sample-1.txt", null], // AlterValueError
["202-probe-dropbox-sdk-rust-release-notes-errors-1.txt", null], // AlterValueError
["202-probe-dropbox-sdk-js-response-error-class-1.txt", null], // AlterValueError
["202-resend-json-403-domain-not-verified-1.txt", { format: "json-body", status: 403 }],
["202-brevo-pipedream-duplicate-parameter-bare-1.txt", null], // AlterValueError
["202-sendinblue-php-guzzle-400-invalid-parameter-1.txt", { format: "log", status: 400 }],
["202-sendinblue-node-superagent-out-of-range-1.txt", null], // AlterValueError
["202-ses-fluentsmtp-json-400-messagerejected-1.txt", null], // AlterValueError
  ["202-ses-php-sdk-403-accessdenied-xml-1.txt", { format: "log", status: 403 }], // its status read since round 226 (aws-sdk-php's own "AWS HTTP error: Client error: 403")
["202-ses-symfony-mailer-403-accessdenied-1.txt", { format: "log", status: 403 }],
["202-ses-ruby-sesv2-accessdeniedexception-1.txt", null], // AlterValueError
["202-ses-lambda-node-messagerejected-no-status-1.txt", null], // AlterValueError
["202-ses-gomail-smtp-554-access-denied-1.txt", null], // AlterValueError
["202-ses-botocore-moto-messagerejected-1.txt", { format: "log", status: undefined }], // Read without a status: the mapper asks for it (botocore names MessageRejected, no status).
["202-sparkpost-node-422-unprocessable-1.txt", { format: "log", status: 422 }],
["202-sparkpost-node-eai-again-dns-1.txt", { format: "network-text", status: undefined }],
["202-mailerlite-docs-401-unauthenticated-1.txt", { format: "log", status: 401 }],
["202-probe-kit-v3-response-codes-doc-1.txt", null], // AlterValueError
["202-probe-brevo-rate-limit-headers-doc-1.txt", null], // AlterValueError
["202-probe-beehiiv-rate-limiting-doc-1.txt", null], // AlterValueError
["202-probe-mailerlite-classic-error-codes-doc-1.txt", null], // AlterValueError
["202-probe-loops-pr-description-400-409-1.txt", null], // AlterValueError
["202-cloudinary-java-android-invalid-signature-401-1.txt", { format: "log", status: 401 }],
["202-cloudinary-node-invalid-signature-401-1.txt", { format: "json-body", status: 401 }],
["202-cloudinary-php-502-add-tag-1.txt", { format: "log", status: 502 }],
["202-cloudinary-ruby-502-html-body-1.txt", { format: "log", status: 502 }],
["202-mux-python-404-not-found-request-id-1.txt", { format: "log", status: 404 }],
["202-akamai-powershell-401-signature-mismatch-1.txt", { format: "log", status: 401 }],
["202-akamai-python-401-signature-ci-1.txt", null], // AlterValueError
["202-akamai-ruby-401-inactive-client-token-1.txt", { format: "log", status: 401 }],
["202-transloadit-python-429-rate-limit-reached-1.txt", { format: "json-body", status: 429 }],
["202-transloadit-ruby-invalid-signature-1.txt", null], // AlterValueError
["202-fastly-cli-403-read-only-token-1.txt", { format: "log", status: 403 }],
["202-fastly-cli-429-hourly-rate-limit-1.txt", { format: "log", status: 429 }],
["202-fastly-ruby-400-version-locked-1.txt", null], // AlterValueError
["202-fastly-raw-http-404-record-not-found-1.txt", { format: "http", status: 404 }],
["202-bunny-php-purge-400-urls-invalid-1.txt", null], // AlterValueError
["202-bunny-storage-browser-401-unauthorized-1.txt", { format: "log", status: 401 }],
["202-probe-uploadcare-rest-api-errors-doc-1.txt", null], // AlterValueError
["202-probe-apivideo-auth-errors-table-1.txt", null], // AlterValueError
["202-probe-cloudinary-upload-200-devtools-1.txt", null], // AlterValueError
["202-probe-mux-node-readme-handling-errors-1.txt", null], // AlterValueError
["202-probe-cloudinary-error-class-code-1.txt", null], // AlterValueError
["202-posthog-axios-401-no-temporary-token-1.txt", null], // AlterValueError
["202-posthog-curl-500-server-error-1.txt", { format: "log", status: 500 }],
["202-ga4-sitekit-console-403-property-permission-1.txt", { format: "log", status: 403 }],
["202-ga4-php-grpc-permission-denied-code7-1.txt", null], // AlterValueError
["202-ga4-go-404-batchrunreports-url-1.txt", { format: "log", status: 404 }],
  ["202-ga-ruby-ratelimiterror-concurrent-connections-1.txt", { format: "log", status: 429 }], // read since round 224 (refused before)
["202-ga-gapi-php-user-rate-limit-exceeded-1.txt", null], // AlterValueError
["202-ga-php-matomo-invalid-grant-token-expired-1.txt", null], // AlterValueError
["202-ga-python-oauth2client-invalid-grant-1.txt", null], // AlterValueError
["202-ga-php-google-service-exception-403-profile-1.txt", { format: "log", status: 403 }],
["202-mixpanel-airbyte-400-engage-properties-1.txt", { format: "log", status: 400 }],
["202-mixpanel-node-414-request-uri-too-large-1.txt", { format: "html-page", status: 414 }],
["202-mixpanel-python-invalid-project-secret-1.txt", null], // AlterValueError
["202-amplitude-js-400-invalid-api-key-1.txt", { format: "log", status: 400 }],
["202-amplitude-android-too-many-requests-1.txt", null], // AlterValueError
["202-rudderstack-go-401-writekey-header-1.txt", { format: "log", status: 401 }],
["202-probe-posthog-status-page-api-down-503-1.txt", null], // AlterValueError
["202-probe-amplitude-common-api-error-codes-doc-1.txt", null], // AlterValueError
["202-probe-snowplow-ios-test-fixture-403-no-retry-1.txt", null], // AlterValueError
["202-probe-posthog-capture-error-handling-code-1.txt", null], // AlterValueError
["202-probe-amplitude-dsar-success-response-1.txt", null], // AlterValueError
  // The two-hundred-and-first trial's: the six named providers in AI agent frameworks; SMS, voice and chat-messaging APIs;
  // developer-platform and package-registry APIs; market-data and open-government-data APIs.
["201-openai-langchain-crewai-ratelimit-retry-1.txt", { format: "log", status: 429 }],
["201-openai-haystack-promptnode-overloaded-1.txt", null], // AlterValueError
["201-openai-agentzero-401-invalid-api-key-1.txt", { format: "log", status: 401 }],
["201-openai-crewai-tool-error-404-model-not-found-1.txt", { format: "log", status: 404 }],
["201-openai-adk-litellm-insufficient-quota-no-status-1.txt", { format: "log", status: 429 }],
["201-openai-openhands-litellm-429-insufficient-quota-1.txt", { format: "log", status: 429 }],
["201-google-vertexai-langchain-429-quota-retry-1.txt", { format: "log", status: 429 }],
["201-google-genai-langchain-agent-429-resourceexhausted-1.txt", { format: "log", status: 429 }],
["201-google-people-aixplain-agent-403-scope-insufficient-1.txt", { format: "log", status: 403 }],
["201-aws-bedrock-strands-agent-converse-throttling-1.txt", { format: "log", status: undefined }],
["201-aws-bedrock-strands-converse-validationexception-1.txt", { format: "log", status: undefined }],
["201-azure-openai-semantic-kernel-toomanyrequests-retry-1.txt", { format: "log", status: 429 }],
["201-msgraph-copilot-api-sdk-403-forbidden-request-id-1.txt", { format: "log", status: 403 }],
["201-hubspot-paragon-401-expired-oauth-token-1.txt", { format: "http", status: 401 }],
["201-probe-openai-error-codes-docs-table-1.txt", null], // AlterValueError
["201-probe-m365-mcp-server-retry-features-doc-1.txt", null], // AlterValueError
["201-probe-hubspot-mcp-troubleshooting-rate-limit-1.txt", null], // AlterValueError
["201-probe-hubspot-mcp-successful-tool-output-1.txt", null], // AlterValueError
["201-probe-langchain-google-pr-retry-delay-changelog-1.txt", null], // AlterValueError
["201-whatsapp-heyoo-131030-not-in-allowed-list-1.txt", { format: "log", status: 400 }],
["201-whatsapp-frappe-requests-httperror-400-1.txt", { format: "log", status: 400 }],
["201-line-python-linebotapierror-invalid-reply-token-1.txt", { format: "log", status: 400 }],
["201-line-node-httperror-400-echo-bot-1.txt", { format: "log", status: 400 }],
["201-line-laravel-guzzle-401-authorization-header-1.txt", { format: "log", status: 401 }],
["201-wechat-easywechat-40001-invalid-credential-rid-1.txt", null], // AlterValueError
["201-wechat-python-sdk-officialapierror-40001-1.txt", null], // AlterValueError
["201-wecom-openclaw-45009-api-freq-out-of-limit-1.txt", null], // AlterValueError
["201-wechat-weixin-authorize-45009-rails-500-1.txt", null], // AlterValueError
["201-messagebird-python-message-not-found-1.txt", null], // AlterValueError
["201-africastalking-rapidpro-could-not-send-1.txt", null], // AlterValueError
["201-telnyx-pipecat-422-call-already-ended-1.txt", { format: "log", status: 422 }],
["201-telnyx-node-90015-invalid-call-control-id-1.txt", null], // AlterValueError
["201-infobip-oneapi-python-missing-parameter-1.txt", null], // AlterValueError
["201-plivo-curl-400-invalid-json-api-id-1.txt", { format: "http", status: 400 }],
["201-viber-send-message-bad-receiver-id-1.txt", null], // AlterValueError
["201-probe-viber-docs-common-errors-1.txt", null], // AlterValueError
["201-probe-sinch-send-batch-example-201-1.txt", { format: "json-wrapper", status: 201 }],
["201-probe-messagebird-node-pr-error-verbosity-1.txt", null], // AlterValueError
["201-probe-whatsapp-error-code-table-issue-1.txt", null], // AlterValueError
["201-probe-telnyx-inbound-webhook-log-1.txt", null], // AlterValueError
["201-npm-cli-e429-too-many-requests-ci-1.txt", { format: "log", status: 429 }],
["201-npm-cli-e403-publish-over-existing-version-1.txt", { format: "log", status: 403 }],
["201-npm-cli-e500-publish-unexpected-error-id-1.txt", { format: "log", status: 500 }],
["201-artifactory-npm-e401-basic-realm-1.txt", { format: "log", status: 401 }],
["201-pypi-twine-403-password-auth-unsupported-1.txt", { format: "log", status: 403 }],
["201-pypi-twine-403-not-allowed-project-1.txt", { format: "log", status: 403 }],
["201-pypi-twine-400-file-already-exists-1.txt", { format: "log", status: 400 }],
["201-pypi-pip-503-backend-unhealthy-1.txt", { format: "log", status: 503 }],
["201-codecov-uploader-429-expected-time-1.txt", { format: "log", status: 429 }],
["201-artifactory-curl-401-bad-credentials-1.txt", { format: "log", status: 401 }],
["201-artifactory-bamboo-409-conflict-1.txt", { format: "log", status: 409 }],
["201-snyk-cli-401-snyk-0005-1.txt", { format: "log", status: 401 }],
["201-sonarcloud-maven-plugin-401-jres-1.txt", { format: "log", status: 401 }],
["201-netlify-cli-jsonhttperror-404-deploy-1.txt", { format: "log", status: 404 }],
["201-flyio-terraform-422-create-machine-1.txt", { format: "log", status: 422 }],
["201-railway-cli-graphql-not-authorized-1.txt", null], // AlterValueError
["201-probe-snyk-docs-error-catalog-1.txt", null], // AlterValueError
["201-probe-netlify-rate-limits-spec-1.txt", null], // AlterValueError
["201-probe-twine-upload-error-handling-code-1.txt", null], // AlterValueError
["201-probe-pypi-upload-errors-blog-list-1.txt", { format: "log", status: 403 }], // Known misread: a blog's list of four PyPI upload errors (403, 403, 401, 400), read as its first.
["201-probe-npm-publish-success-output-1.txt", null], // AlterValueError
["201-alphavantage-python-ratelimit-valueerror-1.txt", null], // AlterValueError
["201-alphavantage-r-quantmod-invalid-api-call-1.txt", null], // AlterValueError
["201-polygon-client-429-call-failed-1.txt", { format: "log", status: 429 }],
["201-finnhub-python-429-transcripts-1.txt", { format: "log", status: 429 }],
["201-finnhub-php-guzzle-403-forex-rates-1.txt", { format: "log", status: 403 }],
["201-finnhub-r-httr-403-candle-1.txt", { format: "log", status: 403 }],
["201-twelvedata-json-429-minute-credits-1.txt", { format: "json-body", status: 429 }],
["201-iexcloud-403-test-token-sandbox-1.txt", { format: "log", status: 403 }],
["201-iexfinance-python-iexqueryerror-traceback-1.txt", null], // AlterValueError
["201-fred-r-fredr-504-retry-then-404-1.txt", { format: "log", status: 404 }],
["201-secedgar-python-requests-403-traceback-1.txt", { format: "log", status: 403 }],
["201-socrata-r-rsocrata-400-group-by-1.txt", { format: "log", status: 400 }],
["201-census-r-tidycensus-invalid-key-1.txt", null], // AlterValueError
["201-census-r-tidycensus-unknown-variable-1.txt", null], // AlterValueError
["201-nasa-apod-500-json-1.txt", null], // AlterValueError
["201-companieshouse-curl-500-exception-id-1.txt", { format: "log", status: 500 }],
["201-probe-companieshouse-client-docs-rate-limit-1.txt", null], // AlterValueError
["201-probe-finnhub-python-successful-candles-1.txt", null], // AlterValueError
["201-probe-fred-wrapper-issue-code-sample-1.txt", null], // AlterValueError
["201-probe-polygon-readme-diff-rate-limit-note-1.txt", null], // AlterValueError
["201-probe-polygon-python-debug-log-success-1.txt", null], // AlterValueError
  // The two-hundredth trial's: the six named providers in infrastructure-as-code tools; shipping and fulfilment APIs;
  // healthcare and fitness APIs; music, podcast and gaming APIs.
["200-google-terraform-nodepool-429-concurrent-ops-1.txt", { format: "log", status: 429 }],
["200-google-pulumi-instancetemplate-409-already-exists-1.txt", { format: "log", status: 409 }],
["200-google-terraform-project-409-already-exists-1.txt", { format: "log", status: 409 }],
["200-msgraph-pulumi-azuread-403-insufficient-privileges-1.txt", { format: "log", status: 403 }],
["200-msgraph-terraform-azuread-400-unsupported-owner-class-1.txt", { format: "log", status: 400 }],
["200-aws-pulumi-aws-native-cloudcontrol-throttling-1.txt", { format: "log", status: 400 }],
["200-aws-crossplane-sts-403-invalidclienttokenid-1.txt", { format: "log", status: 403 }],
["200-aws-serverless-v3-describestacks-not-authorized-1.txt", null], // AlterValueError
["200-aws-terraform-iam-getuser-503-debug-1.txt", { format: "http", status: 503 }],
["200-aws-terraform-ssm-500-internalservererror-1.txt", { format: "log", status: 500 }],
["200-aws-terraform-route53resolver-internalserviceerror-400-1.txt", { format: "log", status: 400 }], // Known wrong: "InternalServiceErrorException ... please retry your request" at 400 read as not retryable; its body is logged two lines above its status behind a log prefix.
["200-aws-ansible-cloudcontrol-iam-403-request-id-1.txt", { format: "log", status: 403 }],
["200-aws-cdk-invalidclienttokenid-stacktrace-1.txt", { format: "log", status: undefined }],
["200-aws-rain-simulateprincipalpolicy-throttling-1.txt", { format: "log", status: 400 }],
["200-openai-terraform-provider-too-many-requests-1.txt", null], // AlterValueError
["200-openai-k8sgpt-401-empty-message-1.txt", { format: "log", status: 401 }],
["200-probe-k8s-chaos-inject-openai-429-1.txt", null], // AlterValueError
["200-probe-terraform-aws-error-handling-docs-1.txt", null], // AlterValueError
["200-probe-terraform-google-retry-predicates-code-1.txt", null], // AlterValueError
["200-probe-terraform-aws-retries-docs-1.txt", null], // AlterValueError
["200-probe-aws-cdk-successful-deploy-output-1.txt", null], // AlterValueError
["200-ups-karrio-python-oauth-401-clientid-invalid-1.txt", { format: "log", status: 401 }],
["200-shippo-csharp-createshipment-400-parcel-required-1.txt", { format: "log", status: 400 }],
["200-shippo-ruby-apiservererror-400-bad-request-1.txt", null], // AlterValueError
["200-amazon-spapi-java-403-forbidden-unauthorized-1.txt", null], // AlterValueError
["200-amazon-spapi-php-guzzle-500-internalfailure-1.txt", { format: "log", status: 500 }],
["200-amazon-spapi-python-400-invalidinput-shipment-not-found-1.txt", { format: "log", status: 400 }],
["200-amazon-spapi-unauthorized-json-with-requestid-1.txt", null], // AlterValueError
["200-amazon-spapi-access-token-revoked-malformed-1.txt", null], // AlterValueError
["200-easypost-node-bad-request-object-1.txt", null], // AlterValueError
["200-fedex-php-soap-uploaddocuments-authentication-failed-1.txt", null], // AlterValueError
["200-fedex-shipit-soap-fault-unmarshalling-1.txt", null], // AlterValueError
["200-shipstation-php-guzzle-404-no-http-resource-1.txt", { format: "log", status: 404 }],
["200-aftership-homeassistant-429-daily-limit-reset-1.txt", null], // AlterValueError
["200-shippo-js-sdkvalidationerror-tracking-status-1.txt", null], // AlterValueError
["200-dhl-iobroker-axios-500-akamai-html-1.txt", { format: "log", status: 500 }],
["200-ups-dangerousgoods-400-account-not-authorized-1.txt", { format: "log", status: 400 }],
["200-probe-shippo-docs-http-status-codes-1.txt", null], // AlterValueError
["200-probe-fedex-oauth-token-200-ok-mock-1.txt", null], // AlterValueError
["200-probe-spapi-sdk-readme-retry-429-sample-1.txt", null], // AlterValueError
["200-probe-shippo-shipment-success-fixture-carrier-messages-1.txt", null], // AlterValueError
["200-probe-spapi-usage-plans-faq-429-1.txt", null], // AlterValueError
["200-athenahealth-elixir-fhir-403-not-authorized-1.txt", null], // AlterValueError
["200-athenahealth-curl-token-unauthorized-client-1.txt", null], // AlterValueError
["200-athenahealth-fhir-xml-not-authorized-1.txt", null], // AlterValueError
["200-cerner-token-invalid-grant-correlation-id-1.txt", null], // AlterValueError
["200-cerner-fhir-insufficient-scope-x-request-id-1.txt", null], // AlterValueError
["200-cerner-fhir-403-insufficient-scopes-subcode-1.txt", { format: "log", status: 403 }],
["200-cerner-jwt-token-invalid-client-1.txt", null], // AlterValueError
["200-fitbit-got-401-expired-token-1.txt", { format: "json-body", status: 401 }],
["200-fitbit-got-500-error-id-1.txt", { format: "json-body", status: 500 }],
["200-garmin-garminexport-429-sso-signin-1.txt", { format: "log", status: 429 }],
["200-garmin-gcexport-429-authentication-failure-1.txt", { format: "log", status: 429 }],
["200-google-fit-googleapiclient-403-heart-rate-1.txt", { format: "log", status: 403 }],
["200-withings-mmm-token-601-wait-seconds-1.txt", null], // AlterValueError
["200-dexcom-pydexcom-sessionnotvalid-1.txt", null], // AlterValueError
["200-dexcom-pydexcom-account-error-traceback-1.txt", null], // AlterValueError
["200-oura-aiohttp-oauth-token-401-1.txt", { format: "log", status: 401 }],
["200-probe-oura-error-handling-doc-1.txt", null], // AlterValueError
["200-probe-whoop-rate-limit-headers-doc-1.txt", null], // AlterValueError
["200-probe-dexcom-endpoint-overview-rate-limit-1.txt", null], // AlterValueError
["200-probe-corsair-oura-error-handler-sample-1.txt", null], // AlterValueError
["200-probe-oracle-hdr-fhir-oauth-error-table-1.txt", null], // AlterValueError
["200-steam-python-requests-403-authenticateuser-1.txt", { format: "log", status: 403 }],
["200-steam-node-steam-webapi-403-log-1.txt", { format: "log", status: 403 }],
["200-riot-riotwatcher-403-expired-key-1.txt", { format: "log", status: 403 }],
["200-riot-account-v1-404-data-not-found-1.txt", { format: "json-body", status: 404 }],
["200-riot-php-forbiddenexception-summoner-not-found-1.txt", null], // AlterValueError
["200-lastfm-pylast-wserror-no-user-1.txt", null], // AlterValueError
["200-deezer-media-get-url-1002-license-rights-1.txt", null], // AlterValueError
["200-genius-java-httpclient-401-wire-log-1.txt", { format: "log", status: 401 }],
["200-genius-lyricist-node-invalid-token-1.txt", null], // AlterValueError
["200-applemusic-curl-v-401-developer-token-1.txt", { format: "curl-v", status: 401 }],
["200-epic-fortnite-api-429-throttled-221s-1.txt", { format: "log", status: 429 }],
["200-epic-heroic-oauth-corrective-action-eula-1.txt", null], // AlterValueError
["200-soundcloud-curl-oauth2-token-429-1.txt", { format: "log", status: 429 }],
["200-soundcloud-php-repost-429-headers-1.txt", { format: "log", status: 429 }],
["200-itchio-butler-403-invalid-key-1.txt", { format: "log", status: 403 }],
["200-xbox-xboxreplay-401-details-500-1.txt", { format: "log", status: 401 }],
["200-probe-lastfm-error-code-list-docs-1.txt", null], // AlterValueError
["200-probe-riot-rate-limiting-docs-1.txt", null], // AlterValueError
["200-probe-riotwatcher-code-handles-429-404-1.txt", null], // AlterValueError
["200-probe-riot-cpp-release-notes-1.txt", null], // AlterValueError
["200-probe-genius-search-200-fixture-1.txt", null], // AlterValueError
  // The hundred-and-ninety-ninth trial's: the six named providers in notebooks, data scripts and BI tools; database- and
  // backend-as-a-service APIs; IoT, smart-home and automotive APIs; education, LMS and video-conferencing APIs.
["199-appwrite-flutter-document-already-exists-409-1.txt", { format: "log", status: 409 }],
["199-aws-botocore-notebook-expiredtoken-assumerole-1.txt", { format: "log", status: undefined }],
["199-aws-cli-notebook-headobject-403-1.txt", { format: "log", status: 403 }],
["199-aws-pandas-read-parquet-accessdenied-1.txt", { format: "log", status: 403 }],
["199-blackboard-node-invalid-grant-jwttoken-1.txt", null], // AlterValueError
["199-canvas-curl-401-user-not-authorized-1.txt", null], // AlterValueError
["199-canvas-hypothesis-401-insufficient-scopes-1.txt", { format: "log", status: 401 }],
["199-canvas-hypothesis-401-user-not-authorised-1.txt", { format: "log", status: 401 }],
["199-canvas-rcanvas-422-create-assignment-1.txt", { format: "log", status: 422 }],
["199-convex-cli-access-token-invalid-401-1.txt", { format: "log", status: 401 }],
["199-convex-mutation-occ-write-conflict-1.txt", null], // AlterValueError
["199-dropbox-rdrop2-409-list-folder-1.txt", { format: "log", status: 409 }],
["199-ecobee-openhab-code14-token-expired-1.txt", null], // AlterValueError
["199-ecobee-pyecobee-requests-400-token-ecobeepin-1.txt", { format: "log", status: 400 }],
["199-fauna-faunadb-js-unauthorized-401-1.txt", { format: "log", status: 401 }],
["199-firestore-java-grpc-permission-denied-1.txt", { format: "log", status: 403 }],
["199-firestore-php-client-forbidden-403-1.txt", { format: "log", status: 403 }],
["199-google-bigquery-dbapi-403-table-delete-jobid-1.txt", { format: "log", status: 403 }],
["199-google-bigquery-notebook-403-jobs-create-1.txt", { format: "log", status: 403 }],
["199-google-gspread-403-insufficient-permission-1.txt", { format: "log", status: 403 }],
["199-google-powerbi-analytics-400-datasource-error-1.txt", { format: "log", status: 400 }],
["199-google-r-googlesheets-429-too-many-requests-1.txt", { format: "log", status: 429 }],
["199-hue-node-hue-api-discovery-429-1.txt", { format: "log", status: 429 }],
["199-kaltura-wowza-invalid-ks-1.txt", null], // AlterValueError
["199-microsoft-powerbi-gateway-429-mashup-1.txt", { format: "log", status: 429 }],
["199-microsoft-powerbi-rest-429-retry-after-1.txt", { format: "log", status: 429 }],
["199-microsoft-powerbi-script-401-token-endpoint-1.txt", { format: "log", status: 401 }],
["199-mongodb-atlas-terraform-api-key-access-list-denied-401-1.txt", { format: "log", status: 401 }],
["199-mongodb-atlas-terraform-ip-access-list-403-1.txt", { format: "log", status: 403 }],
["199-mongodb-atlas-terraform-oauth-token-rate-limited-429-1.txt", { format: "log", status: 429 }],
["199-mongodb-atlas-terraform-user-unauthorized-401-1.txt", { format: "log", status: 401 }],
["199-mongodb-atlas-terraform-whitelist-403-1.txt", { format: "log", status: 403 }],
["199-moodle-moodledl-404-token-php-1.txt", { format: "html-page", status: 404 }],
["199-moodle-moodledl-invalidtoken-1.txt", null], // AlterValueError
["199-moodle-php-accessexception-create-users-1.txt", null], // AlterValueError
["199-neon-serverless-control-plane-500-1.txt", { format: "log", status: 500 }],
["199-neon-serverless-fetch-failed-network-1.txt", { format: "network-text", status: undefined }],
["199-neon-terraform-role-not-found-404-1.txt", { format: "log", status: 404 }],
["199-nest-homeassistant-sdm-429-resource-exhausted-1.txt", { format: "log", status: 429 }],
["199-openai-data-script-429-tpm-try-again-1.txt", { format: "log", status: 429 }],
["199-openai-jupyter-401-invalid-api-key-1.txt", { format: "log", status: 401 }],
["199-openai-jupyter-litellm-401-chained-1.txt", { format: "log", status: 401 }],
["199-openai-notebook-pandas-embedding-ratelimit-1.txt", { format: "log", status: 429 }],
["199-planetscale-database-js-duplicate-entry-400-1.txt", { format: "log", status: 400 }],
["199-probe-aws-boto3-s3-success-log-1.txt", null], // AlterValueError
["199-probe-classroom-docs-usage-limits-1.txt", null], // AlterValueError
["199-probe-convex-successful-deploy-log-1.txt", null], // AlterValueError
["199-probe-ecobee-pyecobee-successful-refresh-log-1.txt", { format: "log", status: 200 }],
["199-probe-fauna-error-mapping-code-1.txt", null], // AlterValueError
["199-probe-fitbit-error-messages-docs-1.txt", null], // AlterValueError
["199-probe-google-gspread-apierror-handler-script-1.txt", null], // AlterValueError
["199-probe-google-gspread-httpclient-retry-codes-1.txt", null], // AlterValueError
["199-probe-google-sheets-connector-changelog-1.txt", null], // AlterValueError
["199-probe-hue-rate-limit-status-code-announcement-1.txt", null], // AlterValueError
["199-probe-microsoft-powerbi-troubleshoot-docs-1.txt", null], // AlterValueError
["199-probe-neon-serverless-changelog-1.txt", null], // AlterValueError
["199-probe-planetscale-docs-rate-limits-1.txt", null], // AlterValueError
["199-probe-python-fitbit-ratelimit-hook-code-1.txt", null], // AlterValueError
["199-probe-strava-ruby-client-vcr-gear-200-1.txt", { format: "log", status: 200 }],
["199-probe-webex-docs-error-codes-table-1.txt", null], // AlterValueError
["199-probe-webex-xmlapi-release-notes-rate-limit-1.txt", null], // AlterValueError
["199-probe-xata-docs-rate-limits-1.txt", null], // AlterValueError
["199-probe-zoom-curl-204-success-1.txt", { format: "http", status: 204 }],
["199-probe-zoom-go-code-parse-error-1.txt", null], // AlterValueError
["199-smartthings-cli-422-constraintviolation-1.txt", { format: "log", status: 422 }],
["199-smartthings-iobroker-409-conflict-invalid-device-state-1.txt", { format: "log", status: 409 }],
["199-smartthings-iobroker-invalid-grant-refresh-then-401-1.txt", { format: "log", status: 401 }],
["199-strava-ha-strava-aiohttp-429-1.txt", { format: "log", status: 429 }],
["199-strava-javastrava-429-ratelimitexception-1.txt", { format: "log", status: 429 }],
["199-strava-stravalib-414-uri-too-large-1.txt", { format: "log", status: 414 }],
["199-teams-graph-429-headers-no-retry-after-1.txt", null], // AlterValueError
["199-teams-graph-postman-403-forbidden-onlinemeeting-1.txt", { format: "log", status: 403 }],
["199-teams-matterbridge-403-polling-retrying-1.txt", { format: "log", status: 403 }],
["199-tesla-fleetapi-412-region-not-registered-1.txt", { format: "log", status: 412 }],
["199-tesla-iobroker-429-retry-in-seconds-1.txt", { format: "log", status: 429 }],
["199-tesla-teslajsonpy-412-fleetapi-only-1.txt", { format: "log", status: 412 }],
["199-tesla-teslalogger-429-ratelimit-reset-1.txt", { format: "log", status: 429 }],
["199-tesla-teslamate-403-missing-scopes-1.txt", { format: "log", status: 403 }],
["199-tesla-teslamate-408-vehicle-offline-1.txt", { format: "log", status: 408 }],
["199-tesla-teslapy-requests-403-owner-api-forbidden-1.txt", { format: "log", status: 403 }],
["199-turso-libsql-client-missing-authorization-401-1.txt", { format: "log", status: 401 }],
["199-turso-platform-api-curl-duplicate-name-400-1.txt", { format: "log", status: 400 }],
["199-tuya-homebridge-openapi-1104-type-incorrect-1.txt", null], // AlterValueError
["199-tuya-tuyapi-cloud-sing-validate-faled-1.txt", null], // AlterValueError
["199-upstash-redis-js-max-daily-request-limit-1.txt", null], // AlterValueError
["199-upstash-redis-noperm-evalsha-1.txt", null], // AlterValueError
["199-vimeo-php-401-valid-user-token-1.txt", { format: "log", status: 401 }],
["199-webex-jssdk-401-mobius-expired-token-1.txt", { format: "log", status: 401 }],
["199-youtube-googleapiclient-400-failedprecondition-1.txt", { format: "log", status: 400 }],
["199-youtube-json-503-backenderror-1.txt", { format: "json-body", status: 503 }],
["199-youtube-php-500-channelsections-1.txt", { format: "log", status: 500 }],
["199-zoom-guzzle-400-unsupported-grant-type-1.txt", { format: "log", status: 400 }],
  // The hundred-and-ninety-eighth trial's: the six named providers from workflow orchestrators and data pipelines; e-signature,
  // document and forms APIs; search, vector-database and AI inference APIs; customer-support and helpdesk APIs.
["198-google-bigquery-airflow-403-jobs-create-1.txt", { format: "log", status: 403 }],
["198-google-gcloud-airflow-gke-403-permission-1.txt", { format: "log", status: 403 }],
["198-google-gha-auth-403-getaccesstoken-1.txt", null], // AlterValueError
["198-google-sheets-dlt-400-unable-to-parse-range-1.txt", { format: "log", status: 400 }],
["198-google-sheets-hop-404-not-found-1.txt", { format: "log", status: 404 }],
["198-google-sheets-celery-worker-429-quota-1.txt", { format: "log", status: 429 }],
["198-aws-s3-airflow-celery-403-headobject-1.txt", { format: "log", status: 403 }],
["198-aws-glue-airflow-throttling-getjobrun-1.txt", { format: "log", status: undefined }],
["198-aws-ecs-prefect-agent-throttling-runtask-1.txt", { format: "log", status: undefined }],
["198-aws-s3-argo-failed-to-save-outputs-access-denied-1.txt", null], // AlterValueError
["198-msgraph-elastic-connector-sync-400-list-items-1.txt", { format: "log", status: 400 }],
["198-microsoft-sharepoint-elastic-connector-sync-429-1.txt", { format: "log", status: 429 }],
["198-openai-gha-chatgpt-codereview-429-insufficient-quota-1.txt", { format: "log", status: 429 }],
["198-openai-gha-ai-pr-reviewer-429-tpm-rate-limit-1.txt", { format: "log", status: 429 }],
["198-openai-ci-ilab-401-invalid-api-key-1.txt", { format: "log", status: 401 }],
["198-dropbox-backup-gem-scheduled-401-unauthorized-1.txt", { format: "log", status: 401 }],
["198-probe-aws-airflow-docs-avoid-throttling-1.txt", null], // AlterValueError
["198-probe-google-dbt-bigquery-retry-feature-request-1.txt", null], // AlterValueError
["198-probe-msgraph-airflow-pr-invalidate-adapter-on-401-1.txt", null], // AlterValueError
["198-probe-microsoft-elastic-connectors-release-note-429-1.txt", null], // AlterValueError
["198-probe-microsoft-airflow-powerbi-successful-task-log-1.txt", null], // AlterValueError
["198-docusign-php-laravel-consent-required-400-1.txt", { format: "log", status: 400 }],
["198-docusign-java-apiexception-consent-required-400-1.txt", { format: "log", status: 400 }],
["198-docusign-csharp-apiexception-consent-required-nostatus-1.txt", null], // AlterValueError
["198-docusign-elixir-connection-consent-required-1.txt", null], // AlterValueError
["198-docusign-php-esign-400-error-connecting-1.txt", { format: "log", status: 400 }],
["198-docusign-rest-hourly-rate-limit-1.txt", null], // AlterValueError
["198-docusign-rest-invalid-request-parameter-1.txt", null], // AlterValueError
["198-docusign-java-apiexception-partner-auth-failed-401-1.txt", { format: "log", status: 401 }],
["198-docusign-json-partner-auth-failed-nostatus-1.txt", null], // AlterValueError
["198-adobe-sign-python-requests-bad-request-1.txt", null], // AlterValueError
["198-typeform-tap-requests-401-unauthorized-1.txt", { format: "log", status: 401 }],
["198-typeform-tap-requests-403-forbidden-1.txt", { format: "log", status: 403 }],
["198-jotform-php-404-url-not-available-1.txt", { format: "log", status: 404 }],
["198-jotform-python-urllib-403-forbidden-1.txt", { format: "log", status: 403 }],
["198-pandadoc-ruby-405-request-error-1.txt", { format: "log", status: 405 }],
["198-probe-typeform-tap-success-metrics-1.txt", null], // AlterValueError
["198-probe-docusign-clm-rate-limits-doc-1.txt", null], // AlterValueError
["198-probe-docusign-elixir-ratelimiterror-doc-1.txt", null], // AlterValueError
["198-probe-jsign-common-error-codes-1.txt", null], // AlterValueError
["198-probe-formio-curl-200-ok-1.txt", { format: "http", status: 200 }],
["198-algolia-docsearch-js-403-method-not-allowed-1.txt", { format: "log", status: 403 }],
["198-algolia-jekyll-403-index-not-allowed-1.txt", { format: "log", status: 403 }],
["198-algolia-js-v4-apierror-403-index-not-allowed-1.txt", { format: "log", status: 403 }],
["198-weaviate-python-grpc-query-error-no-status-1.txt", null], // AlterValueError
["198-fireworks-429-usage-limits-body-1.txt", { format: "json-body", status: 429 }],
["198-together-g4f-model-rate-limit-wrapped-500-1.txt", { format: "log", status: 500 }],
["198-together-openai-python-429-retrying-log-1.txt", { format: "log", status: 429 }],
["198-cohere-python-apierror-403-html-rerank-1.txt", { format: "log", status: 403 }],
["198-perplexity-openai-python-401-openresty-html-1.txt", { format: "html-page", status: 401 }],
["198-perplexity-llm-cli-400-invalid-model-1.txt", { format: "log", status: 400 }],
["198-pinecone-ts-unmapped-403-html-1.txt", { format: "html-page", status: 403 }],
["198-pinecone-ts-bad-request-dimension-no-status-1.txt", { format: "log", status: 400 }],
["198-elastic-cloud-java-rest-client-401-1.txt", { format: "log", status: 401 }],
["198-elastic-python-403-api-key-missing-privilege-1.txt", { format: "log", status: 403 }],
["198-voyage-python-ratelimit-no-payment-method-1.txt", { format: "log", status: 429 }],
["198-qdrant-python-404-collection-not-found-1.txt", { format: "log", status: 404 }],
["198-probe-together-docs-error-codes-table-1.txt", null], // AlterValueError
["198-probe-voyage-docs-error-codes-1.txt", null], // AlterValueError
["198-probe-qdrant-elixir-success-200-example-1.txt", { format: "log", status: 200 }],
["198-probe-qdrant-js-unit-test-fixture-1.txt", null], // AlterValueError
["198-probe-cohere-python-too-many-requests-class-1.txt", null], // AlterValueError
["198-zendesk-zenpy-oauth-invalid-token-1.txt", null], // AlterValueError
["198-zendesk-node-zendesk-rate-limit-1.txt", null], // AlterValueError
["198-zendesk-php-client-https-only-400-1.txt", { format: "log", status: 400 }],
["198-zendesk-zenpy-403-no-access-1.txt", null], // AlterValueError
["198-intercom-php-409-conflict-1.txt", { format: "log", status: 409 }],
["198-intercom-posthog-destination-409-1.txt", { format: "log", status: 409 }],
["198-intercom-java-service-error-1.txt", null], // AlterValueError
["198-intercom-ruby-scroll-500-1.txt", { format: "log", status: 500 }],
["198-intercom-android-service-unavailable-1.txt", null], // AlterValueError
["198-intercom-n8n-node-404-1.txt", { format: "log", status: 404 }],
["198-servicenow-ansible-itsm-401-1.txt", null], // AlterValueError
["198-servicenow-xsoar-oauth-401-1.txt", { format: "log", status: 401 }],
["198-servicenow-okta-provisioning-acl-1.txt", { format: "log", status: 404 }],
["198-freshdesk-requests-not-logged-in-1.txt", null], // AlterValueError
["198-probe-zoho-assist-error-docs-1.txt", null], // AlterValueError
["198-probe-aws-qbusiness-zendesk-error-codes-1.txt", null], // AlterValueError
["198-probe-servicenow-table-api-success-curl-1.txt", null], // AlterValueError
["198-probe-helpscout-php-ratelimit-code-sample-1.txt", null], // AlterValueError
["198-probe-zendesk-volume-rate-limit-announcement-1.txt", null], // AlterValueError
  ["198-servicenow-kafka-connect-google-http-401-1.txt", { format: "http", status: 401 }],
  // The hundred-and-ninety-seventh trial's: the six named providers from Go, Rust, Java and .NET programs; subscription billing,
  // tax and payment APIs; social media and content APIs; identity and authentication providers.
["197-aws-go-v2-sns-invalidclienttokenid-1.txt", { format: "log", status: 403 }],
["197-aws-go-v1-accessdeniedexception-400-1.txt", { format: "log", status: 400 }],
["197-aws-kotlin-toolkit-ecs-accessdenied-400-1.txt", { format: "log", status: 400 }],
["197-aws-rust-rusoto-s3-403-accessdenied-1.txt", { format: "log", status: 403 }],
["197-aws-dotnet-sns-rate-exceeded-1.txt", null], // AlterValueError
["197-openai-codex-cli-429-retry-limit-1.txt", { format: "log", status: 429 }],
["197-openai-codex-cli-401-unauthorized-1.txt", { format: "log", status: 401 }],
["197-google-gws-cli-403-insufficient-scopes-1.txt", { format: "json-body", status: 403 }],
["197-google-dotnet-gshell-403-insufficient-permission-1.txt", { format: "log", status: 403 }],
["197-google-go-drive-upload-429-empty-body-1.txt", { format: "log", status: 429 }],
["197-msgraph-java-authorization-requestdenied-1.txt", null], // AlterValueError
["197-msgraph-dotnet-request-resourcenotfound-1.txt", null], // AlterValueError
["197-msgraph-go-unknownerror-1.txt", null], // AlterValueError
["197-dropbox-dotnet-refresh-400-stacktrace-1.txt", null], // AlterValueError
["197-dropbox-go-alfred-path-not-found-1.txt", { format: "log", status: 409 }], // read since round 239 (refused before)
["197-probe-google-gws-auth-status-success-1.txt", null], // AlterValueError
["197-probe-msgraph-go-error-formatter-code-1.txt", null], // AlterValueError
["197-probe-aws-go-v1-error-code-constants-blog-1.txt", null], // AlterValueError
["197-probe-openai-go-changelog-1.txt", null], // AlterValueError
  // Known misread: gargle's README of test fixtures, four recorded failures under headings and R code, is read as its first (404).
["197-probe-google-gargle-test-fixtures-readme-1.txt", { format: "log", status: 404 }],
["197-avalara-meteor-http-401-authenticationexception-1.txt", { format: "log", status: 401 }],
["197-taxjar-python-jsondecodeerror-on-429-1.txt", null], // AlterValueError
["197-chargebee-ios-invalidrequest-resource-not-found-404-1.txt", { format: "log", status: 404 }],
["197-chargebee-dotnet-invalidrequestexception-coupon-400-1.txt", null], // AlterValueError
["197-recurly-ruby-403-nginx-forbidden-rexml-1.txt", { format: "html-page", status: 403 }],
["197-recurly-python-badrequesterror-tax-service-unavailable-1.txt", null], // AlterValueError
["197-lemonsqueezy-js-unprocessable-entity-1.txt", { format: "log", status: 422 }],
["197-lemonsqueezy-api-500-unexpected-error-1.txt", { format: "log", status: 500 }],
["197-paddle-laravel-paddleapiexception-107-permission-1.txt", null], // AlterValueError
["197-mollie-php-rate-limited-please-wait-55s-1.txt", null], // AlterValueError
["197-mollie-php-422-account-suspended-1.txt", { format: "log", status: 422 }],
["197-braintree-dotnet-downformaintenanceexception-1.txt", null], // AlterValueError
["197-square-csharp-apiexception-generic-decline-1.txt", null], // AlterValueError
["197-razorpay-node-unhandled-rejection-400-1.txt", { format: "log", status: 400 }],
["197-probe-recurly-curl-200-ratelimit-headers-1.txt", { format: "curl-v", status: 200 }],
["197-probe-braintree-php-exceptions-docs-1.txt", null], // AlterValueError
["197-probe-paddle-error-reference-list-1.txt", null], // AlterValueError
["197-probe-taxjar-node-error-handling-sample-1.txt", null], // AlterValueError
["197-probe-taxjar-non-nexus-success-body-1.txt", null], // AlterValueError
["197-youtube-analytics-python-500-backend-error-1.txt", { format: "log", status: 500 }],
["197-youtube-ytstudio-403-permission-denied-1.txt", { format: "json-body", status: 403 }],
["197-instagram-instafeed-190-session-expired-1.txt", null], // AlterValueError
["197-instagram-graph-explorer-100-app-secret-proof-1.txt", null], // AlterValueError
["197-instagram-graph-9007-media-not-available-1.txt", null], // AlterValueError
["197-instagram-python-facebook-101-validating-application-1.txt", null], // AlterValueError
["197-mastodon-getmoarfediverse-429-1.txt", { format: "log", status: 429 }],
  // Known misread: requests' <Response [200]> above the body TikTok sent with it (`status_code` 4, "Server is currently unavailable")
  // is read as the success its status says; the body's own failure inside a 200 is not read for this API.
["197-tiktok-uploader-status-code-4-server-unavailable-1.txt", { format: "log", status: 200 }],
["197-vimeo-php-connect-timed-out-1.txt", { format: "network-text", status: undefined }],
["197-pinterest-php-400-image-url-1.txt", { format: "log", status: 400 }],
["197-reddit-snoowrap-403-private-subreddit-1.txt", { format: "log", status: 403 }],
["197-probe-instagram-error-codes-doc-1.txt", null], // AlterValueError
["197-probe-twitch-node-ratelimit-code-sample-1.txt", null], // AlterValueError
["197-probe-instagram-graph-publish-success-1.txt", null], // AlterValueError
["197-probe-tiktok-401-error-guide-1.txt", null], // AlterValueError
["197-probe-kick-api-client-changelog-1.txt", null], // AlterValueError
["197-auth0-node-auth0-client-not-granted-scopes-1.txt", null], // AlterValueError
["197-cognito-amplify-js-rate-exceeded-json-1.txt", null], // AlterValueError
["197-cognito-aws-sdk-android-internal-error-500-1.txt", { format: "log", status: 500 }],
["197-cognito-aws-sdk-php-signup-not-permitted-400-1.txt", { format: "log", status: 400 }],
["197-cognito-aws-sdk-ios-access-token-expired-1.txt", null], // AlterValueError
["197-entra-deno-sdk-invalid-scope-aadsts70011-1.txt", null], // AlterValueError
["197-entra-graph-postman-authorization-requestdenied-403-1.txt", null], // AlterValueError
["197-entra-azure-identity-dotnet-managed-identity-400-1.txt", { format: "log", status: 400 }],
["197-firebase-admin-node-too-many-attempts-1.txt", { format: "json-body", status: 400 }],
["197-firebase-react-admin-id-token-expired-1.txt", null], // AlterValueError
["197-keycloak-js-unauthorized-client-json-1.txt", null], // AlterValueError
["197-keycloak-ansible-token-endpoint-404-1.txt", { format: "log", status: 404 }],
["197-keycloak-broker-discord-invalid-client-log-1.txt", null], // AlterValueError
["197-okta-kowl-directory-invalid-token-log-1.txt", null], // AlterValueError
["197-okta-java-sdk-resourceexception-e0000001-400-1.txt", { format: "log", status: 400 }],
["197-clerk-js-session-not-found-1.txt", null], // AlterValueError
["197-probe-okta-error-codes-doc-table-1.txt", null], // AlterValueError
["197-probe-okta-auth-js-throttle-fixture-1.txt", null], // AlterValueError
["197-probe-auth0-token-success-200-1.txt", { format: "http", status: 200 }],
["197-probe-clerk-backend-changelog-trace-id-1.txt", null], // AlterValueError
["197-probe-clerk-error-handler-code-1.txt", null], // AlterValueError
["197-bluesky-atproto-python-401-authmissing-1.txt", { format: "log", status: 401 }],
["197-bluesky-go-bridge-400-expiredtoken-1.txt", { format: "log", status: 400 }],
["197-bluesky-phluesky-429-ratelimitexceeded-1.txt", { format: "log", status: 429 }],
  // Paddle's documented body alone, without its status: refused, as any status-less body is.
["197-paddle-api-invalid-field-400-request-id-1.txt", null], // AlterValueError
["197-paddle-python-sdk-400-bad-request-transactions-1.txt", { format: "log", status: 400 }],
["197-twitch-cli-401-missing-scope-1.txt", { format: "log", status: 401 }],
["197-twitch-curl-429-too-many-requests-1.txt", { format: "json-body", status: 429 }],
  // The hundred-and-ninety-sixth trial's: the six named providers from serverless functions and low-code platforms; accounting,
  // HR and payroll APIs; maps, geolocation, weather and travel APIs; CRM and marketing-automation APIs.
["196-msgraph-cfworker-expired-access-token-1.txt", null], // AlterValueError
  // A CloudFormation custom resource's response pasted alone: the AWS SDK's error (its statusCode 400) sits in its Data.Error, which a
  // body alone is not read for; the same text amid a log's words is ("a body that states its own status").
["196-aws-lambda-cfn-customresource-accessdenied-1.txt", null], // AlterValueError
["196-aws-lambda-deploy-go-sdk-accessdenied-403-1.txt", { format: "log", status: 403 }],
["196-aws-botocore-lambda-getfunction-explicit-deny-1.txt", { format: "log", status: undefined }],
["196-aws-cloudformation-cloudwatchlogs-rate-exceeded-400-1.txt", { format: "log", status: 400 }],
["196-openai-vercel-linebot-insufficient-quota-429-1.txt", { format: "log", status: 429 }],
["196-aws-lambda-boto3-logs-throttling-max-retries-1.txt", { format: "log", status: undefined }],
["196-google-cloudrun-grpc-resource-exhausted-read-quota-1.txt", { format: "log", status: 429 }],
["196-google-cloud-function-grpc-permission-denied-1.txt", { format: "log", status: 403 }],
["196-hubspot-pipedream-oauth-required-scopes-1.txt", null], // AlterValueError
["196-openai-pipedream-whisper-connection-error-1.txt", { format: "network-text", status: undefined }],
["196-openai-modal-ratelimit-tokens-per-min-1.txt", { format: "log", status: 429 }],
["196-msgraph-aad-token-cross-origin-redemption-1.txt", null], // AlterValueError
["196-probe-powerautomate-error-codes-reference-1.txt", null], // AlterValueError
["196-probe-openai-node-changelog-retries-1.txt", null], // AlterValueError
["196-probe-hubspot-netlify-function-code-1.txt", null], // AlterValueError
["196-probe-hubspot-contact-success-response-1.txt", null], // AlterValueError
["196-probe-powerautomate-retry-policy-doc-1.txt", null], // AlterValueError
["196-quickbooks-python-quickbooks-401-auth-fault-xml-1.txt", { format: "log", status: 401 }],
["196-quickbooks-apps-script-oauth1-401-report-query-1.txt", { format: "log", status: 401 }],
["196-xero-pyxero-validation-exception-traceback-1.txt", { format: "log", status: 400 }],
["196-xero-php-oauth2-500-create-invoices-1.txt", { format: "log", status: 500 }],
["196-xero-laravel-400-postdatainvalid-1.txt", { format: "log", status: 400 }],
["196-xero-node-400-validationexception-1.txt", { format: "log", status: 400 }],
["196-quickbooks-php-sdk-400-business-validation-6000-1.txt", { format: "log", status: 400 }],
["196-quickbooks-python-stale-object-5010-1.txt", null], // AlterValueError
["196-quickbooks-java-sdk-fault-4002-query-1.txt", null], // AlterValueError
["196-xero-php-oauth2-client-invalid-grant-refresh-1.txt", null], // AlterValueError
["196-xero-xeroizer-401-token-expired-hash-1.txt", { format: "json-body", status: 401 }],
["196-quickbooks-dotnet-sdk-badrequest-stale-object-1.txt", { format: "log", status: 400 }],
["196-quickbooks-php-sdk-429-throttle-exceeded-xml-1.txt", { format: "log", status: 429 }],
["196-sage-accounting-401-no-active-subscription-1.txt", { format: "log", status: 401 }],
["196-xero-net-oauth1-rate-limit-exceeded-1.txt", null], // AlterValueError
["196-probe-sage-accounting-response-codes-doc-1.txt", null], // AlterValueError
["196-probe-zoho-books-errors-doc-1.txt", null], // AlterValueError
["196-probe-gusto-error-categories-doc-1.txt", null], // AlterValueError
["196-probe-bamboohr-sdk-authenticationfailed-doc-1.txt", null], // AlterValueError
["196-probe-intuit-blog-throttling-announcement-1.txt", null], // AlterValueError
["196-google-maps-python-googlegeocoder-request-denied-1.txt", null], // AlterValueError
["196-google-maps-node-services-axios-403-1.txt", { format: "log", status: 403 }],
["196-google-maps-js-referer-not-allowed-1.txt", null], // AlterValueError
["196-google-maps-ionic-over-query-limit-1.txt", null], // AlterValueError
["196-google-routes-flutter-polyline-400-invalid-json-1.txt", { format: "log", status: 400 }],
["196-here-maps-js-routing-no-route-found-1.txt", null], // AlterValueError
["196-foursquare-python-requests-400-invalid-auth-1.txt", { format: "json-body", status: 400 }],
["196-amadeus-python-400-invalid-location-code-1.txt", { format: "log", status: 400 }],
["196-amadeus-laravel-401-invalid-access-token-1.txt", { format: "json-body", status: 401 }],
["196-pirateweather-homeassistant-502-bad-gateway-1.txt", { format: "log", status: 502 }],
["196-hotelbeds-mashery-403-developer-inactive-1.txt", { format: "log", status: 403 }], // the Mashery gateway's ERR_403_ code (round 211)
["196-probe-openweather-codesys-error-enum-docs-1.txt", null], // AlterValueError
["196-probe-openweathermap-success-response-gist-1.txt", null], // AlterValueError
["196-probe-google-geocode-zero-results-test-fixture-1.txt", null], // AlterValueError
["196-probe-mapbox-geocode-error-handling-code-1.txt", null], // AlterValueError
["196-probe-googlemaps-python-changelog-1.txt", null], // AlterValueError
["196-salesforce-inspector-invalid-session-soap-1.txt", null], // AlterValueError
["196-salesforce-mobilesdk-react-400-malformed-query-1.txt", null], // AlterValueError
["196-salesforce-restforce-maintenance-html-1.txt", null], // AlterValueError
["196-salesforce-jetstream-totalrequests-limit-1.txt", null], // AlterValueError
["196-salesforce-django-expired-password-1.txt", null], // AlterValueError
["196-zoho-zohocrmclient-php-wftrigger-param-1.txt", null], // AlterValueError
["196-klaviyo-python-403-cloudflare-challenge-1.txt", { format: "log", status: 403 }],
["196-keap-infusionsoft-php-fxmlrpc-401-1.txt", { format: "log", status: 401 }],
["196-keap-infusionsoft-php-token-401-invalid-grant-1.txt", { format: "http", status: 401 }],
["196-pipedrive-nodejs-400-deal-title-1.txt", { format: "json-wrapper", status: 400 }],
  // A changelog's "Here's an example of the 403 error response": the docs' example, refused as such.
["196-pipedrive-docs-403-entity-count-limit-1.txt", null], // AlterValueError
["196-activecampaign-php-not-authorized-http200-1.txt", null], // AlterValueError
["196-activecampaign-nodejs-xml-not-authorized-1.txt", null], // AlterValueError
["196-marketo-docs-601-response-level-1.txt", null], // AlterValueError
["196-brevo-node-httperror-request-failed-1.txt", null], // AlterValueError
["196-probe-zoho-error-messages-table-1.txt", null], // AlterValueError
["196-probe-salesforce-rest-status-codes-doc-1.txt", null], // AlterValueError
["196-probe-klaviyo-magento2-error-handler-diff-1.txt", null], // AlterValueError
["196-probe-pipedrive-success-response-1.txt", null], // AlterValueError
["196-probe-demandbase-marketo-retry-table-1.txt", null], // AlterValueError
["196-ipinfo-curl-429-daily-limit-json-1.txt", { format: "json-body", status: 429 }],
["196-ipinfo-gluetun-403-monthly-quota-1.txt", { format: "log", status: 403 }],
["196-ipinfo-node-axios-429-rate-limit-1.txt", { format: "json-wrapper", status: 429 }],
["196-ipinfo-ruby-geocoder-429-rate-limit-1.txt", { format: "log", status: 429 }],
["196-klaviyo-node-409-duplicate-profile-1.txt", { format: "json-body", status: 409 }],
["196-mapbox-r-movevis-401-invalid-token-1.txt", { format: "log", status: 401 }],
["196-openweathermap-python-401-no-appid-1.txt", { format: "log", status: 401 }],
["196-openweathermap-ruby-429-account-blocked-1.txt", { format: "json-body", status: 429 }],
  // The hundred-and-ninety-fifth trial's: the six named providers from mobile apps; translation, speech and language APIs;
  // project-management and collaboration APIs; open-banking and crypto-exchange APIs.
  ["195-aws-android-s3-accessdenied-logcat-1.txt", { format: "log", status: 403 }],
  ["195-aws-android-sts-assumerole-403-1.txt", { format: "log", status: 403 }],
  ["195-aws-ios-transferutility-code2-nostatus-1.txt", null], // AlterValueError
  ["195-aws-flutter-amplify-storage-403-1.txt", { format: "log", status: 403 }],
  ["195-google-flutter-detailedapi-400-1.txt", { format: "log", status: 400 }],
  ["195-google-flutter-gsheets-quota-nostatus-1.txt", null], // AlterValueError
  ["195-graph-flutter-token-expired-401-1.txt", { format: "log", status: 401 }],
  ["195-graph-android-itemnotfound-404-1.txt", { format: "log", status: 404 }],
  ["195-graph-android-msal-client-exception-nostatus-1.txt", null], // AlterValueError
  ["195-dropbox-android-invalid-token-logcat-1.txt", { format: "log", status: 401 }], // read since round 233 (refused before)
  ["195-dropbox-android-expired-token-1.txt", { format: "log", status: 401 }], // read since round 233 (refused before)
  ["195-openai-flutter-insufficient-quota-nostatus-1.txt", { format: "log", status: 429 }],
  ["195-openai-ios-decode-invalid-request-nostatus-1.txt", null], // AlterValueError
  ["195-openai-ios-server-error-nostatus-1.txt", null], // AlterValueError
  ["195-openai-android-ratelimit-gson-eof-nostatus-1.txt", null], // AlterValueError
  ["195-deepl-python-wrong-endpoint-authorization-1.txt", null], // AlterValueError
  ["195-deepl-guzzle-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["195-deepl-r-deeplr-429-1.txt", { format: "log", status: 429 }],
  ["195-azure-translator-401-response-object-1.txt", { format: "json-wrapper", status: 401 }],
  ["195-azure-translator-requests-401-issuetoken-1.txt", { format: "log", status: 401 }],
  ["195-azure-translator-dart-dio-401-1.txt", { format: "log", status: 401 }],
  ["195-azure-speech-canceled-connectionfailure-1.txt", { format: "network-text", status: undefined }],
  ["195-azure-speech-websocket-upgrade-400-1.txt", { format: "log", status: 400 }],
  ["195-google-translate-python-forbidden-api-disabled-1.txt", { format: "log", status: 403 }],
  ["195-google-translate-403-user-rate-limit-1.txt", { format: "log", status: 403 }],
  ["195-google-speech-java-resource-exhausted-1.txt", { format: "log", status: 429 }],
  ["195-google-speech-go-resourceexhausted-1.txt", { format: "log", status: 429 }],
  ["195-aws-polly-botocore-unrecognizedclient-1.txt", { format: "log", status: undefined }],
  ["195-aws-translate-js-internalfailure-1.txt", null], // AlterValueError
  ["195-ibm-watson-python-401-tone-1.txt", { format: "log", status: 401 }],
  ["195-cohere-continue-400-invalid-request-1.txt", { format: "log", status: 400 }],
  ["195-trello-403-cloudfront-html-1.txt", { format: "html-page", status: 403 }],
  ["195-trello-400-mcp-addlist-1.txt", { format: "log", status: 400 }],
  ["195-trello-401-expired-token-r-1.txt", { format: "log", status: 401 }],
  ["195-trello-invalid-objectid-dotnet-1.txt", null], // AlterValueError
  ["195-todoist-403-max-items-curl-1.txt", { format: "log", status: 403 }],
  ["195-todoist-403-invalid-token-rust-1.txt", { format: "log", status: 403 }],
  ["195-todoist-403-axios-1.txt", { format: "log", status: 403 }],
  ["195-todoist-403-urllib2-1.txt", { format: "log", status: 403 }],
  ["195-smartsheet-401-simple-smartsheet-1.txt", { format: "log", status: 401 }],
  ["195-smartsheet-500-502-keyerror-1.txt", { format: "json-wrapper", status: 500 }],
  ["195-harvest-401-appsscript-1.txt", { format: "log", status: 401 }],
  ["195-harvest-invalid-grant-body-1.txt", null], // AlterValueError
  ["195-basecamp-404-activeresource-1.txt", { format: "log", status: 404 }],
  ["195-wrike-not-authorized-body-1.txt", null], // AlterValueError
  ["195-miro-scope-error-websdk-1.txt", null], // AlterValueError
  ["195-teamwork-desk-500-mcp-log-1.txt", { format: "log", status: 500 }],
  ["195-kucoin-ccxt-429-orderbook-1.txt", { format: "log", status: 429 }],
  ["195-kucoin-pysdk-429000-1.txt", { format: "log", status: 429 }],
  ["195-kraken-zenbot-rate-limit-retrying-1.txt", null], // AlterValueError
  ["195-kraken-ruby-invalid-nonce-1.txt", null], // AlterValueError
  ["195-bitstamp-gekko-403-invalid-signature-1.txt", null], // AlterValueError
  ["195-bitstamp-bxbot-403-invalid-nonce-1.txt", { format: "log", status: 403 }],
  ["195-gemini-ccxt-400-invalidnonce-1.txt", { format: "log", status: 400 }],
  ["195-gemini-blackbird-invalidsignature-1.txt", null], // AlterValueError
  ["195-coinbase-ccxt-401-auth-1.txt", { format: "log", status: 401 }],
  ["195-coinbase-ruby-badrequest-invalid-signature-1.txt", { format: "log", status: 400 }],
  ["195-gocardless-node-unprocessable-entity-1.txt", { format: "log", status: 422 }],
  ["195-gocardless-python-invalid-api-usage-1.txt", null], // AlterValueError
  ["195-gocardless-python-validationfailed-bank-account-exists-1.txt", null], // AlterValueError
  ["195-gocardless-bad-daily-limit-wrapped-1.txt", null], // AlterValueError
  ["195-truelayer-422-idempotency-key-reuse-1.txt", { format: "json-body", status: 422 }],
  ["195-barclays-openbanking-401-oauth-policy-1.txt", null], // AlterValueError
  ["195-probe-hubspot-android-apierrortransformer-1.txt", null], // AlterValueError
  ["195-probe-openai-kotlin-exception-classes-1.txt", null], // AlterValueError
  ["195-probe-graph-ios-retryhandler-source-1.txt", null], // AlterValueError
  ["195-probe-google-dart-apirequesterror-source-1.txt", null], // AlterValueError
  ["195-probe-dropbox-java-changelog-1.txt", null], // AlterValueError
  ["195-probe-google-translate-curl-200-success-1.txt", { format: "http", status: 200 }],
  ["195-probe-deepl-python-exceptions-source-1.txt", null], // AlterValueError
  ["195-probe-deepl-rate-limit-handling-doc-1.txt", null], // AlterValueError
  ["195-probe-azure-translator-qna-429-explained-1.txt", null], // AlterValueError
  ["195-probe-deepl-node-changelog-503-retry-1.txt", null], // AlterValueError
  ["195-probe-teamwork-error-codes-doc-1.txt", null], // AlterValueError
  ["195-probe-basecamp-readme-handling-errors-1.txt", null], // AlterValueError
  ["195-probe-trello-quota-config-source-1.txt", null], // AlterValueError
  ["195-probe-wrike-docs-error-table-1.txt", null], // AlterValueError
  // A docs page's first example body under its status heading (a Miro errors reference cut after two headings), still read as a failure.
  ["195-probe-miro-common-errors-skill-doc-1.txt", { format: "log", status: 400 }],
  ["195-probe-coinbase-advanced-order-success-unknown-failure-reason-1.txt", null], // AlterValueError
  ["195-probe-truelayer-200-payment-status-failed-1.txt", null], // AlterValueError
  // A client's docs whose code sample prints `%Tink.Error{status: 401}`, still read as a failure.
  ["195-probe-tink-elixir-docs-error-handling-1.txt", { format: "log", status: 401 }],
  ["195-probe-gemini-api-change-announcement-1.txt", null], // AlterValueError
  ["195-probe-gocardless-python-errors-py-source-1.txt", null], // AlterValueError
  // The hundred-and-ninety-fourth trial's: the six named providers from browser extensions, Electron apps and VS Code extensions;
  // CI/CD service APIs; observability and incident-management APIs; AI image, audio and video generation APIs.
  ["194-openai-chrome-ext-chatgpterror-429-quota-1.txt", { format: "log", status: 429 }],
  ["194-openai-vscode-codegpt-429-object-object-1.txt", { format: "log", status: 429 }],
  ["194-openai-chrome-ext-summary-insufficient-quota-nostatus-1.txt", { format: "log", status: 429 }],
  ["194-google-chrome-ext-gmail-429-console-1.txt", { format: "log", status: 429 }],
  ["194-google-vscode-cline-gemini-429-1.txt", { format: "log", status: 429 }],
  ["194-google-cursor-continue-gemini-nested-429-1.txt", { format: "log", status: 429 }],
  ["194-google-obsidian-calendar-403-uncaught-1.txt", { format: "log", status: 403 }],
  ["194-google-jupyterlab-drive-insufficient-scopes-nostatus-1.txt", { format: "log", status: 403 }], // read since round 228 (refused before)
  ["194-microsoft-electron-msal-axios-401-1.txt", { format: "log", status: 401 }],
  ["194-microsoft-electron-mgt-msal-clientautherror-nostatus-1.txt", null], // AlterValueError
  ["194-microsoft-obsidian-onedrive-404-console-1.txt", { format: "log", status: 404 }],
  ["194-dropbox-obsidian-remotelysave-409-aggregate-1.txt", { format: "log", status: 409 }],
  ["194-dropbox-obsidian-backups-409-conflict-console-1.txt", { format: "log", status: 409 }],
  ["194-aws-vscode-toolkit-expiredtokenexception-1.txt", null], // AlterValueError
  ["194-aws-vscode-toolkit-cert-has-expired-nostatus-1.txt", { format: "network-text", status: undefined }],
  ["194-aws-kiro-throttling-requestid-nostatus-1.txt", null], // AlterValueError
  ["194-circleci-runner-invalid-bearer-token-1.txt", { format: "log", status: 401 }],
  ["194-circleci-v2-project-not-found-1.txt", null], // AlterValueError
  ["194-buildkite-agent-pipeline-upload-422-1.txt", { format: "log", status: 422 }],
  ["194-buildkite-agent-chunks-400-1.txt", { format: "log", status: 400 }],
  ["194-buildkite-pipeline-upload-500-1.txt", { format: "log", status: 500 }],
  ["194-bitrise-trigger-missing-payload-1.txt", null], // AlterValueError
  ["194-bitrise-trigger-400-invalid-token-1.txt", { format: "log", status: 400 }],
  ["194-azure-devops-trigger-build-tf400813-1.txt", null], // AlterValueError
  ["194-azure-devops-node-api-401-1.txt", { format: "log", status: 401 }],
  ["194-azure-pipelines-queue-build-validation-1.txt", null], // AlterValueError
  ["194-github-actions-dispatch-422-1.txt", { format: "network-text", status: 422 }],
  ["194-github-actions-runner-429-backoff-1.txt", { format: "log", status: 429 }],
  ["194-github-actions-jitconfig-503-1.txt", { format: "log", status: 503 }],
  ["194-travis-api-auth-github-403-1.txt", { format: "log", status: 403 }],
  ["194-gitlab-create-pipeline-500-1.txt", { format: "log", status: 500 }],
  ["194-gitlab-runner-jobs-request-403-1.txt", { format: "log", status: 403 }],
  ["194-pagerduty-events-400-nojson-1.txt", { format: "log", status: 400 }],
  ["194-pagerduty-mcp-status-page-400-1.txt", { format: "log", status: 400 }],
  ["194-pagerduty-pypd-badrequest-2002-1.txt", { format: "log", status: 400 }],
  ["194-opsgenie-terraform-403-policies-1.txt", { format: "log", status: 403 }],
  ["194-opsgenie-lamp-401-eu-1.txt", { format: "log", status: 401 }],
  ["194-opsgenie-axios-403-jsonlog-1.txt", { format: "log", status: 403 }],
  ["194-opsgenie-terraform-422-plan-1.txt", { format: "log", status: 422 }],
  ["194-newrelic-lambda-401-1.txt", { format: "log", status: 401 }],
  ["194-newrelic-nerdgraph-bad-api-key-1.txt", null], // AlterValueError
  ["194-sentry-cli-504-1.txt", { format: "log", status: 504 }],
  ["194-sentry-unity-429-envelope-1.txt", { format: "log", status: 429 }],
  ["194-loki-promtail-429-400-1.txt", null], // AlterValueError
  ["194-splunk-hass-server-busy-1.txt", null], // AlterValueError
  ["194-splunk-fluentd-incorrect-index-1.txt", null], // AlterValueError
  ["194-elasticcloud-ec-unauthenticated-1.txt", null], // AlterValueError
  ["194-elasticcloud-ecctl-topology-1.txt", null], // AlterValueError
  ["194-deepgram-js-url-not-routable-1.txt", { format: "log", status: 400 }],
  ["194-deepgram-ws-handshake-503-1.txt", { format: "log", status: 503 }],
  ["194-replicate-js-422-invalid-version-1.txt", { format: "log", status: 422 }],
  ["194-replicate-py-version-not-exist-1.txt", null], // AlterValueError
  ["194-fal-locked-exhausted-balance-1.txt", null], // AlterValueError
  ["194-elevenlabs-js-404-voice-not-found-1.txt", { format: "log", status: 404 }],
  ["194-elevenlabs-urllib3-400-invalid-model-id-1.txt", { format: "log", status: 400 }],
  ["194-runway-py-403-model-variant-1.txt", { format: "log", status: 403 }],
  ["194-leonardo-internal-error-body-1.txt", null], // AlterValueError
  ["194-assemblyai-node-upload-not-found-1.txt", null], // AlterValueError
  ["194-assemblyai-macos-log-400-1.txt", { format: "network-text", status: undefined }],
  ["194-stability-grpc-dimensions-64-1.txt", null], // AlterValueError
  ["194-stability-r-httr2-400-1.txt", { format: "log", status: 400 }],
  ["194-fal-queue-submit-401-1.txt", null], // AlterValueError
  ["194-elevenlabs-py-ratelimiterror-quota-1.txt", null], // AlterValueError
  ["194-probe-hubspot-contentful-validate-token-source-1.txt", null], // AlterValueError
  ["194-probe-openai-obsidian-plugin-rate-limiting-summary-1.txt", null], // AlterValueError
  ["194-probe-aws-vscode-toolkit-pr-retry-credentials-1.txt", null], // AlterValueError
  ["194-probe-google-chrome-ext-flowcrypt-pr-429-limit-1.txt", null], // AlterValueError
  ["194-probe-microsoft-obsidian-remotelysave-onedrive-readme-1.txt", null], // AlterValueError
  ["194-probe-circleci-webhook-job-completed-success-1.txt", null], // AlterValueError
  ["194-probe-gitlab-retry-test-source-1.txt", null], // AlterValueError
  ["194-probe-buildkite-agent-changelog-v3.62-1.txt", null], // AlterValueError
  ["194-probe-buildkite-docs-rate-limit-diff-1.txt", null], // AlterValueError
  ["194-probe-buildkite-ruby-client-retry-pr-1.txt", null], // AlterValueError
  ["194-probe-honeycomb-docs-error-codes-1.txt", null], // AlterValueError
  ["194-probe-alertmanager-pagerduty-retry-diff-1.txt", null], // AlterValueError
  ["194-probe-sentry-elixir-ratelimit-changelog-1.txt", null], // AlterValueError
  ["194-probe-ocean-pagerduty-ratelimit-pr-1.txt", null], // AlterValueError
  ["194-probe-healthchecks-opsgenie-eu-feature-1.txt", null], // AlterValueError
  ["194-probe-runway-docs-error-matrix-1.txt", null], // AlterValueError
  ["194-probe-leonardo-sdk-readme-error-handling-1.txt", null], // AlterValueError
  ["194-probe-deepgram-success-response-1.txt", null], // AlterValueError
  ["194-probe-fal-n8n-changelog-405-1.txt", null], // AlterValueError
  ["194-probe-deepgram-py-unittest-mock-400-1.txt", null], // AlterValueError
  // The hundred-and-ninety-third trial's: the six named providers from data-integration and ETL tools; e-commerce marketplace APIs;
  // email and calendar APIs; deployment and hosting platforms (DigitalOcean, Vercel and Heroku added as providers).
  ["193-dropbox-rclone-pacer-too-many-requests-1.txt", null], // AlterValueError
  ["193-dropbox-rclone-dump-bodies-429-1.txt", { format: "log", status: 429 }],
  ["193-google-sheets-airbyte-backoff-no-status-1.txt", null], // AlterValueError
  ["193-google-analytics-importer-429-json-1.txt", { format: "log", status: 429 }],
  ["193-msgraph-sharepoint-elastic-connector-unauthorized-1.txt", null], // AlterValueError
  ["193-msgraph-onedrive-rclone-401-dump-1.txt", { format: "log", status: 401 }],
  ["193-msgraph-onedrive-rclone-invalidsignature-1.txt", null], // AlterValueError
  ["193-msgraph-onedrive-429-no-retry-after-1.txt", { format: "curl-v", status: 429 }],
  ["193-aws-s3-airbyte-datalake-403-1.txt", { format: "log", status: 403 }],
  ["193-aws-s3fs-headobject-403-debug-1.txt", { format: "log", status: 403 }],
  ["193-aws-s3-expiredtoken-fetch-script-1.txt", { format: "log", status: 400 }],
  ["193-openai-airflow-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["193-openai-langchain-embed-retry-quota-1.txt", { format: "log", status: 429 }],
  ["193-hubspot-posthog-import-rate-limit-1.txt", null], // AlterValueError
  ["193-hubspot-supaglue-expired-token-fragment-1.txt", null], // AlterValueError
  ["193-microsoft-fabric-pipeline-429-blocked-1.txt", { format: "log", status: 429 }],
  ["193-mercadolibre-search-forbidden-403-1.txt", { format: "json-body", status: 403 }],
  ["193-mercadolibre-odoo-put-401-log-1.txt", { format: "log", status: 401 }],
  ["193-mercadolibre-oauth-token-400-requests-1.txt", { format: "log", status: 400 }],
  ["193-amazon-spapi-guzzle-403-truncated-1.txt", { format: "log", status: 403 }],
  ["193-amazon-spapi-python-forbidden-exception-1.txt", { format: "log", status: 403 }], // refused at first; an exception named for its status after the API's name and "Api" is read now
  ["193-amazon-spapi-quotaexceeded-body-1.txt", null], // AlterValueError
  ["193-amazon-spapi-okhttp-403-requestid-1.txt", { format: "log", status: 403 }],
  ["193-walmart-guzzle-401-fatal-1.txt", { format: "log", status: 401 }],
  ["193-ebay-inventory-access-denied-1100-1.txt", null], // AlterValueError
  ["193-ebay-sdk-connectionerror-unknown-operation-1.txt", null], // AlterValueError
  ["193-ebay-trading-schema-error-dict-1.txt", null], // AlterValueError
  ["193-etsy-guzzle-403-not-owner-1.txt", { format: "log", status: 403 }],
  ["193-woocommerce-consumer-key-invalid-401-1.txt", { format: "json-body", status: 401 }],
  ["193-bigcommerce-node-500-html-1.txt", { format: "log", status: 500 }],
  ["193-bigcommerce-python-500-traceback-1.txt", { format: "log", status: 500 }],
  ["193-bigcommerce-422-requests-images-1.txt", { format: "log", status: 422 }],
  ["193-google-gmail-java-failedprecondition-1.txt", { format: "log", status: 400 }],
  ["193-google-gmail-node-gaxios-precondition-1.txt", null], // AlterValueError
  ["193-google-calendar-usage-limits-403-1.txt", { format: "log", status: 403 }],
  ["193-exchange-exchangelib-ratelimit-503-1.txt", { format: "log", status: 503 }],
  ["193-exchange-ews-javascript-401-1.txt", null], // AlterValueError
  ["193-outlook-owa-getclientaccesstoken-internal-error-1.txt", null], // AlterValueError
  ["193-outlook-graph-calendarview-delta-504-1.txt", null], // AlterValueError
  ["193-fastmail-jmap-mujmap-403-1.txt", { format: "log", status: 403 }],
  ["193-caldav-proton-propfind-405-1.txt", { format: "html-page", status: 405 }],
  ["193-caldav-nextcloud-507-initial-sync-1.txt", { format: "log", status: 507 }],
  ["193-caldav-davmail-vdirsyncer-412-1.txt", { format: "log", status: 412 }],
  ["193-mailjet-node-send-500-1.txt", { format: "log", status: 500 }],
  ["193-mailjet-ruby-gem-send-400-1.txt", { format: "log", status: 400 }],
  ["193-mailjet-python-401-1.txt", { format: "log", status: 401 }],
  ["193-brevo-sendinblue-node-bad-request-1.txt", null], // AlterValueError
  ["193-nylas-ruby-token-for-code-400-html-1.txt", { format: "log", status: 400 }],
  ["193-railway-up-413-payload-too-large-1.txt", { format: "log", status: 413 }],
  ["193-heroku-rb-403-forbidden-app-access-1.txt", { format: "log", status: 403 }],
  ["193-heroku-cli-forbidden-no-access-1.txt", null], // AlterValueError
  ["193-heroku-git-push-api-rate-limit-1.txt", null], // AlterValueError
  ["193-firebase-hosting-404-site-not-found-1.txt", { format: "log", status: 404 }],
  ["193-firebase-cloudbilling-429-quota-1.txt", { format: "log", status: 429 }],
  ["193-firebase-functions-captcha-html-1.txt", null], // AlterValueError
  ["193-vercel-sdk-403-forbidden-create-project-1.txt", { format: "log", status: 403 }],
  ["193-flyctl-release-command-launch-vm-eof-1.txt", null], // AlterValueError
  ["193-flyctl-auth-login-post-eof-1.txt", null], // AlterValueError
  ["193-digitalocean-422-droplet-limit-1.txt", { format: "log", status: 422 }],
  ["193-digitalocean-terraform-503-unavailable-1.txt", { format: "log", status: 503 }],
  ["193-digitalocean-tls-handshake-timeout-1.txt", { format: "network-text", status: undefined }],
  ["193-netlify-action-unauthorized-1.txt", null], // AlterValueError
  ["193-railway-terraform-429-cloudflare-1015-1.txt", { format: "log", status: 429 }],
  ["193-render-cli-services-list-500-1.txt", { format: "log", status: 500 }],
  ["193-probe-dlt-docs-retry-rules-1.txt", null], // AlterValueError
  ["193-probe-airbyte-gsheets-test-exception-description-1.txt", null], // AlterValueError
  ["193-probe-airbyte-gsheets-success-fixture-1.txt", null], // AlterValueError
  ["193-probe-tap-hubspot-changelog-1.txt", null], // AlterValueError
  ["193-probe-airbyte-google-ads-successful-test-log-1.txt", null], // AlterValueError
  ["193-probe-walmart-error400-model-doc-1.txt", null], // AlterValueError
  ["193-probe-ebay-test-fixture-source-1.txt", null], // AlterValueError
  ["193-probe-ebay-issue-resolved-doc-1.txt", null], // AlterValueError
  ["193-probe-ebay-api-changelog-1.txt", null], // AlterValueError
  ["193-probe-woocommerce-wp-error-source-gist-1.txt", null], // AlterValueError
  // A docs page's example body (Google Calendar's errors guide in German), still read as a failure: its prose is not recognised.
  ["193-probe-google-calendar-errors-guide-de-1.txt", { format: "log", status: 400 }],
  ["193-probe-jmap-spec-method-errors-1.txt", null], // AlterValueError
  ["193-probe-mailjet-send-success-response-1.txt", null], // AlterValueError
  ["193-probe-calcom-gcal-retryconfig-diff-1.txt", null], // AlterValueError
  ["193-probe-exchangelib-errorserverbusy-design-1.txt", null], // AlterValueError
  ["193-probe-vercel-rest-api-errors-docs-1.txt", null], // AlterValueError
  ["193-probe-netlify-js-client-changelog-1.txt", null], // AlterValueError
  ["193-probe-droplet-kit-readme-rate-limit-retry-1.txt", null], // AlterValueError
  ["193-probe-heroku-client-rate-limits-doc-1.txt", null], // AlterValueError
  ["193-probe-render-deploy-action-pr-diff-1.txt", null], // AlterValueError
  // The hundred-and-ninety-second trial's: the six named providers from file sync, backup and note-sync tools; messaging and
  // chat platform APIs; CRM and sales APIs; cloud providers' control-plane APIs.
  ["192-google-photos-daily-quota-429-1.txt", { format: "log", status: 429 }],
  ["192-google-photos-concurrent-write-429-1.txt", { format: "log", status: 429 }],
  ["192-gmail-gyb-batch-400-1.txt", { format: "log", status: 400 }],
  ["192-google-drive-storage-quota-403-1.txt", { format: "log", status: 403 }],
  ["192-graph-onedrive-401-invalid-token-1.txt", { format: "log", status: 401 }],
  ["192-graph-onedrive-quotalimitreached-1.txt", null], // AlterValueError
  ["192-graph-onedrive-activitylimit-json-1.txt", null], // AlterValueError
  ["192-sharepoint-access-denied-json-1.txt", null], // AlterValueError
  ["192-dropbox-stackedit-expired-token-401-1.txt", { format: "log", status: 401 }],
  ["192-dropbox-rclone-invalid-account-type-1.txt", null], // AlterValueError
  ["192-aws-s3cmd-glacier-invalidobjectstate-1.txt", { format: "log", status: 403 }],
  ["192-aws-s3cmd-requesttimetooskewed-1.txt", { format: "log", status: 403 }],
  ["192-aws-s3-java-slowdown-503-1.txt", { format: "log", status: 503 }],
  ["192-aws-restic-access-denied-1.txt", null], // AlterValueError
  ["192-openai-copilot-sse-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["192-openai-copilot-langchain-axios-429-1.txt", { format: "log", status: 429 }],
  ["192-mattermost-curl-401-session-expired-1.txt", { format: "http", status: 401 }],
  ["192-matrix-appservice-irc-429-limit-exceeded-1.txt", { format: "log", status: 429 }],
  ["192-line-replytoken-400-response-object-1.txt", { format: "json-wrapper", status: 400 }],
  ["192-teams-botframework-forbidden-createconversation-1.txt", { format: "log", status: 403 }],
  ["192-telegram-telebot-409-conflict-1.txt", { format: "log", status: 409 }],
  ["192-whatsapp-cloud-131000-generic-error-1.txt", null], // AlterValueError
  ["192-discord-missing-permissions-rollbar-1.txt", null], // AlterValueError
  ["192-mattermost-guzzle-401-truncated-1.txt", { format: "log", status: 401 }],
  ["192-telegram-php-var-dump-502-html-1.txt", { format: "html-page", status: 502 }],
  ["192-telegram-dotnet-502-aggregateexception-1.txt", { format: "log", status: 502 }],
  ["192-slack-gh-action-not-in-channel-200-1.txt", null], // AlterValueError
  ["192-slack-ruby-not-in-channel-trace-1.txt", { format: "log", status: undefined }],
  ["192-discord-discordroles-429-text-1.txt", { format: "log", status: 429 }],
  ["192-discord-jda-cloudflare-ratelimit-1.txt", null], // AlterValueError
  ["192-discord-py-400-50035-invalid-form-body-1.txt", { format: "log", status: 400 }],
  ["192-slack-vim-403-nginx-html-1.txt", { format: "html-page", status: 403 }],
  ["192-salesforce-devops-center-callout-400-1.txt", { format: "log", status: 400 }],
  ["192-salesforce-formie-invalid-field-for-insert-1.txt", null], // AlterValueError
  ["192-salesforce-restforce-server-unavailable-1.txt", { format: "network-text", status: undefined }],
  ["192-salesforce-forcetk-unable-to-lock-row-1.txt", null], // AlterValueError
  ["192-salesforce-airbyte-invalidentity-1.txt", { format: "log", status: 400 }],
  ["192-zoho-formie-invalid-token-1.txt", null], // AlterValueError
  ["192-pipedrive-freeform-scope-mismatch-1.txt", { format: "log", status: 403 }],
  ["192-zendesksell-basecrm-404-for-429-1.txt", { format: "log", status: 404 }],
  ["192-amocrm-401-invalid-login-1.txt", { format: "log", status: 401 }],
  ["192-insightly-python-403-1.txt", { format: "log", status: 403 }],
  ["192-dynamics-php-crm-toolkit-soap-fault-1.txt", null], // AlterValueError
  ["192-dynamics-dataverse-plugin-0x80040265-1.txt", null], // AlterValueError
  ["192-dynamics-powerautomate-segment-null-1.txt", null], // AlterValueError
  ["192-dynamics-adal-401-access-denied-1.txt", { format: "log", status: 401 }],
  ["192-hetzner-terraform-rate-limit-hourly-1.txt", null], // AlterValueError
  ["192-vultr-terraform-429-gave-up-1.txt", { format: "log", status: 429 }],
  ["192-scaleway-cli-403-quota-exceeded-1.txt", { format: "log", status: 403 }],
  ["192-ovh-api-403-not-granted-call-1.txt", { format: "json-body", status: 403 }],
  ["192-linode-pulumi-400-account-limit-1.txt", { format: "log", status: 400 }],
  ["192-linode-cli-408-please-try-again-1.txt", { format: "log", status: 408 }],
  ["192-digitalocean-packer-422-droplet-limit-1.txt", { format: "log", status: 422 }],
  ["192-gcp-gcloud-gpu-quota-exceeded-1.txt", null], // AlterValueError
  ["192-gcp-deployment-manager-403-cpu-quota-1.txt", { format: "log", status: 403 }],
  ["192-gcp-external-dns-403-insufficient-permissions-1.txt", { format: "log", status: 403 }],
  ["192-aws-docker-machine-ec2-503-request-limit-1.txt", { format: "log", status: 503 }],
  ["192-aws-botocore-request-limit-max-retries-1.txt", { format: "log", status: undefined }],
  ["192-aws-lb-controller-403-accessdenied-1.txt", { format: "log", status: 403 }],
  ["192-azure-terraform-another-operation-in-progress-1.txt", null], // AlterValueError
  ["192-azure-terraform-eventhub-409-conflict-1.txt", { format: "log", status: 409 }],
  ["192-azure-cloudquery-go-sdk-403-authorizationfailed-1.txt", { format: "log", status: 403 }],
  ["192-probe-graph-onedrive-quota-success-1.txt", null], // AlterValueError
  ["192-probe-hubspot-tap-retry-pr-1.txt", null], // AlterValueError
  ["192-probe-dropbox-rclone-retry-after-feature-1.txt", null], // AlterValueError
  ["192-probe-openai-copilot-quota-warning-feature-1.txt", null], // AlterValueError
  ["192-probe-nextcloud-webdav-quota-success-1.txt", null], // AlterValueError
  ["192-probe-telegram-aiogram-responseparameters-doc-1.txt", null], // AlterValueError
  ["192-probe-discord-error-codes-gist-table-1.txt", null], // AlterValueError
  ["192-probe-slack-python-sdk-changelog-1.txt", null], // AlterValueError
  ["192-probe-slack-morphism-rate-control-docs-1.txt", null], // AlterValueError
  ["192-probe-telegram-pawt-getme-200-cassette-1.txt", { format: "json-wrapper", status: 200 }],
  ["192-probe-pipedrive-status-codes-doc-1.txt", null], // AlterValueError
  ["192-probe-outsystems-salesforce-error-doc-1.txt", null], // AlterValueError
  ["192-probe-salesforce-restforce-composite-success-1.txt", null], // AlterValueError
  ["192-probe-close-issue-429-handling-1.txt", null], // AlterValueError
  ["192-probe-zoho-kaizen-error-list-1.txt", null], // AlterValueError
  ["192-probe-hetzner-hcloud-go-error-codes-source-1.txt", null], // AlterValueError
  ["192-probe-linode-api-docs-401-page-1.txt", null], // AlterValueError
  ["192-probe-azure-azcore-changelog-retry-1.txt", null], // AlterValueError
  ["192-probe-digitalocean-dots-mock-success-200-1.txt", null], // AlterValueError
  ["192-probe-gcp-quota-troubleshoot-docs-1.txt", null], // AlterValueError
  // The hundred-and-ninety-first trial's: the six named providers from AI agent frameworks, MCP servers and coding assistants;
  // payment APIs; media, image and CDN APIs; identity and authentication providers.
  ["191-google-langchain-drive-fileNotDownloadable-1.txt", { format: "log", status: 403 }],
  ["191-google-mcp-gmail-invalid-grant-1.txt", null], // AlterValueError
  ["191-google-calendar-mcp-tokens-no-longer-valid-1.txt", null], // AlterValueError
  ["191-msgraph-ms365-mcp-itemNotFound-1.txt", { format: "log", status: 404 }],
  ["191-msgraph-onenote-mcp-graperror-invalid-token-1.txt", null], // AlterValueError
  ["191-hubspot-mcp-user-level-oauth-401-1.txt", { format: "log", status: 401 }],
  ["191-hubspot-openwebui-mcp-401-1.txt", null], // AlterValueError
  ["191-dropbox-claude-connector-error-after-auth-1.txt", null], // AlterValueError
  ["191-dropbox-claude-custom-connector-auth-failed-1.txt", null], // AlterValueError
  ["191-aws-roocode-bedrock-validation-context-limit-1.txt", null], // AlterValueError
  ["191-aws-claude-code-bedrock-403-model-access-1.txt", { format: "log", status: 403 }],
  ["191-aws-litellm-bedrock-throttling-1.txt", { format: "log", status: undefined }],
  ["191-openai-continue-429-tpm-rate-limit-1.txt", { format: "log", status: 429 }],
  ["191-openai-continue-429-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["191-openai-metagpt-ratelimiterror-tpm-1.txt", { format: "log", status: 429 }],
  ["191-stripe-ratelimit-lock-timeout-bugsnag-1.txt", { format: "log", status: 429 }],
  ["191-stripe-php-uncaught-status400-1.txt", { format: "log", status: 400 }],
  ["191-stripe-php-network-errno77-cafile-1.txt", { format: "network-text", status: undefined }],
  ["191-stripe-python-apierror-backend-1.txt", null], // AlterValueError
  ["191-stripe-ruby-carderror-rollbar-1.txt", { format: "log", status: 402 }],
  ["191-paystack-guzzle-401-invalid-key-1.txt", { format: "log", status: 401 }],
  ["191-square-500-internal-server-error-1.txt", { format: "log", status: 500 }],
  ["191-braintree-python-unexpected-400-1.txt", { format: "log", status: 400 }],
  ["191-braintree-dotnet-unexpected-exception-1.txt", { format: "log", status: 400 }],
  ["191-paypal-android-500-logcat-1.txt", { format: "log", status: 500 }],
  ["191-paypal-node-internal-service-error-1.txt", { format: "json-wrapper", status: 500 }],
  ["191-razorpay-bad-request-id-not-exist-1.txt", null], // AlterValueError
  ["191-mollie-php-unauthorized-fatal-1.txt", null], // AlterValueError
  ["191-checkout-php-422-endpoint-not-accept-1.txt", null], // AlterValueError
  ["191-adyen-dotnet-http-exception-1.txt", null], // AlterValueError
  ["191-flutterwave-invalid-public-key-1.txt", null], // AlterValueError
  ["191-cloudinary-axios-401-unknown-api-key-1.txt", { format: "log", status: 401 }],
  ["191-cloudinary-python-maxretry-connection-refused-1.txt", { format: "network-text", status: undefined }],
  ["191-cloudinary-python2-ssl-cert-verify-failed-1.txt", { format: "network-text", status: undefined }],
  ["191-b2-native-expired-auth-token-traceback-1.txt", { format: "log", status: 401 }],
  ["191-b2-rclone-expired-auth-token-line-1.txt", { format: "log", status: 401 }], // read since round 247 (refused before)
  ["191-b2-download-url-expired-auth-token-json-1.txt", { format: "json-body", status: 401 }],
  ["191-b2-php-sdk-too-busy-fatal-1.txt", null], // AlterValueError
  ["191-bunny-cli-storage-api-401-1.txt", null], // AlterValueError
  ["191-vimeo-laravel-connection-timed-out-1.txt", { format: "network-text", status: undefined }],
  ["191-vimeo-dotnet-400-invalid-parameter-streaming-1.txt", null], // AlterValueError
  ["191-vimeo-php-oauth-400-invalid-authorization-code-1.txt", { format: "log", status: 400 }], // read since round 219 (S3's own words for a code, a PHP dump's response, its status key `status`)
  ["191-fastly-terraform-429-hourly-limit-1.txt", { format: "log", status: 429 }],
  ["191-fastly-go-cassette-400-acl-name-1.txt", { format: "log", status: 400 }],
  ["191-mux-upchunk-status-0-1.txt", null], // AlterValueError
  ["191-wasabi-rclone-multipart-timeout-1.txt", { format: "network-text", status: undefined }],
  ["191-imagekit-upload-invalid-expire-1.txt", null], // AlterValueError
  ["191-auth0-go-401-invalid-token-1.txt", { format: "log", status: 401 }],
  ["191-auth0-dotnet-missing-authentication-1.txt", null], // AlterValueError
  ["191-okta-java-e0000005-invalid-session-1.txt", null], // AlterValueError
  ["191-cognito-amplify-toomanyrequests-object-1.txt", null], // AlterValueError
  ["191-cognito-node-toomanyrequests-stack-1.txt", { format: "log", status: undefined }],
  ["191-cognito-swift-refresh-token-revoked-1.txt", { format: "log", status: 400 }],
  ["191-firebase-web-too-many-requests-1.txt", null], // AlterValueError
  ["191-firebase-flutter-too-many-requests-1.txt", null], // AlterValueError
  ["191-entra-dotnet-aadsts50196-loop-1.txt", null], // AlterValueError
  ["191-b2c-msal4j-aadb2c90085-internal-1.txt", null], // AlterValueError
  ["191-b2c-js-aadb2c90075-claims-exchange-1.txt", { format: "json-body", status: 400 }],
  ["191-entra-token-aadsts50011-json-1.txt", null], // AlterValueError
  ["191-stytch-python-duplicate-email-1.txt", null], // AlterValueError
  ["191-keycloak-python-404-html-1.txt", { format: "log", status: 404 }],
  ["191-keycloak-nextauth-invalid-grant-1.txt", null], // AlterValueError
  ["191-clerk-host-invalid-json-1.txt", null], // AlterValueError
  ["191-probe-dropbox-klavis-mcp-error-handling-source-1.txt", null], // AlterValueError
  ["191-probe-aws-crewai-pr-bedrock-throttle-classification-1.txt", null], // AlterValueError
  ["191-probe-msgraph-ms365-mcp-pr-401-www-authenticate-1.txt", null], // AlterValueError
  ["191-probe-google-gmail-mcp-pr-invalid-grant-contract-1.txt", null], // AlterValueError
  ["191-probe-hubspot-scopes-private-app-guide-1.txt", null], // AlterValueError
  ["191-probe-stripe-elixir-error-struct-docs-1.txt", null], // AlterValueError
  ["191-probe-braintree-python-changelog-1.txt", null], // AlterValueError
  ["191-probe-stripe-customer-create-success-fixture-1.txt", null], // AlterValueError
  ["191-probe-activemerchant-stripe-test-mocks-1.txt", null], // AlterValueError
  ["191-probe-stripe-node-retry-429-feature-request-1.txt", null], // AlterValueError
  ["191-probe-imgix-docs-http-status-codes-1.txt", null], // AlterValueError
  ["191-probe-imagekit-nodejs-rate-limit-feature-request-1.txt", null], // AlterValueError
  ["191-probe-cloudinary-npm-execute-request-source-1.txt", null], // AlterValueError
  ["191-probe-fastly-go-cassette-purge-200-ok-1.txt", null], // AlterValueError
  ["191-probe-b2blaze-changelog-exceptions-1.txt", null], // AlterValueError
  ["191-probe-clerk-go-sdk-test-mock-1.txt", null], // AlterValueError
  ["191-probe-exaws-cognito-retry-pr-1.txt", null], // AlterValueError
  ["191-probe-okta-rate-limit-docs-review-1.txt", null], // AlterValueError
  ["191-probe-rnfirebase-too-many-requests-diff-1.txt", null], // AlterValueError
  ["191-probe-okta-authjs-user-200-mock-1.txt", null], // AlterValueError
  // The hundred-and-ninetieth trial's: the six named providers from spreadsheet and office scripting (Apps Script, Office add-ins,
  // VBA); accounting and invoicing APIs; helpdesk and customer-support APIs; social media APIs.
  ["190-google-sheets-importjson-books-403-location-1.txt", { format: "log", status: 403 }],
  ["190-google-apps-script-drive-files-insert-notfound-1.txt", { format: "log", status: undefined }], // Apps Script's error is read since round 217; "File not found" has no documented status, so explain refuses it
  ["190-msgraph-outlook-addin-401-invalidauthtoken-1.txt", null], // AlterValueError
  ["190-msgraph-outlook-addin-resource-notfound-devtools-1.txt", null], // AlterValueError
  ["190-msgraph-office-addin-sso-13000-1.txt", null], // AlterValueError
  ["190-openai-google-sheets-gas-401-incorrect-key-1.txt", { format: "log", status: 401 }],
  ["190-openai-excel-addin-cellm-401-two-providers-1.txt", { format: "log", status: 401 }],
  ["190-openai-word-vba-winhttp-timeout-80072ee2-1.txt", { format: "network-text", status: undefined }],
  ["190-openai-excel-vba-download-failed-1.txt", { format: "network-text", status: undefined }],
  ["190-openai-excel-office-scripts-line46-undefined-1.txt", null], // AlterValueError
  ["190-openai-proxy-google-docs-gas-502-1.txt", { format: "log", status: 502 }],
  ["190-aws-apps-script-ec2-invalidhttprequest-xml-1.txt", { format: "log", status: undefined }],
  ["190-aws-apps-script-invalidsignature-title-1.txt", { format: "log", status: 403 }], // read since round 219 (S3's own words for a code, a PHP dump's response, its status key `status`)
  ["190-xero-500-json-an-error-occurred-1.txt", { format: "json-body", status: 500 }],
  ["190-xero-net-unauthorizedexception-1.txt", { format: "log", status: 401 }],
  ["190-xero-pyxero-badrequest-validation-traceback-1.txt", { format: "log", status: 400 }],
  ["190-xero-xeroizer-unknown-response-503-1.txt", { format: "log", status: 503 }],
  ["190-xero-xeroizer-oauth-unknownerror-rails500-1.txt", null], // AlterValueError
  ["190-xero-php-guzzle-400-validationexception-1.txt", { format: "log", status: 400 }],
  ["190-qbo-throttleexceeded-429-xml-1.txt", { format: "log", status: 429 }],
  ["190-qbo-node-quickbooks-503-html-1.txt", { format: "json-wrapper", status: 503 }],
  ["190-qbo-504-proxy-timeout-xml-1.txt", { format: "log", status: 504 }],
  ["190-qbo-dotnet-idsexception-badgateway-log-1.txt", { format: "log", status: 502 }],
  ["190-qbo-qboapi-internalservererror-authfault-120-1.txt", { format: "log", status: 500 }],
  ["190-qbo-fusionauth-token-401-invalid-client-1.txt", { format: "log", status: 401 }],
  ["190-qbo-intuitlib-authclienterror-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["190-myob-pymyob-unauthorized-401-1.txt", { format: "log", status: 401 }],
  ["190-sage-one-authorizationfailure-json-1.txt", null], // AlterValueError
  ["190-zoho-books-invalid-url-laravel-log-1.txt", null], // AlterValueError
  ["190-zendesk-zenpy-invalid-page-attribute-1.txt", null], // AlterValueError
  ["190-zendesk-node-zendesk-401-sentry-1.txt", { format: "log", status: 401 }],
  ["190-freshdesk-validation-datatype-mismatch-1.txt", null], // AlterValueError
  ["190-helpscout-ethon-token-400-conversations-401-1.txt", { format: "log", status: 400 }],
  ["190-helpscout-guzzle-404-deleted-user-1.txt", { format: "log", status: 404 }],
  ["190-freescout-not-authorized-body-1.txt", null], // AlterValueError
  ["190-chatwoot-invalid-access-token-1.txt", null], // AlterValueError
  ["190-desk-com-badrequest-create-customer-1.txt", { format: "log", status: 400 }],
  ["190-zammad-503-service-unavailable-html-1.txt", { format: "html-page", status: 503 }],
  ["190-zammad-not-authorized-on-behalf-of-1.txt", null], // AlterValueError
  ["190-zendesk-afnetworking-401-create-ticket-1.txt", { format: "log", status: 401 }],
  ["190-osticket-api-400-incomplete-client-1.txt", { format: "log", status: 400 }],
  ["190-zendesk-betamax-404-group-delete-1.txt", { format: "json-wrapper", status: 404 }],
  ["190-zendesk-ruby-recordinvalid-empty-1.txt", null], // AlterValueError
  ["190-zendesk-messaging-retrofit-401-login-1.txt", { format: "log", status: 401 }],
  ["190-opensupports-invalid-email-body-1.txt", null], // AlterValueError
  ["190-mastodon-ruby-unprocessable-entity-1.txt", { format: "log", status: 422 }],
  ["190-linkedin-revoked-access-token-dict-1.txt", { format: "json-body", status: 401 }],
  ["190-linkedin-curl-invalid-access-token-1.txt", { format: "log", status: 401 }],
  ["190-instagram-graph-alias-not-exist-1.txt", null], // AlterValueError
  ["190-instagram-oauth-code-already-used-1.txt", null], // AlterValueError
  ["190-mastodon-py-500-verify-credentials-1.txt", { format: "log", status: 500 }],
  ["190-reddit-praw-500-log-lines-1.txt", { format: "log", status: 500 }],
  ["190-tiktoklive-sign-api-invalid-key-1.txt", { format: "log", status: 401 }],
  ["190-pinterest-php-invalid-grant-1.txt", { format: "log", status: 401 }],
  ["190-twitter-tweepy-429-cursor-1.txt", { format: "log", status: 429 }],
  ["190-x-client-forbidden-json-1.txt", null], // AlterValueError
  ["190-youtube-mpsyt-quota-network-issue-1.txt", { format: "log", status: 403 }],
  ["190-instagram-igapiexception-unknown-path-1.txt", null], // AlterValueError
  ["190-threads-publish-media-not-found-1.txt", null], // AlterValueError
  ["190-reddit-praw-ratelimit-3-seconds-1.txt", null], // AlterValueError
  ["190-youtube-sharex-401-invalid-credentials-1.txt", { format: "log", status: 401 }],
  ["190-probe-hubspot-error-handling-docs-1.txt", null], // AlterValueError
  ["190-probe-apps-script-urlfetch-quotas-blog-1.txt", null], // AlterValueError
  ["190-probe-apps-script-bearer-auth-tutorial-1.txt", null], // AlterValueError
  ["190-probe-hubspot-apps-script-fetchusers-source-1.txt", null], // AlterValueError
  ["190-probe-dropbox-http-docs-formats-1.txt", null], // AlterValueError
  ["190-probe-zoho-books-rate-limit-headers-1.txt", null], // AlterValueError
  ["190-probe-quickbooks-pipedream-throttling-feature-request-1.txt", null], // AlterValueError
  ["190-probe-quickbooks-ruby-serviceunavailable-pr-1.txt", null], // AlterValueError
  ["190-probe-laravel-xero-automatic-retries-feature-1.txt", null], // AlterValueError
  ["190-probe-zoho-books-nango-delete-credit-note-diff-1.txt", null], // AlterValueError
  ["190-probe-helpscout-errors-docs-1.txt", null], // AlterValueError
  ["190-probe-zendesk-requests-status-codes-docs-1.txt", null], // AlterValueError
  ["190-probe-helpscout-vcr-201-created-1.txt", { format: "log", status: 201 }],
  ["190-probe-freshdesk-tap-429-retry-test-1.txt", null], // AlterValueError
  ["190-probe-freshdesk-sdk-authexception-docs-1.txt", null], // AlterValueError
  ["190-probe-mastodon-rate-limits-doc-1.txt", null], // AlterValueError
  ["190-probe-reddit-prawcore-changelog-1.txt", null], // AlterValueError
  ["190-probe-reddit-prawcore-success-cassette-1.txt", { format: "json-wrapper", status: 200 }],
  ["190-probe-x-tweepy-errors-source-1.txt", null], // AlterValueError
  ["190-probe-x-response-codes-doc-1.txt", null], // AlterValueError
  // The hundred-and-eighty-ninth trial's: the six named providers from workflow-automation platforms (n8n, Pipedream, Activepieces,
  // Node-RED); maps, geocoding and weather APIs; SMS and telephony APIs; hosted search engines and vector databases.
  ["189-google-drive-file-not-found-pipedream-1.txt", { format: "json-body", status: 404 }],
  ["189-google-sheets-unable-to-parse-range-nodered-1.txt", null], // AlterValueError
  ["189-google-contacts-401-n8n-1.txt", { format: "log", status: 401 }],
  ["189-msgraph-aadsts7000222-expired-secret-n8n-1.txt", null], // AlterValueError
  ["189-msgraph-onedrive-501-notsupported-activepieces-1.txt", { format: "json-wrapper", status: 501 }],
  ["189-msgraph-outlook-client-auth-failed-n8n-1.txt", null], // AlterValueError
  ["189-hubspot-task-400-validation-pipedream-1.txt", { format: "log", status: 400 }],
  ["189-hubspot-missing-scopes-pipedream-1.txt", null], // AlterValueError
  ["189-dropbox-temporary-link-missing-scope-activepieces-1.txt", { format: "json-wrapper", status: 400 }],
  ["189-dropbox-v1-retired-nodered-1.txt", { format: "log", status: 400 }],
  ["189-aws-dynamodb-400-undefined-n8n-1.txt", { format: "log", status: 400 }],
  ["189-aws-s3-access-denied-nodered-1.txt", { format: "log", status: 403 }], // refused at first; S3's code beside its own message is read now
  ["189-openai-model-not-found-n8n-1.txt", { format: "log", status: 404 }],
  ["189-openai-401-no-body-langchain-n8n-1.txt", { format: "log", status: 401 }],
  ["189-openai-connection-error-pipedream-1.txt", { format: "network-text", status: undefined }],
  ["189-nominatim-geopy-503-log-1.txt", { format: "log", status: 503 }],
  ["189-nominatim-geopy-unavailable-traceback-1.txt", null], // AlterValueError
  ["189-openweathermap-pyowm-401-traceback-1.txt", { format: "log", status: 401 }],
  ["189-openweathermap-meteoqt-401-retry-loop-1.txt", { format: "log", status: 401 }],
  ["189-here-sdk-403-credentials-log-1.txt", { format: "log", status: 403 }],
  ["189-here-homeassistant-403-traceback-1.txt", { format: "log", status: 403 }],
  ["189-mapbox-valhalla-invalid-token-dict-1.txt", null], // AlterValueError
  ["189-mapbox-mapmatching-422-invalidinput-1.txt", null], // AlterValueError
  ["189-mapbox-valhalla-qgis-422-1.txt", { format: "log", status: 422 }],
  ["189-google-directions-request-denied-json-1.txt", { format: "json-body", status: 403 }],
  ["189-google-maps-java-unknownerror-stack-1.txt", null], // AlterValueError
  ["189-google-routes-matrix-grpc-invalid-argument-1.txt", { format: "log", status: 400 }],
  ["189-arcgis-python-498-invalid-token-1.txt", { format: "log", status: 498 }],
  ["189-arcgis-rest-499-token-required-curl-1.txt", null], // AlterValueError
  ["189-tomtom-403-developer-over-qps-1.txt", { format: "log", status: 403 }],
  ["189-wttrin-504-gateway-timeout-curl-1.txt", { format: "html-page", status: 504 }],
  ["189-twilio-go-503-html-body-1.txt", { format: "log", status: 503 }],
  ["189-twilio-erlang-400-xml-21215-1.txt", { format: "log", status: 400 }],
  ["189-twilio-node-syslog-400-21212-21210-1.txt", { format: "log", status: 400 }],
  ["189-twilio-node-authenticate-q-stack-1.txt", null], // AlterValueError
  ["189-twilio-php-laravel-21211-invalid-to-1.txt", null], // AlterValueError
  ["189-twilio-php-simplexml-21606-1.txt", { format: "log", status: 400 }],
  ["189-twilio-ruby-log-404-message-not-found-1.txt", null], // AlterValueError
  ["189-africastalking-php-guzzle-401-1.txt", { format: "log", status: 401 }],
  ["189-plivo-node-error-json-string-1.txt", null], // AlterValueError
  ["189-messagebird-ruby-incorrect-access-key-1.txt", null], // AlterValueError
  ["189-messagebird-python-dict-code2-1.txt", null], // AlterValueError
  ["189-vonage-php-laravel-unauthorized-call-1.txt", null], // AlterValueError
  ["189-signalwire-php-relay-400-1.txt", { format: "log", status: 400 }],
  ["189-telnyx-node-connection-emfile-1.txt", { format: "network-text", status: undefined }],
  ["189-ringcentral-guzzle-400-oau251-1.txt", { format: "log", status: 400 }],
  ["189-twilio-php-simple-sms-404-empty-sid-1.txt", null], // AlterValueError
  ["189-pinecone-python-401-invalid-env-1.txt", { format: "log", status: 401 }],
  ["189-pinecone-python-400-query-dimension-1.txt", { format: "log", status: 400 }],
  ["189-pinecone-ts-500-internal-upsert-1.txt", { format: "log", status: 500 }],
  ["189-pinecone-browser-devtools-401-query-1.txt", null], // AlterValueError
  ["189-qdrant-python-400-deserialize-1.txt", { format: "log", status: 400 }],
  ["189-qdrant-cloud-403-openwebui-log-1.txt", { format: "log", status: 403 }],
  ["189-weaviate-python-503-meta-none-1.txt", { format: "log", status: 503 }],
  ["189-weaviate-insertmany-google-400-1.txt", { format: "log", status: 400 }],
  ["189-algolia-rails-403-invalid-key-1.txt", { format: "log", status: 403 }],
  ["189-algolia-js-retryerror-unreachable-1.txt", null], // AlterValueError
  ["189-elastic-cloud-401-bulk-response-1.txt", { format: "log", status: 401 }],
  ["189-elasticsearch-bulk-items-429-rejected-1.txt", { format: "json-body", status: 429 }],
  ["189-meilisearch-js-403-invalid-api-key-1.txt", { format: "log", status: 403 }],
  ["189-typesense-cloud-401-firestore-1.txt", { format: "log", status: 401 }],
  ["189-typesense-import-409-conflicts-1.txt", null], // AlterValueError
  ["189-milvus-zilliz-ratelimit-code49-1.txt", null], // AlterValueError
  ["189-probe-zapier-help-unauthorized-errors-doc-1.txt", null], // AlterValueError
  ["189-probe-n8n-pr-s3-signing-fix-description-1.txt", null], // AlterValueError
  ["189-probe-openai-whisper-success-ratelimit-log-pipedream-1.txt", null], // AlterValueError
  ["189-probe-hubspot-validation-feature-request-pipedream-1.txt", null], // AlterValueError
  ["189-probe-n8n-aws-s3-genericfunctions-test-source-1.txt", null], // AlterValueError
  ["189-probe-mapquest-geocoding-status-codes-doc-1.txt", null], // AlterValueError
  ["189-probe-benomad-bemap-errors-doc-1.txt", null], // AlterValueError
  ["189-probe-mapbox-everymap-http-errors-test-1.txt", null], // AlterValueError
  ["189-probe-tomtom-cartodb-pr-403-header-values-1.txt", null], // AlterValueError
  ["189-probe-geopy-geocodefarm-mock-data-1.txt", null], // AlterValueError
  ["189-probe-plivo-voice-api-response-docs-1.txt", null], // AlterValueError
  ["189-probe-telnyx-messaging-error-codes-docs-1.txt", null], // AlterValueError
  ["189-probe-sinch-verification-errors-docs-1.txt", null], // AlterValueError
  ["189-probe-azure-sms-nock-recording-400-1.txt", null], // AlterValueError
  ["189-probe-twilio-success-queued-json-1.txt", null], // AlterValueError
  ["189-probe-meilisearch-succeeded-task-1.txt", null], // AlterValueError
  ["189-probe-pinecone-exceptions-source-1.txt", null], // AlterValueError
  ["189-probe-es-bulk-response-go-struct-1.txt", null], // AlterValueError
  ["189-probe-es-429-write-rejection-docs-quote-1.txt", null], // AlterValueError
  ["189-probe-qdrant-rbac-401-403-pr-1.txt", null], // AlterValueError
  // The hundred-and-eighty-eighth trial's: the six named providers from browser code; fitness and health-data APIs; education and
  // learning-management APIs; travel and booking APIs.
  ["188-google-gapi-drive-files-401-1.txt", { format: "log", status: 401 }],
  ["188-google-sheets-403-permission-denied-1.txt", { format: "json-body", status: 403 }],
  ["188-google-drive-upload-403-console-1.txt", { format: "log", status: 403 }],
  ["188-graph-me-select-403-erroraccessdenied-1.txt", { format: "log", status: 403 }],
  ["188-graph-recommendeditems-400-network-tab-1.txt", { format: "log", status: 400 }],
  ["188-graph-cors-redirect-to-docs-1.txt", { format: "network-text", status: undefined }],
  ["188-aws-cognito-identity-400-notauthorized-headers-1.txt", { format: "log", status: 400 }],
  ["188-aws-s3-upload-403-signaturedoesnotmatch-1.txt", { format: "log", status: 403 }], // read since round 219 (S3's own words for a code, a PHP dump's response, its status key `status`)
  ["188-aws-cognito-idp-400-console-1.txt", { format: "log", status: 400 }],
  ["188-dropbox-get-metadata-409-path-not-found-1.txt", { format: "json-wrapper", status: 409 }],
  ["188-dropbox-pkce-400-console-1.txt", { format: "log", status: 400 }],
  ["188-dropbox-fetch-illegal-invocation-1.txt", null], // AlterValueError
  ["188-openai-chat-429-console-1.txt", { format: "log", status: 429 }],
  ["188-openai-sdk-browser-environment-error-1.txt", null], // AlterValueError
  ["188-openai-refused-unsafe-header-1.txt", null], // AlterValueError
  ["188-fitbit-got-401-expired-token-1.txt", { format: "log", status: 401 }],
  ["188-fitbit-shimmer-ratelimit-wrapped-500-1.txt", { format: "log", status: 500 }],
  ["188-strava-guzzle-401-missing-scope-1.txt", { format: "log", status: 401 }],
  ["188-strava-stravalib-accessunauthorized-no-status-1.txt", { format: "log", status: 401 }],
  ["188-strava-vcr-401-authorization-error-1.txt", { format: "log", status: 401 }],
  ["188-strava-alamofire-401-swift-1.txt", { format: "log", status: 401 }],
  ["188-strava-rstrava-401-token-exchange-1.txt", { format: "log", status: 401 }],
  ["188-strava-devtools-bare-json-no-status-1.txt", null], // AlterValueError
  ["188-garmin-garth-429-sso-login-1.txt", { format: "log", status: 429 }],
  ["188-googlefit-403-accessNotConfigured-logline-1.txt", { format: "log", status: 403 }],
  ["188-googlefit-httperror-400-datasource-1.txt", { format: "log", status: 400 }],
  ["188-oura-403-request-failed-traceback-1.txt", { format: "log", status: 403 }],
  ["188-withings-sync-http200-body-503-1.txt", { format: "log", status: 200 }],
  ["188-withings-ha-error-code-293-1.txt", null], // AlterValueError
  ["188-polar-400-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["188-garmin-sso-401-html-withings-sync-1.txt", null], // AlterValueError
  ["188-canvas-canvasapi-invalid-access-token-1.txt", null], // AlterValueError
  ["188-canvas-requests-401-traceback-1.txt", { format: "log", status: 401 }],
  ["188-canvas-while1-invalid-access-token-1.txt", null], // AlterValueError
  ["188-canvas-hypothesis-groups-timeout-1.txt", null], // AlterValueError
  ["188-moodle-invalidtoken-json-1.txt", null], // AlterValueError
  ["188-moodle-accessexception-debuginfo-1.txt", null], // AlterValueError
  ["188-moodle-dl-requestrejected-404-1.txt", { format: "html-page", status: 404 }],
  ["188-moodle-invalidparameter-json-1.txt", null], // AlterValueError
  ["188-udemy-downloader-visit-403-1.txt", { format: "log", status: 403 }],
  ["188-gclassroom-httperror-403-1.txt", { format: "log", status: 403 }],
  ["188-gclassroom-gam-500-internal-1.txt", { format: "log", status: 500 }],
  ["188-gclassroom-gam-invitation-quota-1.txt", null], // AlterValueError
  ["188-blackboard-pycollab-400-token-1.txt", { format: "log", status: 400 }],
  ["188-blackboard-publicurl-404-json-1.txt", { format: "json-body", status: 404 }],
  ["188-schoology-allauth-403-awselb-1.txt", { format: "html-page", status: 403 }],
  ["188-coursera-dl-403-not-authorized-1.txt", { format: "log", status: 403 }],
  ["188-apaleo-403-axios-checkout-1.txt", { format: "log", status: 403 }],
  ["188-hotelbeds-invalid-api-key-json-1.txt", null], // AlterValueError
  ["188-hotelbeds-sdkexception-apikey-not-associated-1.txt", null], // AlterValueError
  ["188-travelport-uapi-401-cxf-log-1.txt", { format: "log", status: 401 }],
  ["188-travelport-uapi-401-node-stack-1.txt", { format: "log", status: 401 }],
  ["188-etg-400-unauthorized-group-booking-1.txt", { format: "json-body", status: 400 }],
  ["188-tripit-401-invalid-signature-xml-1.txt", { format: "log", status: 401 }],
  ["188-amadeus-python-500-servererror-print-1.txt", null], // AlterValueError
  ["188-airbnb-404-record-not-found-1.txt", { format: "json-body", status: 404 }],
  ["188-airbnb-420-airlock-captcha-1.txt", null], // AlterValueError
  ["188-airbnb-akamai-access-denied-1.txt", null], // AlterValueError
  ["188-airbnb-400-requests-httperror-1.txt", { format: "log", status: 400 }],
  ["188-skyscanner-emptyresponse-1.txt", null], // AlterValueError
  ["188-sabre-404-no-results-json-1.txt", null], // AlterValueError
  ["188-amadeus-soap-fault-session-1.txt", null], // AlterValueError
  ["188-apaleo-400-invalid-scope-token-1.txt", { format: "log", status: 400 }],
  ["188-probe-openai-node-readme-handling-errors-1.txt", null], // AlterValueError
  ["188-probe-dropbox-client-errors-spec-test-1.txt", null], // AlterValueError
  ["188-probe-msgraph-chaoshandler-samples-doc-1.txt", null], // AlterValueError
  ["188-probe-hubspot-forms-validation-changelog-1.txt", null], // AlterValueError
  ["188-probe-dropbox-client-changelog-1.txt", null], // AlterValueError
  ["188-probe-fitbit-docs-error-handling-1.txt", null], // AlterValueError
  ["188-probe-terra-faq-whoop-authorization-expired-1.txt", null], // AlterValueError
  ["188-probe-openwearables-error-handling-guide-1.txt", null], // AlterValueError
  ["188-probe-strava-vcr-200-deauthorize-1.txt", { format: "log", status: 200 }],
  ["188-probe-python-fitbit-pr30-toomanyrequests-1.txt", null], // AlterValueError
  ["188-probe-canvas-throttling-docs-1.txt", null], // AlterValueError
  ["188-probe-canvasapi-test-fixture-requests-1.txt", null], // AlterValueError
  ["188-probe-canvas-cli-retry-policy-docs-1.txt", null], // AlterValueError
  ["188-probe-gclassroom-common-errors-docs-1.txt", null], // AlterValueError
  ["188-probe-moodle-token-success-response-1.txt", { format: "http", status: 200 }],
  ["188-probe-amadeus-sdk-spec-error-examples-1.txt", null], // AlterValueError
  ["188-probe-duffel-python-test-http-client-1.txt", null], // AlterValueError
  ["188-probe-carebnb-errors-doc-1.txt", null], // AlterValueError
  ["188-probe-travelcompositor-kiwi-booking-errors-1.txt", null], // AlterValueError
  ["188-probe-travelgate-booking-flow-error-codes-1.txt", null], // AlterValueError
  // The hundred-and-eighty-seventh trial's: the six named providers from web apps' background jobs; open-banking APIs;
  // incident and observability APIs; file storage and sharing APIs.
  ["187-google-ratelimit-sidekiq-airbrake-1.txt", { format: "log", status: 429 }], // read since round 224 (refused before)
  ["187-google-signet-500-sidekiq-1.txt", { format: "log", status: 500 }],
  ["187-aws-s3-accessdenied-purgejob-1.txt", { format: "log", status: 403 }], // read since round 224 (refused before)
  ["187-aws-throttling-celery-boto-1.txt", { format: "log", status: undefined }],
  ["187-aws-s3-403-spring-batch-1.txt", { format: "log", status: 403 }],
  ["187-google-analytics-permissiondenied-django-1.txt", { format: "log", status: 403 }],
  ["187-google-sheets-403-django-1.txt", { format: "log", status: 403 }],
  ["187-dropbox-http500-rails-1.txt", { format: "log", status: 500 }],
  ["187-msgraph-mailboxconcurrency-worker-1.txt", null], // AlterValueError
  ["187-openai-insufficient-quota-backend-log-1.txt", { format: "log", status: 429 }],
  ["187-hubspot-invalid-email-runner-1.txt", null], // AlterValueError
  ["187-google-userratelimit-activejob-airbrake-1.txt", { format: "log", status: 403 }], // refused at first; read now with the status Google's docs give its words
  ["187-gocardless-503-connectionerror-guzzle-log-1.txt", { format: "log", status: 503 }],
  ["187-gocardless-503-axios-response-object-1.txt", { format: "log", status: 503 }],
  ["187-gocardless-401-accessexpired-json-body-1.txt", { format: "json-body", status: 401 }],
  ["187-gocardless-401-eua-expired-response-object-1.txt", { format: "json-wrapper", status: 401 }],
  ["187-gocardless-400-enduser-agreement-axioserror-1.txt", { format: "log", status: 400 }],
  ["187-nordigen-401-get-banks-axioserror-1.txt", { format: "log", status: 401 }],
  ["187-nordigen-php-401-authentication-failed-laravel-log-1.txt", { format: "log", status: 401 }],
  ["187-nordigen-python-400-clientresponseerror-1.txt", { format: "log", status: 400 }], // aiohttp's error read by its class without a URL (round 213)
  ["187-saltedge-400-signaturenotmatch-guzzle-1.txt", { format: "log", status: 400 }],
  ["187-saltedge-404-customernotfound-guzzle-1.txt", { format: "log", status: 404 }],
  ["187-saltedge-403-nginx-html-connect-sessions-1.txt", { format: "log", status: 403 }],
  ["187-yodlee-odoo-proxy-400-diagnostic-1.txt", null], // AlterValueError
  ["187-yodlee-refresh-403-problem-updating-account-1.txt", null], // AlterValueError
  ["187-tink-401-oauth-describe-console-1.txt", { format: "log", status: 401 }],
  ["187-truelayer-400-connect-token-okhttp-trace-1.txt", { format: "log", status: 400 }],
  ["187-teller-connect-unable-to-process-1.txt", null], // AlterValueError
  ["187-opsgenie-422-priority-alertmanager-1.txt", { format: "log", status: 422 }],
  ["187-opsgenie-410-v1-deprecated-alertmanager-1.txt", { format: "log", status: 410 }],
  ["187-pagerduty-400-params-hash-body-1.txt", null], // AlterValueError
  ["187-pagerduty-400-hubot-stack-1.txt", { format: "log", status: 400 }],
  ["187-pagerduty-ruby-apierror-3001-1.txt", { format: "log", status: 400 }],
  ["187-newrelic-cli-401-bad-api-key-1.txt", null], // AlterValueError
  ["187-newrelic-graphql-forbidden-200-1.txt", null], // AlterValueError
  ["187-newrelic-node-agent-503-1.txt", null], // AlterValueError
  ["187-honeycomb-401-unknown-api-key-refinery-1.txt", { format: "log", status: 401 }],
  ["187-splunk-hec-incorrect-index-fluentd-1.txt", null], // AlterValueError
  ["187-splunk-hec-503-server-busy-fluentd-1.txt", { format: "log", status: 503 }],
  ["187-loki-429-stream-rate-limit-promtail-1.txt", { format: "log", status: 429 }],
  ["187-grafana-cloud-graphite-auth-error-body-1.txt", null], // AlterValueError
  ["187-loggly-403-node-loggly-bulk-stack-1.txt", { format: "log", status: 403 }],
  ["187-betterstack-logtail-forbidden-stack-1.txt", { format: "log", status: 403 }], // read since round 220 (a JavaScript error named by a reason phrase, its stack below; a cut XML error document)
  ["187-grafana-cloud-401-devtools-1.txt", { format: "log", status: 401 }],
  ["187-b2-sdk-python-500-internal-error-1.txt", null], // AlterValueError
  ["187-b2-cli-503-not-enough-space-1.txt", { format: "log", status: 503 }],
  ["187-b2-rclone-503-too-busy-1.txt", { format: "log", status: 503 }],
  ["187-b2-rclone-500-not-enough-members-1.txt", { format: "network-text", status: undefined }],
  ["187-egnyte-403-developer-over-rate-1.txt", null], // AlterValueError
  ["187-pcloud-2095-revoked-token-1.txt", null], // AlterValueError
  ["187-filestack-403-invalid-app-policy-1.txt", null], // AlterValueError
  ["187-filestack-200-invalid-application-1.txt", null], // AlterValueError
  ["187-nextcloud-webdav-401-sharex-1.txt", { format: "log", status: 401 }],
  ["187-box-node-409-item-name-in-use-1.txt", { format: "log", status: 409 }],
  ["187-onedrive-416-fragment-overlap-1.txt", null], // AlterValueError
  ["187-onedrive-500-insufficient-space-1.txt", { format: "log", status: 500 }],
  ["187-wasabi-mc-insufficient-permissions-1.txt", null], // AlterValueError
  ["187-uploadcare-400-file-size-exceeds-limit-1.txt", { format: "log", status: 400 }],
  ["187-probe-aws-faraday-retry-activejob-pr-1.txt", null], // AlterValueError
  ["187-probe-openai-serverError-rescue-pr-1.txt", null], // AlterValueError
  ["187-probe-hubspot-rate-limits-sample-readme-1.txt", null], // AlterValueError
  ["187-probe-msgraph-workbook-error-codes-doc-diff-1.txt", null], // AlterValueError
  ["187-probe-aws-ses-throttling-celery-user-story-1.txt", null], // AlterValueError
  ["187-probe-truelayer-data-api-errors-docs-1.txt", null], // AlterValueError
  ["187-probe-yodlee-error-codes-docs-1.txt", null], // AlterValueError
  ["187-probe-gocardless-rate-limit-announcement-email-1.txt", null], // AlterValueError
  ["187-probe-belvo-requesttimeouterror-model-doc-1.txt", null], // AlterValueError
  ["187-probe-finicity-create-access-token-success-1.txt", null], // AlterValueError
  ["187-probe-grafana-irm-incident-api-errors-doc-1.txt", null], // AlterValueError
  ["187-probe-honeycomb-api-errors-reference-1.txt", null], // AlterValueError
  ["187-probe-splunk-otel-troubleshooting-http-codes-diff-1.txt", null], // AlterValueError
  ["187-probe-pagerduty-events-202-success-1.txt", null], // AlterValueError
  ["187-probe-go-pagerduty-rate-limit-pr-description-1.txt", null], // AlterValueError
  ["187-probe-b2-s3ql-error-class-source-1.txt", null], // AlterValueError
  ["187-probe-egnyte-changelog-1.txt", null], // AlterValueError
  ["187-probe-pcloud-sdk-changelog-1.txt", null], // AlterValueError
  ["187-probe-uploadcare-exceptions-source-1.txt", null], // AlterValueError
  ["187-probe-uploadcare-upload-success-cassette-1.txt", null], // AlterValueError
  // The hundred-and-eighty-sixth trial's: the six named providers from serverless functions and edge runtimes; gaming platform
  // APIs; data warehouse and database APIs; social and community APIs.
  ["186-aws-lambda-invoke-error-accessdenied-1.txt", { format: "log", status: 403 }],
  ["186-aws-lambda-unhandledrejection-ssm-accessdenied-1.txt", null], // AlterValueError
  ["186-aws-lambda-esf-throttling-ecs-log-1.txt", { format: "log", status: undefined }],
  ["186-aws-lambda-ruby-cloudwatchlogs-throttling-1.txt", null], // AlterValueError
  ["186-aws-lambda-s3-accessdenied-cloudwatch-1.txt", { format: "log", status: undefined }],
  ["186-microsoft-azfunc-graph-token-invalid-grant-1.txt", null], // AlterValueError
  ["186-microsoft-azfunc-adal-assertion-400-1.txt", { format: "log", status: 400 }],
  ["186-google-gcf-firestore-grpc-unauthenticated-1.txt", { format: "log", status: 401 }],
  ["186-google-supabase-edge-oauth-token-http2-error-1.txt", null], // AlterValueError
  ["186-openai-vercel-proxy-502-langchain-retry-1.txt", null], // AlterValueError
  ["186-google-gemini-vercel-edge-timeout-504-1.txt", { format: "log", status: 504 }],
  ["186-openai-vercel-serverless-function-timeout-504-1.txt", { format: "log", status: 504 }],
  ["186-openai-netlify-invalid-api-key-undefined-1.txt", { format: "log", status: 401 }],
  ["186-openai-cfworker-chatgpt-403-bot-challenge-1.txt", null], // AlterValueError
  ["186-steam-html-403-invalid-key-1.txt", { format: "html-page", status: 403 }],
  ["186-steam-node-webapi-403-stacktrace-1.txt", { format: "log", status: 403 }],
  ["186-riot-429-riven-retry-after-1.txt", { format: "log", status: 429 }],
  ["186-riot-php-server-limit-exception-1.txt", null], // AlterValueError
  ["186-roblox-opencloud-403-insufficient-scope-1.txt", { format: "log", status: 403 }],
  ["186-roblox-403-csrf-token-validation-1.txt", { format: "log", status: 403 }],
  ["186-battlenet-401-invalid-sso-token-1.txt", { format: "log", status: 401 }],
  ["186-battlenet-oauth-token-400-get-1.txt", { format: "log", status: 400 }],
  ["186-eos-401-invalid-client-log-1.txt", { format: "log", status: 401 }],
  ["186-eos-403-deployment-user-access-forbidden-1.txt", { format: "log", status: 403 }],
  ["186-xbox-xsts-xerr-2148916233-jackson-1.txt", null], // AlterValueError
  ["186-xbox-user-authenticate-503-1.txt", { format: "log", status: 503 }],
  ["186-itchio-jsonrpc-400-invalid-game-1.txt", { format: "log", status: 400 }],
  ["186-nakama-dart-grpc-16-unauthenticated-1.txt", { format: "log", status: 401 }],
  ["186-psn-guzzle-403-access-denied-1.txt", { format: "log", status: 403 }],
  ["186-playfab-400-invalidparams-finalize-1.txt", { format: "json-body", status: 400 }],
  ["186-bigquery-forbidden-403-rate-limits-1.txt", { format: "log", status: 403 }],
  ["186-bigquery-notfound-project-python-traceback-1.txt", { format: "log", status: 404 }],
  ["186-databricks-temporarily-unavailable-bytes-body-1.txt", null], // AlterValueError
  ["186-databricks-sdk-internalerror-temporarily-unavailable-1.txt", null], // AlterValueError
  ["186-databricks-request-limit-exceeded-terraform-1.txt", null], // AlterValueError
  ["186-databricks-jdbc-503-cluster-temporarily-unavailable-1.txt", { format: "http", status: 503 }],
  ["186-databricks-400-clusters-create-no-worker-env-1.txt", { format: "log", status: 400 }],
  ["186-snowflake-sqlapi-401-jwt-invalid-1.txt", null], // AlterValueError
  ["186-snowflake-forbidden-account-endpoint-1.txt", null], // AlterValueError
  ["186-redshift-data-validationexception-secret-1.txt", { format: "log", status: undefined }],
  ["186-planetscale-api-create-database-not-found-1.txt", null], // AlterValueError
  ["186-neon-serverless-fetch-failed-1.txt", { format: "network-text", status: undefined }],
  ["186-upstash-max-daily-request-limit-1.txt", null], // AlterValueError
  ["186-turso-libsql-server-error-401-stack-1.txt", { format: "log", status: 401 }],
  ["186-turso-hrana-401-empty-jwt-python-1.txt", { format: "log", status: 401 }],
  ["186-firebase-rtdb-guzzle-401-unauthorized-request-1.txt", { format: "log", status: 401 }],
  ["186-reddit-prawcore-503-retries-1.txt", { format: "log", status: 503 }],
  ["186-reddit-snoocore-503-html-auth-1.txt", null], // AlterValueError
  ["186-mastodon-guzzle-401-invalid-client-1.txt", { format: "log", status: 401 }],
  ["186-pleroma-requests-422-media-1.txt", { format: "log", status: 422 }],
  ["186-bluesky-atproto-400-expiredtoken-1.txt", { format: "log", status: 400 }],
  ["186-threads-restfb-thapiexception-code100-1.txt", null], // AlterValueError
  ["186-threads-oauth-1349026-no-app-data-1.txt", null], // AlterValueError
  ["186-pinterest-php-401-authorization-failed-1.txt", { format: "log", status: 401 }],
  ["186-pinterest-node-authentication-failed-1.txt", null], // AlterValueError
  ["186-tumblr-tumblpy-401-not-authorized-1.txt", { format: "log", status: 401 }],
  ["186-tumblr-utils-401-unauthorized-try-again-1.txt", { format: "json-body", status: 401 }],
  ["186-discourse-ruby-429-wait-seconds-1.txt", { format: "log", status: 429 }],
  ["186-discourse-nginx-429-html-1.txt", { format: "html-page", status: 429 }],
  ["186-disqus-400-invalid-thread-1.txt", { format: "log", status: 400 }],
  ["186-medium-6005-application-not-found-1.txt", null], // AlterValueError
  ["186-substack-400-validation-limit-1.txt", null], // AlterValueError
  ["186-probe-cloudflare-workers-limits-doc-429-1.txt", null], // AlterValueError
  ["186-probe-aws-lambda-power-tuning-iam-guide-pr-1.txt", null], // AlterValueError
  ["186-probe-supabase-edge-401-troubleshooting-doc-1.txt", null], // AlterValueError
  ["186-probe-aws-lambda-api-rate-limit-retry-policy-pr-1.txt", null], // AlterValueError
  ["186-probe-hubspot-lambda-sqs-blog-429-1.txt", null], // AlterValueError
  ["186-probe-riot-rate-limiter-wiki-429-1.txt", null], // AlterValueError
  ["186-probe-roblox-opencloud-errors-doc-1.txt", null], // AlterValueError
  ["186-probe-riot-kayn-changelog-1.txt", null], // AlterValueError
  ["186-probe-steam-player-summaries-mock-1.txt", null], // AlterValueError
  ["186-probe-playfab-global-error-codes-doc-1.txt", null], // AlterValueError
  ["186-probe-mongodb-appservices-admin-createsession-docs-1.txt", { format: "log", status: 201 }],
  ["186-probe-snowflake-connector-net-retry-429-pr-1.txt", null], // AlterValueError
  ["186-probe-upstash-qstash-ratelimit-docs-1.txt", null], // AlterValueError
  ["186-probe-turso-pipeline-success-curl-1.txt", null], // AlterValueError
  ["186-probe-jitsu-redshift-data-api-throttle-pr-1.txt", null], // AlterValueError
  ["186-probe-mastodon-error-entity-docs-1.txt", null], // AlterValueError
  ["186-probe-reddit-prawcore-exceptions-source-1.txt", null], // AlterValueError
  ["186-probe-medium-create-post-docs-1.txt", { format: "http", status: 201 }],
  ["186-probe-discourse-api-client-handle-error-1.txt", null], // AlterValueError
  ["186-probe-discourse-pydiscourse-429-retry-pr-1.txt", null], // AlterValueError
  // The hundred-and-eighty-fifth trial's: the six named providers from WordPress plugins and e-commerce extensions; real
  // estate and property APIs; SMS and telecom APIs; CI/CD and developer-platform APIs.
  ["185-google-merchant-invalid-destination-400-1.txt", { format: "log", status: 400 }],
  ["185-google-merchant-reportservice-403-1.txt", { format: "log", status: 403 }],
  ["185-google-siteverification-insufficient-scopes-403-1.txt", { format: "log", status: 403 }], // read since round 228 (refused before)
  ["185-google-drive-service-account-no-quota-1.txt", null], // AlterValueError
  ["185-google-analytics-sitekit-console-403-1.txt", { format: "log", status: 403 }],
  ["185-google-oauth-magento-invalid-grant-serialized-1.txt", null], // AlterValueError
  ["185-msgraph-fluentsmtp-422-unauthorized-1.txt", null], // AlterValueError
  ["185-msgraph-fluentsmtp-send-as-denied-1.txt", null], // AlterValueError
  ["185-aws-s3-magento-accessdenied-403-1.txt", { format: "log", status: 403 }],
  ["185-aws-ses-offload-messagerejected-400-1.txt", { format: "log", status: undefined }],
  ["185-aws-ses-magento-smtp-not-verified-1.txt", null], // AlterValueError
  ["185-openai-wp-feature-api-insufficient-quota-1.txt", { format: "json-body", status: 429 }],
  ["185-hubspot-formie-invalid-hutk-400-1.txt", null], // AlterValueError
  ["185-dropbox-wpb2d-expecting-file-upload-1.txt", null], // AlterValueError
  ["185-msgraph-fluentsmtp-423-forbidden-1.txt", null], // AlterValueError
  ["185-bridge-zillow-zind-401-1.txt", { format: "log", status: 401 }],
  ["185-zillow-pyzillow-410-gone-1.txt", { format: "log", status: 410 }],
  ["185-zillow-pyzillow-status6-unauthorized-1.txt", null], // AlterValueError
  ["185-zillow-xml-code501-protected-data-1.txt", null], // AlterValueError
  ["185-realtor-homeharvest-too-many-403-1.txt", { format: "log", status: 403 }],
  ["185-realtor-homeharvest-proxy-407-1.txt", { format: "network-text", status: undefined }],
  ["185-redfin-requests-403-traceback-1.txt", { format: "log", status: 403 }],
  ["185-redfin-log-lines-403-1.txt", { format: "log", status: 403 }],
  ["185-realtorca-crea-errorcode-500-1.txt", null], // AlterValueError
  ["185-realtorca-propertysearch-403-1.txt", { format: "log", status: 403 }],
  ["185-rightmove-connection-reset-1.txt", { format: "network-text", status: undefined }],
  ["185-reapit-429-too-many-requests-1.txt", { format: "log", status: 429 }],
  ["185-geoapify-401-invalid-apikey-1.txt", { format: "json-body", status: 401 }],
  ["185-rentcast-429-rate-limit-1.txt", { format: "json-body", status: 429 }],
  ["185-what3words-badwords-400-1.txt", null], // AlterValueError
  ["185-realestatecomau-jsondecodeerror-1.txt", null], // AlterValueError
  ["185-telnyx-java-apiexception-500-empty-body-1.txt", { format: "log", status: 500 }],
  ["185-telnyx-php-unknownapierror-invalid-value-1.txt", null], // AlterValueError
  ["185-vonage-messages-invalid-sender-1120-1.txt", null], // AlterValueError
  ["185-vonage-node-vetcherror-422-whatsapp-1.txt", { format: "log", status: 422 }],
  ["185-vonage-php-nexmo-request-unauthorized-call-1.txt", null], // AlterValueError
  ["185-vonage-dotnet-appinsights-401-talk-1.txt", null], // AlterValueError
  ["185-vonage-sms-status4-bad-credentials-1.txt", null], // AlterValueError
  ["185-messagebird-incorrect-access-key-dict-1.txt", null], // AlterValueError
  ["185-messagebird-python-lookup-400-httperror-1.txt", { format: "log", status: 400 }],
  ["185-africastalking-userinblacklist-406-1.txt", null], // AlterValueError
  ["185-africastalking-python-auth-invalid-1.txt", null], // AlterValueError
  ["185-plivo-python-resourcenotfound-number-1.txt", null], // AlterValueError
  ["185-plivo-python-servererror-call-1.txt", null], // AlterValueError
  ["185-bandwidth-voice-call-invalid-state-1.txt", null], // AlterValueError
  ["185-pypi-twine-500-then-400-file-exists-1.txt", { format: "log", status: 400 }],
  ["185-pypi-403-invalid-api-token-1.txt", { format: "log", status: 403 }],
  ["185-npm-publish-e403-no-permission-1.txt", { format: "log", status: 403 }],
  ["185-npm-e429-travis-log-1.txt", { format: "log", status: 429 }],
  ["185-circleci-404-project-not-found-1.txt", { format: "log", status: 404 }],
  ["185-circleci-project-not-found-no-status-1.txt", null], // AlterValueError
  ["185-buildkite-429-wait-9s-1.txt", { format: "log", status: 429 }],
  ["185-codecov-429-python-uploader-1.txt", { format: "log", status: 429 }],
  ["185-codecov-429-node-uploader-1.txt", { format: "log", status: 429 }],
  ["185-azure-devops-401-tf400813-json-1.txt", null], // AlterValueError
  ["185-azure-devops-rate-limit-vssserviceexception-1.txt", null], // AlterValueError
  ["185-jenkins-403-no-valid-crumb-1.txt", { format: "html-page", status: 403 }],
  ["185-sentry-cli-502-bad-gateway-1.txt", { format: "log", status: 502 }],
  ["185-sentry-api-403-capistrano-1.txt", { format: "log", status: 403 }],
  ["185-teamcity-401-add-build-tags-1.txt", null], // AlterValueError
  ["185-travis-v3-not-found-insufficient-access-1.txt", null], // AlterValueError
  ["185-probe-openai-wp-plugin-error-test-source-1.txt", null], // AlterValueError
  ["185-probe-google-listings-changelog-1.txt", null], // AlterValueError
  ["185-probe-hubspot-php-retry-middleware-helper-1.txt", null], // AlterValueError
  ["185-probe-dropbox-cms-extension-faq-1.txt", null], // AlterValueError
  ["185-probe-microsoft365-common-errors-doc-1.txt", null], // AlterValueError
  ["185-probe-attom-dlpv2-response-codes-doc-1.txt", null], // AlterValueError
  ["185-probe-estated-hexdocs-error-type-1.txt", null], // AlterValueError
  ["185-probe-geoapify-avoid-429-blog-1.txt", null], // AlterValueError
  ["185-probe-rentcast-response-codes-doc-1.txt", null], // AlterValueError
  ["185-probe-redfin-pr22-changelog-1.txt", null], // AlterValueError
  ["185-probe-telnyx-messaging-error-codes-doc-1.txt", null], // AlterValueError
  ["185-probe-sinch-community-http-statuses-table-1.txt", null], // AlterValueError
  ["185-probe-bandwidth-error-codes-diff-1.txt", null], // AlterValueError
  ["185-probe-infobip-send-sms-success-response-1.txt", { format: "http", status: 200 }],
  ["185-probe-vonage-throttled-generic-error-pr-1.txt", null], // AlterValueError
  ["185-probe-buildkite-rate-limit-docs-1.txt", null], // AlterValueError
  ["185-probe-twine-changelog-1.7-1.txt", null], // AlterValueError
  ["185-probe-sentry-api-ratelimits-docs-1.txt", null], // AlterValueError
  ["185-probe-circleci-trigger-pipeline-success-1.txt", null], // AlterValueError
  ["185-probe-go-buildkite-retry-pr-1.txt", null], // AlterValueError
  // The hundred-and-eighty-fourth trial's: the six named providers from chat bots; payment APIs of emerging markets; vector
  // databases and hosted search; transactional email APIs.
  ["184-openai-discord-429-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["184-openai-discord-cuomputer-quota-dict-1.txt", { format: "log", status: 429 }],
  ["184-openai-discord-incorrect-api-key-traceback-1.txt", { format: "log", status: 401 }],
  ["184-openai-discord-axios-429-1.txt", { format: "log", status: 429 }],
  ["184-openai-rasa-litellm-quota-1.txt", { format: "log", status: 429 }],
  ["184-openai-discord-g4f-401-backend-1.txt", { format: "log", status: 401 }],
  ["184-google-telegram-sheets-401-1.txt", { format: "log", status: 401 }],
  ["184-google-telegram-drive-404-1.txt", { format: "log", status: 404 }],
  ["184-google-dialogflow-403-api-disabled-1.txt", { format: "log", status: 403 }],
  ["184-dropbox-telegram-path-not-found-1.txt", { format: "log", status: 409 }], // read since round 239 (refused before)
  ["184-graph-teams-chats-401-curl-1.txt", { format: "curl-v", status: 401 }],
  ["184-graph-teams-channel-message-unauthorized-1.txt", { format: "log", status: 401 }], // Read since round 199 (a Graph code that is its status's name, an OpenAI class above its words).
  ["184-graph-teams-unknownerror-body-1.txt", null], // AlterValueError
  ["184-aws-lex-webui-accessdenied-1.txt", null], // AlterValueError
  ["184-aws-lex-ios-debug-accessdenied-1.txt", null], // AlterValueError
  ["184-paystack-guzzle-401-invalid-key-1.txt", { format: "log", status: 401 }],
  ["184-mpesa-stk-query-being-processed-1.txt", null], // AlterValueError
  ["184-flutterwave-invalid-public-key-json-1.txt", null], // AlterValueError
  ["184-flutterwave-python-econnreset-1.txt", null], // AlterValueError
  ["184-mpesa-invalid-access-token-json-1.txt", null], // AlterValueError
  ["184-mpesa-c2b-register-soap-fault-409-1.txt", null], // AlterValueError
  ["184-mpesa-b2c-system-internal-error-php-dump-1.txt", null], // AlterValueError
  ["184-xendit-php-apiexception-format-1.txt", null], // AlterValueError
  ["184-mercadopago-node-live-credentials-401-1.txt", null], // AlterValueError
  ["184-mercadopago-node-cannot-infer-payment-method-400-1.txt", { format: "json-body", status: 400 }],
  ["184-razorpay-frappe-python-httperror-400-capture-1.txt", { format: "log", status: 400 }],
  ["184-razorpay-node-bad-request-url-not-found-1.txt", { format: "json-body", status: 400 }],
  ["184-phonepe-flutter-too-many-requests-1.txt", null], // AlterValueError
  ["184-phonepe-flutter-internal-server-error-app-validation-1.txt", null], // AlterValueError
  ["184-cashfree-rate-limiting-not-configured-1.txt", null], // AlterValueError
  ["184-iyzico-python-invalid-signature-1.txt", null], // AlterValueError
  ["184-qdrant-415-unsupported-media-type-cloud-1.txt", { format: "log", status: 415 }],
  ["184-qdrant-400-payload-index-required-1.txt", { format: "log", status: 400 }],
  ["184-qdrant-go-grpc-500-missing-content-type-1.txt", { format: "log", status: 500 }],
  ["184-pinecone-php-guzzle-400-namespace-api-version-1.txt", { format: "log", status: 400 }],
  ["184-pinecone-dexaai-405-wrong-base-url-1.txt", { format: "log", status: 405 }],
  ["184-typesense-js-404-objectnotfound-1.txt", { format: "log", status: 404 }],
  ["184-meilisearch-php-403-invalid-api-key-log-1.txt", null], // AlterValueError
  ["184-meilisearch-dotnet-invalid-api-key-nostatus-1.txt", null], // AlterValueError
  ["184-milvus-java-ratelimiter-flush-1.txt", null], // AlterValueError
  ["184-zilliz-cloud-cluster-stopped-pymilvus-retry-1.txt", null], // AlterValueError
  ["184-algolia-php-badrequestexception-invalid-appid-1.txt", null], // AlterValueError
  ["184-algolia-docsearch-403-body-1.txt", { format: "json-body", status: 403 }],
  ["184-elastic-js-429-circuit-breaking-1.txt", { format: "log", status: 429 }],
  ["184-vespa-504-search-timeout-onyx-log-1.txt", { format: "log", status: 504 }],
  ["184-weaviate-python-401-anonymous-access-1.txt", { format: "log", status: 401 }],
  ["184-chroma-js-500-response-object-1.txt", { format: "log", status: 500 }],
  ["184-postmark-inactive-recipient-rollbar-1.txt", { format: "log", status: 422 }],
  ["184-postmark-gem-inactive-message-1.txt", null], // AlterValueError
  ["184-mailjet-type-mismatch-json-1.txt", { format: "json-body", status: 400 }],
  ["184-mailjet-503-anymail-1.txt", { format: "html-page", status: 503 }],
  ["184-mailjet-401-var-dump-1.txt", null], // AlterValueError
  ["184-mailjet-java-errors-array-1.txt", { format: "log", status: 400 }],
  ["184-sparkpost-1902-anymail-sentry-1.txt", { format: "log", status: 400 }],
  ["184-sparkpost-400-html-openresty-1.txt", { format: "html-page", status: 400 }],
  ["184-ses-messagerejected-node-v2-1.txt", { format: "log", status: undefined }],
  ["184-mailgun-js-401-forbidden-1.txt", { format: "json-body", status: 401 }],
  ["184-mailgun-smtp-421-airbrake-1.txt", null], // AlterValueError
  ["184-mailgun-apiunavailable-python-1.txt", null], // AlterValueError
  ["184-mandrill-validation-error-1.txt", null], // AlterValueError
  ["184-plunk-400-invalid-email-1.txt", { format: "log", status: 400 }],
  ["184-resend-validation-error-wrapper-1.txt", { format: "log", status: 400 }],
  ["184-smtp2go-json-data-error-1.txt", null], // AlterValueError
  ["184-probe-openai-slackbot-ratelimit-handler-code-1.txt", null], // AlterValueError
  ["184-probe-slack-botkit-429-diff-1.txt", null], // AlterValueError
  ["184-probe-dropbox-error-guide-copy-1.txt", null], // AlterValueError
  ["184-probe-hubspot-bot-webhook-payload-doc-1.txt", null], // AlterValueError
  ["184-probe-telegram-bot-error-classes-doc-1.txt", null], // AlterValueError
  ["184-probe-flutterwave-errors-docs-page-1.txt", null], // AlterValueError
  ["184-probe-cashfree-payouts-error-handling-docs-1.txt", null], // AlterValueError
  ["184-probe-xendit-python-xendit-error-source-1.txt", null], // AlterValueError
  ["184-probe-paymongo-error-codes-dart-docs-1.txt", null], // AlterValueError
  ["184-probe-razorpay-qrcode-success-response-1.txt", null], // AlterValueError
  ["184-probe-typesense-api-errors-docs-1.txt", null], // AlterValueError
  ["184-probe-qdrant-common-errors-docs-1.txt", null], // AlterValueError
  ["184-probe-algolia-js-troubleshooting-wiki-1.txt", null], // AlterValueError
  ["184-probe-qdrant-js-client-errors-source-1.txt", null], // AlterValueError
  ["184-probe-elasticsearch-pr-circuit-breaker-429-docs-1.txt", null], // AlterValueError
  ["184-probe-resend-errors-doc-1.txt", null], // AlterValueError
  ["184-probe-smtp2go-response-codes-doc-1.txt", null], // AlterValueError
  ["184-probe-loops-retry-pr-description-1.txt", null], // AlterValueError
  ["184-probe-postmark-errorcode-300-support-article-1.txt", null], // AlterValueError
  ["184-probe-mailjet-success-response-1.txt", null], // AlterValueError
  // The hundred-and-eighty-third trial's: the six named providers from game engines, devices and Home Assistant; recruiting
  // and HRIS APIs; security and identity APIs; translation APIs.
  ["183-openai-unity-webgl-missing-key-1.txt", null], // AlterValueError
  ["183-openai-unreal-logtemp-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["183-openai-ha-extended-conversation-429-quota-1.txt", { format: "log", status: 429 }],
  ["183-openai-esp32-idf-http-client-auth-1.txt", null], // AlterValueError
  ["183-openai-proxy-espbox-curl-401-html-1.txt", { format: "html-page", status: 401 }],
  ["183-google-ha-calendar-404-not-found-1.txt", { format: "log", status: 404 }],
  ["183-google-ha-drive-backup-rate-limit-1.txt", null], // AlterValueError
  ["183-google-esp8266-cloud-iot-403-permission-denied-1.txt", { format: "json-body", status: 403 }],
  ["183-google-godot-gemini-tls-handshake-1.txt", null], // AlterValueError
  ["183-aws-esp8266-iot-websocket-403-1.txt", { format: "http", status: 403 }],
  ["183-aws-unity-s3-postobject-httperrorresponse-1.txt", null], // AlterValueError
  ["183-aws-unity-cognito-sync-403-1.txt", { format: "log", status: 403 }],
  ["183-msgraph-ha-o365-401-jwt-not-well-formed-1.txt", { format: "log", status: 401 }],
  ["183-msgraph-ha-o365-403-license-and-invalid-grant-1.txt", { format: "log", status: 403 }],
  ["183-dropbox-rpi-uploader-expired-access-token-1.txt", { format: "json-body", status: 401 }], // read since round 245 (refused before)
  ["183-dropbox-motioneyeos-http-409-conflict-1.txt", { format: "log", status: 409 }],
  ["183-greenhouse-airbyte-429-backoff-1.txt", { format: "log", status: 429 }],
  ["183-greenhouse-grnhse-401-masked-1.txt", null], // AlterValueError
  ["183-greenhouse-jobboard-failed-to-save-person-1.txt", { format: "json-body", status: 401 }],
  ["183-greenhouse-basic-access-denied-nostatus-1.txt", null], // AlterValueError
  ["183-merge-python-authenticationerror-401-1.txt", { format: "log", status: 401 }],
  ["183-finch-invalid-grant-400-1.txt", null], // AlterValueError
  ["183-lever-postings-ok-false-empty-error-1.txt", null], // AlterValueError
  ["183-bamboohr-php-connection-error-status0-1.txt", null], // AlterValueError
  ["183-workday-soap-authfault-dirxml-log-1.txt", null], // AlterValueError
  ["183-workday-soap-authfault-bare-xml-1.txt", null], // AlterValueError
  ["183-workday-cxs-403-S22-1.txt", { format: "json-body", status: 403 }],
  ["183-workday-prism-bucket-conflict-1.txt", null], // AlterValueError
  ["183-huntflow-curl-401-1.txt", { format: "http", status: 401 }],
  ["183-huntflow-500-applicant-logs-1.txt", { format: "log", status: 500 }],
  ["183-huntflow-httpie-401-1.txt", { format: "http", status: 401 }],
  ["183-vault-cli-403-permission-denied-1.txt", { format: "log", status: 403 }],
  ["183-vault-hvac-forbidden-traceback-1.txt", null], // AlterValueError
  ["183-vault-1password-plugin-500-wraps-404-1.txt", { format: "log", status: 404 }],
  ["183-1password-connect-js-400-invalid-vault-uuid-1.txt", { format: "json-body", status: 400 }],
  ["183-1password-connect-log-invalid-bearer-expired-1.txt", null], // AlterValueError
  ["183-keycloak-terraform-401-serverinfo-1.txt", { format: "log", status: 401 }],
  ["183-keycloak-python-requests-401-create-user-1.txt", { format: "log", status: 401 }],
  ["183-auth0-android-400-bad-auth-header-1.txt", { format: "json-body", status: 400 }],
  ["183-duo-python-403-access-forbidden-1.txt", { format: "log", status: 403 }],
  ["183-duo-powershell-40301-access-forbidden-1.txt", null], // AlterValueError
  ["183-crowdstrike-falconpy-401-dict-1.txt", { format: "json-wrapper", status: 401 }],
  ["183-crowdstrike-ansible-308-wrong-cloud-1.txt", null], // AlterValueError
  ["183-snyk-cli-401-snyk-0005-1.txt", { format: "log", status: 401 }],
  ["183-virustotal-wtfis-429-quota-1.txt", { format: "log", status: 429 }],
  ["183-hibp-osrframework-429-traceback-1.txt", { format: "log", status: 429 }],
  ["183-doppler-cli-invalid-auth-token-1.txt", null], // AlterValueError
  ["183-deepl-456-zotero-request-error-1.txt", { format: "log", status: 456 }],
  ["183-deepl-456-quota-immersive-1.txt", { format: "log", status: 456 }],
  ["183-deepl-429-jsonrpc-deeply-1.txt", { format: "log", status: 429 }],
  ["183-azure-401-evertranslator-1.txt", { format: "log", status: 401 }],
  ["183-azure-401001-immersive-1.txt", { format: "log", status: 401 }],
  ["183-azure-401000-bare-json-1.txt", { format: "json-body", status: 401 }],
  ["183-google-403-service-disabled-httperror-1.txt", { format: "log", status: 403 }],
  ["183-google-403-php-serviceexception-html-1.txt", { format: "log", status: 403 }],
  ["183-phrase-400-pull-cli-1.txt", { format: "log", status: 400 }],
  ["183-amazon-translate-unsupported-language-pair-1.txt", { format: "log", status: undefined }],
  ["183-lokalise-cli-429-cool-your-jets-1.txt", { format: "log", status: 429 }],
  ["183-crowdin-cli-couldnt-authorize-java-1.txt", null], // AlterValueError
  ["183-languagetool-429-request-size-limit-1.txt", { format: "log", status: 429 }],
  ["183-languagetool-413-text-too-long-1.txt", { format: "log", status: 413 }],
  ["183-transifex-404-project-not-found-token-1.txt", { format: "log", status: 404 }],
  ["183-modernmt-400-missing-parameter-1.txt", { format: "json-body", status: 400 }],
  ["183-probe-google-drive-backup-exceptions-source-1.txt", null], // AlterValueError
  ["183-probe-dropbox-uploader-changelog-1.txt", null], // AlterValueError
  ["183-probe-openai-unity-dispatchrequest-source-1.txt", null], // AlterValueError
  ["183-probe-godot-httprequest-docs-example-1.txt", null], // AlterValueError
  ["183-probe-aws-esp8266-iot-websocket-101-ok-1.txt", { format: "http", status: 101 }],
  ["183-probe-lever-postings-readme-rate-limit-1.txt", null], // AlterValueError
  ["183-probe-stackone-common-integration-errors-1.txt", null], // AlterValueError
  ["183-probe-glean-greenhouse-5-doc-1.txt", null], // AlterValueError
  ["183-probe-greenhouse-jobboard-success-body-1.txt", null], // AlterValueError
  ["183-probe-workday-scraper-error-logging-code-1.txt", null], // AlterValueError
  ["183-probe-1password-events-api-status-codes-doc-1.txt", null], // AlterValueError
  ["183-probe-duo-rate-limits-doc-1.txt", null], // AlterValueError
  ["183-probe-snyk-error-catalog-doc-1.txt", null], // AlterValueError
  ["183-probe-vault-seal-status-success-doc-1.txt", null], // AlterValueError
  ["183-probe-hibp-js-retryafter-pr-description-1.txt", null], // AlterValueError
  ["183-probe-deepl-python-changelog-retries-1.txt", null], // AlterValueError
  ["183-probe-deepl-python-test-retry-source-1.txt", null], // AlterValueError
  ["183-probe-languagetool-successful-check-response-1.txt", null], // AlterValueError
  ["183-probe-azure-translator-status-codes-qa-1.txt", null], // AlterValueError
  ["183-probe-transifex-client-pr-403-description-1.txt", null], // AlterValueError
  // The hundred-and-eighty-second trial's: the six named providers from command-line tools and scripts; video APIs; government
  // and open-data APIs; marketing automation APIs.
  ["182-google-rclone-drive-403-ratelimit-1.txt", { format: "log", status: 403 }],
  ["182-google-gcloud-403-quota-addresses-1.txt", { format: "log", status: 403 }],
  ["182-google-gcloud-insufficient-permission-1.txt", null], // AlterValueError
  ["182-msgraph-azcli-forbidden-traceback-1.txt", { format: "log", status: 403 }],
  ["182-msgraph-powershell-mggraphrequest-403-1.txt", { format: "http", status: 403 }],
  ["182-msgraph-node-cli-toomanyrequests-1.txt", { format: "log", status: 429 }], // Read since round 199 (a Graph code that is its status's name, an OpenAI class above its words).
  ["182-dropbox-rclone-too-many-requests-1.txt", null], // AlterValueError
  ["182-dropbox-uploader-curl-400-missing-auth-header-1.txt", { format: "http", status: 400 }],
  ["182-dropbox-uploader-cron-401-1.txt", { format: "http", status: 401 }],
  ["182-dropbox-dbxcli-path-conflict-folder-1.txt", null], // AlterValueError
  ["182-openai-llm-cli-429-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["182-openai-shell-cli-missing-api-key-1.txt", null], // AlterValueError
  ["182-aws-cli-script-expired-token-1.txt", { format: "log", status: undefined }],
  ["182-aws-powershell-new-ec2instance-vcpu-limit-1.txt", null], // AlterValueError
  ["182-hubspot-cli-upload-rate-limit-1.txt", null], // AlterValueError
  ["182-hubspot-cli-upload-not-found-1.txt", null], // AlterValueError
  ["182-probe-dropbox-uploader-check-http-response-source-1.txt", null], // AlterValueError
  ["182-probe-hubspot-cli-sandbox-delete-error-handling-source-1.txt", null], // AlterValueError
  ["182-probe-msgraph-throttling-guidance-doc-1.txt", null], // AlterValueError
  ["182-probe-aws-botocore-retry-config-1.txt", null], // AlterValueError
  ["182-probe-openai-curl-chat-completion-success-1.txt", null], // AlterValueError
  ["182-vimeo-alamofire-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["182-vimeo-php-401-token-missing-user-1.txt", null], // AlterValueError
  ["182-vimeo-js-app-not-allowed-upload-1.txt", null], // AlterValueError
  ["182-vimeo-browser-patch-403-1.txt", { format: "log", status: 403 }],
  ["182-cloudflare-stream-tus-408-stream-timeout-1.txt", { format: "log", status: 408 }],
  ["182-cloudflare-stream-tus-java-400-chunk-1.txt", { format: "log", status: 400 }],
  ["182-100ms-rn-httperror-401-init-1.txt", null], // AlterValueError
  ["182-livekit-php-guzzle-401-invalid-token-1.txt", { format: "log", status: 401 }],
  ["182-livekit-server-log-401-nbf-1.txt", { format: "log", status: 401 }],
  ["182-apivideo-flutter-platformexception-notfound-1.txt", null], // AlterValueError
  ["182-daily-pipecat-aiohttp-contenttype-200-html-1.txt", { format: "log", status: 200 }],
  ["182-agora-web-dynamic-use-static-key-1.txt", null], // AlterValueError
  ["182-agora-sdk-no-authorized-log-1.txt", null], // AlterValueError
  ["182-jwplayer-node-400-api-key-invalid-1.txt", { format: "log", status: 400 }],
  ["182-jwplayer-v2-method-not-allowed-body-1.txt", null], // AlterValueError
  ["182-mux-node-400-free-plan-limit-1.txt", { format: "log", status: 400 }],
  ["182-hmrc-superagent-403-client-not-authorised-1.txt", { format: "json-wrapper", status: 403 }],
  ["182-hmrc-superagent-401-invalid-credentials-1.txt", { format: "json-wrapper", status: 401 }],
  ["182-hmrc-oauth-token-500-server-error-1.txt", { format: "log", status: 500 }],
  ["182-vies-pyvat-ms-unavailable-traceback-1.txt", null], // AlterValueError
  ["182-vies-symfony-soapfault-server-busy-1.txt", { format: "log", status: 500 }],
  ["182-edgar-aiohttp-429-too-many-requests-1.txt", { format: "log", status: 429 }],
  ["182-edgar-rate-threshold-exceeded-html-1.txt", null], // AlterValueError
  ["182-edgar-r-undeclared-automated-tool-1.txt", null], // AlterValueError
  ["182-openfda-not-found-json-1.txt", null], // AlterValueError
  ["182-nasa-apod-dotnet-503-1.txt", { format: "log", status: 503 }],
  ["182-companieshouse-401-invalid-authorization-1.txt", { format: "log", status: 401 }],
  ["182-police-uk-httperror-400-1.txt", { format: "log", status: 400 }],
  ["182-census-tidycensus-unknown-variable-1.txt", null], // AlterValueError
  ["182-census-tidycensus-server-query-error-1.txt", null], // AlterValueError
  ["182-tfl-500-apierror-no-valid-route-1.txt", { format: "json-body", status: 500 }],
  ["182-apidatagov-fec-over-rate-limit-html-1.txt", null], // AlterValueError
  ["182-klaviyo-php-guzzle-400-truncated-1.txt", { format: "log", status: 400 }],
  ["182-klaviyo-ruby-400-invalid-payload-1.txt", { format: "log", status: 400 }],
  ["182-brevo-php-400-contact-exists-1.txt", { format: "log", status: 400 }],
  ["182-brevo-axios-400-duplicate-1.txt", { format: "log", status: 400 }],
  ["182-buffer-guzzle3-403-updates-create-1.txt", { format: "log", status: 403 }],
  ["182-buffer-python-keyerror-duplicate-post-1.txt", null], // AlterValueError
  ["182-pardot-json-err49-access-denied-1.txt", null], // AlterValueError
  ["182-pardot-xml-err49-access-denied-1.txt", null], // AlterValueError
  ["182-pardot-java-invalid-api-key-1.txt", null], // AlterValueError
  ["182-customerio-node-400-attr-too-long-1.txt", { format: "log", status: 400 }],
  ["182-customerio-python-retries-exhausted-1.txt", null], // AlterValueError
  ["182-marketo-python-keyerror-access-token-1.txt", null], // AlterValueError
  ["182-activecampaign-php-requestexception-empty-1.txt", null], // AlterValueError
  ["182-activecampaign-ruby-result-code-0-1.txt", null], // AlterValueError
  ["182-iterable-airbyte-401-export-1.txt", { format: "log", status: 401 }],
  ["182-probe-100ms-docs-create-room-errors-table-1.txt", null], // AlterValueError
  ["182-probe-cloudflare-stream-changelog-10059-1.txt", null], // AlterValueError
  ["182-probe-mux-node-error-classes-doc-1.txt", null], // AlterValueError
  ["182-probe-mux-blog-rate-limit-controls-1.txt", null], // AlterValueError
  ["182-probe-agora-acquire-success-body-1.txt", null], // AlterValueError
  ["182-probe-apidatagov-general-errors-doc-1.txt", null], // AlterValueError
  ["182-probe-companieshouse-psc-empty-200-json-1.txt", null], // AlterValueError
  ["182-probe-tfl-curl-I-200-cache-headers-1.txt", { format: "http", status: 200 }],
  ["182-probe-companieshouse-rate-limit-doc-quote-1.txt", null], // AlterValueError
  ["182-probe-odoo-vies-error-codes-pr-1.txt", null], // AlterValueError
  ["182-probe-braze-errors-doc-1.txt", null], // AlterValueError
  ["182-probe-marketo-rest-error-codes-doc-1.txt", null], // AlterValueError
  ["182-probe-marketo-python-http-lib-source-1.txt", null], // AlterValueError
  ["182-probe-pardot-error-codes-doc-1.txt", null], // AlterValueError
  ["182-probe-tap-klaviyo-changelog-1.txt", null], // AlterValueError
  // The hundred-and-eighty-first trial's: the six named providers in spreadsheets, notebooks and BI tools; e-signature and
  // document APIs; no-code databases and backends; crypto exchange and blockchain-node APIs.
  ["181-openai-appsscript-sheets-429-tpm-1.txt", { format: "log", status: 429 }],
  ["181-openai-appsscript-execlog-401-1.txt", { format: "log", status: 401 }],
  ["181-openai-colab-ratelimiterror-insufficient-quota-nostatus-1.txt", { format: "log", status: 429 }],
  ["181-google-colab-admin-sdk-403-insufficient-scopes-1.txt", { format: "log", status: 403 }],
  ["181-google-sheets-apiclient-400-unable-to-parse-range-1.txt", { format: "log", status: 400 }],
  ["181-google-sheets-gspread-429-writegroup-truncated-1.txt", { format: "json-body", status: 429 }],
  ["181-google-sheets-429-cdata-blog-json-1.txt", { format: "json-body", status: 429 }],
  ["181-google-appsheet-dotnet-requesterror-429-1.txt", null], // AlterValueError
  ["181-google-appsscript-cm360-401-unauthenticated-1.txt", { format: "log", status: 401 }],
  ["181-msgraph-powerbi-odata-forbidden-nostatus-1.txt", null], // AlterValueError
  ["181-msgraph-pbimonitor-azure-function-403-log-1.txt", { format: "log", status: 403 }],
  ["181-msgraph-pbimonitor-beta-users-403-ansi-log-1.txt", { format: "log", status: 403 }],
  ["181-microsoft-powerbi-webcontents-400-manage-office-1.txt", { format: "log", status: 400 }],
  ["181-aws-sagemaker-notebook-s3-getobject-accessdenied-1.txt", { format: "log", status: 403 }],
  ["181-aws-notebook-awscli-headobject-403-1.txt", { format: "log", status: 403 }],
  ["181-docusign-php-apiexception-401-1.txt", { format: "log", status: 401 }],
  ["181-docusign-java-invalid-request-parameter-1.txt", null], // AlterValueError
  ["181-docusign-partner-auth-failed-401-1.txt", { format: "log", status: 401 }],
  ["181-docusign-csharp-jwt-no-status-1.txt", null], // AlterValueError
  ["181-cloudconvert-upload-redirect-400-1.txt", { format: "log", status: 400 }],
  ["181-adobe-pdfservices-corrupt-document-400-1.txt", { format: "json-body", status: 400 }],
  ["181-pdfsign-quota-exceeded-403-1.txt", { format: "json-body", status: 403 }],
  ["181-pandadoc-python-apitypeerror-1.txt", null], // AlterValueError
  ["181-dropboxsign-node-httperror-no-status-1.txt", null], // AlterValueError
  ["181-hellosign-java-invalid-parameter-1.txt", null], // AlterValueError
  ["181-eversign-missing-access-key-1.txt", null], // AlterValueError
  ["181-api2pdf-insufficient-funds-1.txt", null], // AlterValueError
  ["181-gotenberg-400-curl-1.txt", { format: "http", status: 400 }],
  ["181-signatureapi-429-problem-json-1.txt", { format: "log", status: 429 }],
  ["181-firma-429-retry-after-45-1.txt", { format: "json-body", status: 429 }],
  ["181-adobesign-php-invalid-librarydocument-id-1.txt", null], // AlterValueError
  ["181-appwrite-guests-missing-scope-browser-1.txt", { format: "log", status: 401 }],
  ["181-appwrite-user-unauthorized-nextjs-1.txt", null], // AlterValueError
  ["181-pocketbase-validation-not-unique-1.txt", { format: "json-body", status: 400 }],
  ["181-pocketbase-python-requests-400-1.txt", { format: "log", status: 400 }],
  ["181-pocketbase-too-many-requests-not-json-1.txt", null], // AlterValueError
  ["181-strapi-plugin-forbidden-403-1.txt", { format: "log", status: 403 }],
  ["181-strapi-500-on-invalid-token-1.txt", { format: "json-body", status: 500 }],
  ["181-directus-token-expired-1.txt", null], // AlterValueError
  ["181-directus-invalid-foreign-key-login-1.txt", null], // AlterValueError
  ["181-nocodb-422-invalid-pk-1.txt", { format: "log", status: 422 }],
  ["181-nocodb-n8n-404-table-not-found-1.txt", { format: "log", status: 404 }],
  ["181-baserow-request-body-validation-1.txt", null], // AlterValueError
  ["181-parse-server-invalid-session-token-log-1.txt", null], // AlterValueError
  ["181-convex-server-error-request-id-1.txt", null], // AlterValueError
  ["181-convex-claim-preview-500-1.txt", { format: "log", status: 500 }],
  ["181-coda-mcp-axios-404-1.txt", { format: "log", status: 404 }],
  ["181-alchemy-kwenta-devtools-429-1.txt", { format: "log", status: 429 }],
  ["181-alchemy-xmtpd-403-monthly-capacity-1.txt", { format: "log", status: 403 }],
  ["181-infura-herdius-429-project-id-missing-1.txt", { format: "log", status: 429 }],
  ["181-infura-status-too-many-requests-1.txt", null], // AlterValueError
  ["181-coingecko-cryptgo-rate-limit-body-1.txt", { format: "json-body", status: 429 }],
  ["181-kraken-zenbot-invalid-nonce-1.txt", null], // AlterValueError
  ["181-bybit-pybit-recvwindow-10002-1.txt", null], // AlterValueError
  ["181-okx-pyted-401-invalid-access-key-1.txt", { format: "log", status: 401 }],
  ["181-okx-okxapi-log-50113-invalid-sign-1.txt", null], // AlterValueError
  ["181-bitfinex-ccxt-429-ratelimit-1.txt", { format: "log", status: 429 }],
  ["181-bitfinex-mika-400-nonce-too-small-1.txt", { format: "log", status: 400 }],
  ["181-etherscan-raccoin-notok-rate-limit-1.txt", null], // AlterValueError
  ["181-coinbase-hummingbot-401-traceback-1.txt", { format: "log", status: 401 }],
  ["181-coinbase-crypfinder-axios-401-pino-1.txt", { format: "log", status: 401 }],
  ["181-quicknode-foundry-32012-credits-limited-1.txt", null], // AlterValueError
  ["181-moralis-forum-error-141-rate-limited-1.txt", null], // AlterValueError
  ["181-probe-microsoft-powerquery-status-code-handling-docs-1.txt", null], // AlterValueError
  ["181-probe-openai-sheetai-rate-limit-troubleshooting-1.txt", null], // AlterValueError
  ["181-probe-msgraph-riposte-invalidauthenticationtoken-doc-1.txt", null], // AlterValueError
  ["181-probe-hubspot-common-errors-skill-doc-1.txt", null], // AlterValueError
  ["181-probe-lookerstudio-connector-api-test-source-1.txt", null], // AlterValueError
  ["181-probe-hellosign-warnings-doc-1.txt", null], // AlterValueError
  ["181-probe-boldsign-rate-limit-doc-1.txt", null], // AlterValueError
  ["181-probe-pandadoc-erroneous-request-doc-1.txt", null], // AlterValueError
  ["181-probe-cloudconvert-task-waiting-success-1.txt", null], // AlterValueError
  ["181-probe-docusign-resource-limits-doc-1.txt", null], // AlterValueError
  ["181-probe-xata-codegen-test-source-1.txt", null], // AlterValueError
  ["181-probe-backendless-error-handling-docs-1.txt", null], // AlterValueError
  ["181-probe-coda-rate-limits-profile-1.txt", null], // AlterValueError
  ["181-probe-xata-errorresponse-schema-1.txt", null], // AlterValueError
  ["181-probe-directus-pr-rate-limit-app-queue-1.txt", null], // AlterValueError
  ["181-probe-moralis-changelog-rate-limit-headers-1.txt", null], // AlterValueError
  ["181-probe-infura-feature-request-rate-limits-1.txt", null], // AlterValueError
  ["181-probe-quicknode-web3js-errors-source-1.txt", null], // AlterValueError
  ["181-probe-etherscan-dreamx-api-mocks-1.txt", null], // AlterValueError
  ["181-probe-moralis-docs-abuse-prevention-1.txt", null], // AlterValueError
  // The hundred-and-eightieth trial's: the six named providers in Go, Rust and Java services; e-learning and collaboration APIs;
  // music and media-catalog APIs; feature-flag and analytics APIs.
  ["180-aws-go-v2-s3-signature-mismatch-1.txt", { format: "log", status: 403 }],
  ["180-msgraph-java-401-expired-token-oneline-1.txt", { format: "log", status: 401 }],
  ["180-msgraph-java-401-compacttoken-stack-1.txt", { format: "log", status: 401 }],
  ["180-google-java-storage-403-insufficient-perm-log-1.txt", { format: "log", status: 403 }],
  ["180-google-java-drive-403-insufficient-scopes-1.txt", { format: "log", status: 403 }],
  ["180-google-go-googleapi-403-log-1.txt", { format: "log", status: 403 }],
  ["180-aws-java-s3-503-slowdown-emr-1.txt", { format: "log", status: 503 }],
  ["180-aws-java-s3-503-slowdown-debug-log-1.txt", { format: "log", status: 503 }],
  ["180-openai-java-retrofit-401-1.txt", { format: "log", status: 401 }],
  ["180-openai-java-400-unrecognized-args-1.txt", { format: "log", status: 400 }],
  ["180-dropbox-java-invalid-access-token-1.txt", { format: "log", status: 401 }], // read since round 222 (refused before)
  ["180-aws-rust-s3-dispatch-failure-1.txt", null], // AlterValueError
  ["180-openai-rust-insufficient-quota-panic-1.txt", { format: "log", status: 429 }],
  ["180-probe-aws-go-changelog-throttle-1.txt", null], // AlterValueError
  ["180-probe-dropbox-retry-design-pr-1.txt", null], // AlterValueError
  ["180-probe-aws-s3-docs-headobject-404-403-1.txt", null], // AlterValueError
  ["180-probe-openai-rust-ratelimit-headers-feature-1.txt", null], // AlterValueError
  ["180-probe-minio-go-slowdown-retry-pr-1.txt", null], // AlterValueError
  ["180-canvas-invalid-access-token-json-1.txt", null], // AlterValueError
  ["180-canvas-canvasapi-invalidaccesstoken-1.txt", null], // AlterValueError
  ["180-canvas-oauth-invalid-request-1.txt", null], // AlterValueError
  ["180-canvas-data-cli-401-1.txt", { format: "log", status: 401 }],
  ["180-moodle-xml-invalidtoken-1.txt", null], // AlterValueError
  ["180-moodle-token-invalidlogin-1.txt", null], // AlterValueError
  ["180-moodle-php-stdclass-invalidtoken-1.txt", null], // AlterValueError
  ["180-moodle-webservice-access-exception-1.txt", null], // AlterValueError
  ["180-webex-sdk-404-traceback-1.txt", { format: "log", status: 404 }],
  ["180-zoom-3001-meeting-invalid-1.txt", null], // AlterValueError
  ["180-figma-auth-2fa-400-stack-1.txt", { format: "json-body", status: 400 }],
  ["180-slack-slacker-missing-scope-1.txt", { format: "log", status: undefined }],
  ["180-slack-node-sdk-missing-scope-json-log-1.txt", { format: "log", status: undefined }],
  ["180-probe-canvas-ratelimit-feature-request-1.txt", null], // AlterValueError
  ["180-probe-canvasapi-release-notes-1.txt", null], // AlterValueError
  ["180-probe-canvas-401-scenarios-review-1.txt", null], // AlterValueError
  ["180-probe-canvas-404-handling-pr-1.txt", null], // AlterValueError
  ["180-probe-canvas-changelog-429-1.txt", null], // AlterValueError
  ["180-tmdb-yamtrack-invalid-key-log-1.txt", null], // AlterValueError
  ["180-tmdb-java-response-exception-1.txt", { format: "log", status: 401 }],
  ["180-tmdb-json-body-invalid-key-1.txt", null], // AlterValueError
  ["180-tmdb-httpx-401-1.txt", { format: "log", status: 401 }],
  ["180-discogs-429-traceback-1.txt", { format: "log", status: 429 }],
  ["180-musicbrainz-503-dotnet-1.txt", { format: "log", status: 503 }],
  ["180-lastfm-403-suspended-key-log-1.txt", { format: "log", status: 403 }],
  ["180-lastfm-el-403-invalid-key-1.txt", null], // AlterValueError
  ["180-igdb-node-authorization-failure-1.txt", null], // AlterValueError
  ["180-apple-music-401-aiohttp-log-1.txt", { format: "log", status: 401 }],
  ["180-igdb-python-403-traceback-1.txt", { format: "log", status: 403 }],
  ["180-genius-403-traceback-1.txt", { format: "log", status: 403 }],
  ["180-soundcloud-dotnet-401-1.txt", { format: "log", status: 401 }],
  ["180-spotify-502-rust-log-1.txt", { format: "log", status: 502 }],
  ["180-spotify-502-php-exception-1.txt", null], // AlterValueError
  ["180-soundcloud-401-json-1.txt", { format: "json-body", status: 401 }],
  ["180-probe-tmdb-errors-doc-1.txt", null], // AlterValueError
  ["180-probe-musicbrainz-rate-limits-yml-1.txt", null], // AlterValueError
  ["180-probe-discogs-client-rate-limit-doc-1.txt", null], // AlterValueError
  ["180-probe-lastfm-error-codes-list-1.txt", null], // AlterValueError
  ["180-probe-musicbrainz-rs-config-source-1.txt", null], // AlterValueError
  ["180-launchdarkly-python-diagnostic-401-1.txt", { format: "log", status: 401 }],
  ["180-launchdarkly-node-streaming-401-1.txt", { format: "log", status: 401 }],
  ["180-rollbar-go-429-1.txt", { format: "log", status: 429 }],
  ["180-rollbar-gem-422-access-token-missing-1.txt", null], // AlterValueError
  ["180-rollbar-python-apierror-invalid-format-1.txt", null], // AlterValueError
  ["180-rollbar-dart-403-scope-1.txt", { format: "log", status: 403 }],
  ["180-rollbar-php-403-response-dump-1.txt", { format: "log", status: 403 }],
  ["180-rollbar-js-client-rate-limit-1.txt", null], // AlterValueError
  ["180-amplitude-httpv2-400-html-1.txt", { format: "html-page", status: 400 }],
  ["180-amplitude-kotlin-jsonexception-missing-event-1.txt", null], // AlterValueError
  ["180-mixpanel-mpmigrate-400-extra-keys-1.txt", { format: "log", status: 400 }],
  ["180-mixpanel-apps-script-400-segmentation-1.txt", { format: "log", status: 400 }],
  ["180-heap-php-guzzle-400-1.txt", { format: "log", status: 400 }],
  ["180-segment-ruby-bad-request-parse-1.txt", null], // AlterValueError
  ["180-sentry-ruby-429-rate-limit-1.txt", { format: "log", status: 429 }],
  ["180-posthog-go-flags-deadline-exceeded-1.txt", { format: "network-text", status: undefined }],
  ["180-probe-launchdarkly-changelog-401-503-1.txt", null], // AlterValueError
  ["180-probe-mixpanel-strict-import-docs-1.txt", null], // AlterValueError
  ["180-probe-rollbar-js-rate-limit-pr-1.txt", null], // AlterValueError
  ["180-probe-posthog-rate-limit-docs-1.txt", null], // AlterValueError
  ["180-probe-segment-functions-error-docs-1.txt", null], // AlterValueError
  // The hundred-and-seventy-ninth trial's: the six named providers in PHP apps and CMS plugins; shipping and carrier APIs; health
  // and fitness APIs; smart-home, IoT and connected-car APIs.
  ["179-google-analytics-403-insufficientpermissions-1.txt", { format: "json-body", status: 403 }],
  ["179-google-searchconsole-429-ratelimit-1.txt", { format: "json-body", status: 429 }],
  ["179-google-analytics-403-userratelimit-ignition-1.txt", { format: "log", status: 403 }],
  ["179-google-people-429-resource-exhausted-1.txt", { format: "json-body", status: 429 }],
  ["179-google-oauth-invalid-grant-laravel-bot-1.txt", null], // AlterValueError
  ["179-google-merchant-401-woocommerce-log-1.txt", { format: "log", status: 401 }],
  ["179-microsoft-token-401-invalid-client-secret-1.txt", { format: "log", status: 401 }],
  ["179-msgraph-invalidauthtoken-json-1.txt", null], // AlterValueError
  ["179-azuread-graph-requestdenied-printr-1.txt", null], // AlterValueError
  ["179-dropbox-401-expired-token-laravel-1.txt", { format: "log", status: 401 }],
  ["179-dropbox-502-bad-gateway-laravel-backup-1.txt", { format: "log", status: 502 }],
  ["179-aws-s3-403-accessdenied-laravel-1.txt", { format: "log", status: 403 }],
  ["179-aws-ses-smtp-454-throttling-mautic-1.txt", null], // AlterValueError
  ["179-openai-overloaded-openai-php-1.txt", null], // AlterValueError
  ["179-openai-400-context-length-typo3-1.txt", { format: "log", status: 400 }],
  ["179-hubspot-400-invalid-json-api-php-1.txt", { format: "log", status: 400 }],
  ["179-probe-hubspot-retry-middleware-readme-1.txt", null], // AlterValueError
  ["179-probe-google-php-client-task-runner-source-1.txt", null], // AlterValueError
  ["179-probe-aws-sdk-php-throttling-filter-source-1.txt", null], // AlterValueError
  ["179-probe-symfony-ai-openai-overload-retry-pr-1.txt", null], // AlterValueError
  ["179-probe-dropbox-refresh-token-howto-issue-1.txt", null], // AlterValueError
  ["179-easypost-shipment-invalid-params-1.txt", null], // AlterValueError
  ["179-easypost-python-inactive-api-key-1.txt", null], // AlterValueError
  ["179-easypost-cassette-422-parameter-required-1.txt", { format: "log", status: 422 }],
  ["179-shippo-node-authentication-error-1.txt", null], // AlterValueError
  ["179-shippo-node-api-error-400-carrier-account-1.txt", { format: "json-body", status: 400 }],
  ["179-shipstation-guzzle-500-createlabel-1.txt", { format: "log", status: 500 }],
  ["179-shipengine-carrier-business-rules-1.txt", null], // AlterValueError
  ["179-ups-rating-400-111549-1.txt", { format: "log", status: 400 }],
  ["179-ups-paperless-10429-too-many-requests-1.txt", null], // AlterValueError
  ["179-usps-guzzle-403-contract-not-authorized-1.txt", { format: "log", status: 403 }],
  ["179-usps-webtools-80040B1A-auth-failure-1.txt", null], // AlterValueError
  ["179-dhl-parcel-de-404-tracking-raw-http-1.txt", { format: "log", status: 404 }],
  ["179-dpdhl-karrio-soap-500-log-1.txt", { format: "log", status: 500 }],
  ["179-sendcloud-412-user-has-no-address-1.txt", { format: "log", status: 412 }],
  ["179-postmaster-500-transient-error-1.txt", null], // AlterValueError
  ["179-fedex-soap-avs-authentication-failed-1.txt", null], // AlterValueError
  ["179-probe-shipengine-error-codes-docs-1.txt", null], // AlterValueError
  ["179-probe-easypost-errors-guide-docs-1.txt", null], // AlterValueError
  ["179-probe-bloodhound-dhl-429-retry-pr-1.txt", null], // AlterValueError
  ["179-probe-easypost-cassette-address-success-1.txt", { format: "log", status: 200 }],
  ["179-probe-easypost-python-test-error-source-1.txt", null], // AlterValueError
  ["179-fitbit-422-got-httperror-datapoints-1.txt", { format: "json-body", status: 422 }],
  ["179-fitbit-429-resource-exhausted-json-1.txt", { format: "json-body", status: 429 }],
  ["179-strava-429-ruby-cron-log-1.txt", { format: "log", status: 429 }],
  ["179-strava-429-node-statuscodeerror-1.txt", { format: "log", status: 429 }],
  ["179-strava-403-rate-limit-requests-httperror-1.txt", { format: "log", status: 403 }],
  ["179-strava-401-stravalib-accessunauthorized-1.txt", null], // AlterValueError
  ["179-strava-401-php-printr-missing-scope-1.txt", null], // AlterValueError
  ["179-strava-403-connected-athletes-limit-1.txt", null], // AlterValueError
  ["179-garmin-429-sso-requests-line-1.txt", { format: "log", status: 429 }],
  ["179-garmin-429-cloudflare-html-1.txt", null], // AlterValueError
  ["179-googlefit-401-login-required-json-1.txt", null], // AlterValueError
  ["179-googlefit-404-datasource-httperror-traceback-1.txt", { format: "log", status: 404 }],
  ["179-cerner-401-operationoutcome-invalid-token-1.txt", { format: "log", status: 401 }],
  ["179-epic-invalid-client-backend-jwt-1.txt", null], // AlterValueError
  ["179-oura-400-token-refresh-invalid-request-logs-1.txt", { format: "log", status: 400 }],
  ["179-withings-200-body-status-503-oauth-logs-1.txt", { format: "log", status: 200 }],
  ["179-probe-cerner-docs-client-errors-1.txt", null], // AlterValueError
  ["179-probe-cerner-cors-curl-200-success-1.txt", { format: "http", status: 200 }],
  ["179-probe-python-fitbit-exceptions-source-1.txt", null], // AlterValueError
  ["179-probe-strava-rate-limiting-docs-diff-1.txt", null], // AlterValueError
  ["179-probe-fitbit-rate-limit-headers-issue-1.txt", null], // AlterValueError
  ["179-smartthings-pysmartthings-429-1.txt", { format: "log", status: 429 }],
  ["179-smartthings-homebridge-tv-429-1.txt", { format: "log", status: 429 }],
  ["179-tuya-sign-invalid-1004-json-1.txt", null], // AlterValueError
  ["179-tuya-nodejs-sdk-sign-invalid-stack-1.txt", null], // AlterValueError
  ["179-hue-link-button-not-pressed-1.txt", null], // AlterValueError
  ["179-hue-v2-500-internal-1.txt", { format: "log", status: 500 }],
  ["179-nest-sdm-429-webrtc-1.txt", { format: "log", status: 429 }],
  ["179-nest-sdm-403-service-disabled-curl-1.txt", { format: "log", status: 403 }],
  ["179-tesla-fleet-503-vehicle-not-available-1.txt", { format: "log", status: 503 }],
  ["179-tesla-fleet-412-region-1.txt", { format: "log", status: 412 }],
  ["179-smartcar-401-bad-auth-header-1.txt", { format: "log", status: 401 }],
  ["179-smartcar-rate-limit-vehicle-1.txt", null], // AlterValueError
  ["179-ecobee-code14-token-expired-1.txt", null], // AlterValueError
  ["179-particle-io-404-stack-1.txt", null], // AlterValueError
  ["179-particle-cli-invalid-token-1.txt", null], // AlterValueError
  ["179-nest-sdm-429-aiohttp-traceback-1.txt", { format: "log", status: 429 }],
  ["179-probe-tuya-error-code-docs-1.txt", null], // AlterValueError
  ["179-probe-ecobee-auth-errors-docs-1.txt", null], // AlterValueError
  ["179-probe-tuya-ha-error-code-wiki-1.txt", null], // AlterValueError
  ["179-probe-smartthings-sdk-rule-execute-fixture-1.txt", null], // AlterValueError
  ["179-probe-tesla-fleet-command-success-1.txt", null], // AlterValueError
  // The hundred-and-seventy-eighth trial's: the six named providers in ETL tools; business messaging APIs; identity verification
  // and fraud APIs; web search and scraping APIs.
  ["178-aws-meltano-s3-state-nosuchkey-1.txt", { format: "log", status: 404 }],
  ["178-google-airbyte-gcs-hmac-s3interop-accessdenied-1.txt", { format: "log", status: 403 }],
  ["178-google-airbyte-search-console-403-traceback-1.txt", { format: "log", status: 403 }],
  ["178-google-airbyte-search-console-401-json-body-1.txt", { format: "log", status: 401 }],
  ["178-google-dbt-cosmos-bigquery-drive-credentials-1.txt", null], // AlterValueError
  ["178-google-airbyte-gcs-logs-signature-mismatch-1.txt", { format: "log", status: 403 }], // read since round 219 (S3's own words for a code, a PHP dump's response, its status key `status`)
  ["178-google-airbyte-ga4-trace-oauth-token-400-1.txt", { format: "log", status: 400 }],
  ["178-hubspot-airbyte-expired-oauth-ui-1.txt", null], // AlterValueError
  ["178-hubspot-posthog-import-401-properties-1.txt", { format: "log", status: 401 }],
  ["178-msgraph-airbyte-teams-log-insufficient-privileges-1.txt", null], // AlterValueError
  ["178-msgraph-elastic-sharepoint-batch-429-retry-after-1.txt", null], // AlterValueError
  ["178-aws-airflow-dataplatform-glue-accessdenied-400-1.txt", { format: "log", status: 400 }],
  ["178-aws-airbyte-source-s3-invalid-access-key-java-1.txt", { format: "log", status: 403 }],
  ["178-probe-google-fivetran-search-console-quota-kb-1.txt", null], // AlterValueError
  ["178-probe-openai-airbyte-vectordb-retry-feature-request-1.txt", null], // AlterValueError
  ["178-probe-hubspot-singer-tap-pr-handle-403-1.txt", null], // AlterValueError
  ["178-probe-generic-kleene-connector-error-code-faq-1.txt", null], // AlterValueError
  ["178-probe-generic-meltano-cloud-api-status-codes-doc-1.txt", null], // AlterValueError
  ["178-whatsapp-axios-400-invalid-parameter-1.txt", { format: "log", status: 400 }],
  ["178-whatsapp-laravel-empty-responseexception-1.txt", null], // AlterValueError
  ["178-instagram-composio-403-outside-window-1.txt", { format: "log", status: 403 }],
  ["178-messenger-json-100-no-matching-user-1.txt", null], // AlterValueError
  ["178-messenger-node-1200-temporary-failure-1.txt", null], // AlterValueError
  ["178-messenger-java-2-service-unavailable-1.txt", null], // AlterValueError
  ["178-line-ruby-400-invalid-reply-token-1.txt", { format: "log", status: 400 }],
  ["178-line-java-okhttp-400-to-invalid-1.txt", { format: "log", status: 400 }],
  ["178-line-java-429-monthly-limit-1.txt", { format: "log", status: 429 }],
  ["178-line-python-400-request-id-headers-1.txt", { format: "log", status: 400 }],
  ["178-wechat-fastweixin-40001-log-1.txt", null], // AlterValueError
  ["178-wechat-senparc-45009-daily-quota-1.txt", null], // AlterValueError
  ["178-wechat-php-45015-out-of-time-limit-1.txt", null], // AlterValueError
  ["178-viber-php-notsubscribed-1.txt", null], // AlterValueError
  ["178-kakao-spring-401-token-does-not-exist-1.txt", { format: "log", status: 401 }],
  ["178-zalo-zca-session-key-600-1.txt", null], // AlterValueError
  ["178-probe-kakao-devtalk-messaging-error-guide-1.txt", null], // AlterValueError
  ["178-probe-whatsapp-success-test-results-1.txt", null], // AlterValueError
  ["178-probe-line-retry-docs-status-table-1.txt", null], // AlterValueError
  ["178-probe-wechat-go-sdk-error-consts-1.txt", null], // AlterValueError
  ["178-probe-viber-error-codes-docs-1.txt", null], // AlterValueError
  ["178-onfido-check-422-validation-1.txt", { format: "log", status: 422 }],
  ["178-onfido-okhttp-401-documents-1.txt", { format: "log", status: 401 }],
  ["178-onfido-ios-nsurlerror-1003-1.txt", { format: "network-text", status: undefined }],
  ["178-onfido-web-401-with-sentry-429-1.txt", { format: "log", status: 401 }],
  ["178-sumsub-guzzle-401-apptoken-1.txt", { format: "log", status: 401 }],
  ["178-sumsub-4004-request-expired-1.txt", null], // AlterValueError
  ["178-twilio-verify-go-400-60200-1.txt", { format: "log", status: 400 }],
  ["178-twilio-verify-node-404-20404-1.txt", { format: "json-body", status: 404 }],
  ["178-supabase-wrapping-twilio-verify-422-1.txt", { format: "log", status: 422 }],
  ["178-twilio-verify-node-missing-param-1.txt", null], // AlterValueError
  ["178-stripe-identity-android-ek-permission-1.txt", null], // AlterValueError
  ["178-sift-python-connection-reset-1.txt", { format: "network-text", status: undefined }],
  ["178-jumio-flutter-a10404-1.txt", null], // AlterValueError
  ["178-plaid-product-not-ready-1.txt", null], // AlterValueError
  ["178-plaid-idv-not-authorized-1.txt", null], // AlterValueError
  ["178-twilio-lookup-python-keyerror-fraud-1.txt", null], // AlterValueError
  ["178-probe-persona-common-errors-doc-1.txt", null], // AlterValueError
  ["178-probe-veriff-auth-codes-table-1.txt", null], // AlterValueError
  ["178-probe-onfido-success-check-log-1.txt", null], // AlterValueError
  ["178-probe-sift-verification-success-body-1.txt", null], // AlterValueError
  ["178-probe-twilio-lookup-404-pr-description-1.txt", null], // AlterValueError
  ["178-serpapi-429-requests-httperror-1.txt", { format: "log", status: 429 }],
  ["178-tavily-429-requests-httperror-1.txt", { format: "log", status: 429 }],
  ["178-tavily-400-jupyter-traceback-1.txt", { format: "log", status: 400 }],
  ["178-brave-429-json-body-1.txt", { format: "json-body", status: 429 }],
  ["178-google-cse-403-dailylimit-jsobject-1.txt", { format: "json-body", status: 403 }],
  ["178-google-cse-429-siterestricted-pydict-1.txt", { format: "json-body", status: 429 }],
  ["178-google-cse-400-apikey-invalid-log-1.txt", { format: "log", status: 400 }],
  ["178-bing-401-requests-permissiondenied-1.txt", { format: "log", status: 401 }],
  ["178-bing-401-json-invalid-subscription-key-1.txt", { format: "json-body", status: 401 }],
  ["178-bing-missingsubscription-json-1.txt", null], // AlterValueError
  ["178-apify-429-client-warn-log-1.txt", { format: "log", status: 429 }],
  ["178-apify-residential-proxy-limit-stack-1.txt", null], // AlterValueError
  ["178-exa-402-mcp-axios-1.txt", { format: "log", status: 402 }],
  ["178-brightdata-407-proxy-nuclei-1.txt", { format: "log", status: 407 }],
  ["178-scrapingbee-500-custom-google-1.txt", { format: "log", status: 500 }],
  ["178-serpapi-langchain-no-results-valueerror-1.txt", null], // AlterValueError
  ["178-probe-serpapi-roadmap-error-list-1.txt", null], // AlterValueError
  ["178-probe-openwebui-brave-retry-pr-1.txt", null], // AlterValueError
  ["178-probe-serpapi-success-mock-1.txt", null], // AlterValueError
  ["178-probe-scrapingant-docs-error-table-1.txt", null], // AlterValueError
  ["178-probe-apify-sdk-exceptions-docs-diff-1.txt", null], // AlterValueError
  // The hundred-and-seventy-seventh trial's: the six named providers in infrastructure-as-code tools; helpdesk APIs; hosting
  // platforms' APIs; forms, surveys and scheduling APIs.
  ["177-google-tf-budget-429-1.txt", { format: "log", status: 429 }],
  ["177-google-workspace-tf-403-not-authorized-1.txt", { format: "log", status: 403 }],
  ["177-google-gsuite-tf-403-insufficient-scopes-1.txt", { format: "log", status: 403 }],
  ["177-msgraph-azuread-debug-403-1.txt", { format: "http", status: 403 }],
  ["177-msgraph-azuread-catalog-403-1.txt", { format: "log", status: 403 }],
  ["177-aws-serverless-lambda-429-1.txt", { format: "log", status: 429 }],
  ["177-aws-serverless-ec2-requestlimit-400-1.txt", { format: "log", status: 400 }],
  ["177-aws-ansible-route53-throttling-1.txt", { format: "log", status: undefined }],
  ["177-aws-ansible-iam-botoserver-throttling-1.txt", { format: "log", status: 400 }],
  ["177-aws-cdk-ses-lambda-throttling-1.txt", { format: "log", status: 400 }],
  ["177-hubspot-cli-project-add-404-1.txt", { format: "log", status: 404 }],
  ["177-hubspot-cli-upload-forbidden-scopes-1.txt", null], // AlterValueError
  ["177-dropbox-apk-deploy-401-1.txt", null], // AlterValueError
  ["177-dropbox-uploader-backup-failed-1.txt", null], // AlterValueError
  ["177-openai-robusta-helm-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["177-openai-serverless-lambda-axios-429-1.txt", { format: "log", status: 429 }],
  ["177-probe-aws-ansible-awsretry-issue-1.txt", null], // AlterValueError
  ["177-probe-google-magic-modules-retry-pr-1.txt", null], // AlterValueError
  ["177-probe-openai-tf-provider-200-vs-201-1.txt", null], // AlterValueError
  ["177-probe-dropbox-short-lived-token-notice-1.txt", null], // AlterValueError
  ["177-probe-hubspot-cli-error-copy-pr-1.txt", null], // AlterValueError
  ["177-gorgias-401-sub-claim-pipedream-1.txt", { format: "log", status: 401 }],
  ["177-servicenow-401-snfilesync-log-1.txt", { format: "log", status: 401 }],
  ["177-zendesk-422-webexception-trigger-1.txt", { format: "log", status: 422 }],
  ["177-zendesk-422-headers-dump-1.txt", { format: "log", status: 422 }],
  ["177-zendesk-recordinvalid-duplicate-email-body-1.txt", null], // AlterValueError
  ["177-zendesk-curl-couldnt-authenticate-1.txt", null], // AlterValueError
  ["177-freshdesk-500-list-agents-pipedream-1.txt", { format: "json-wrapper", status: 500 }],
  ["177-intercom-ruby-resourcenotfound-backtrace-1.txt", null], // AlterValueError
  ["177-intercom-python-resourcenotfound-traceback-1.txt", null], // AlterValueError
  ["177-intercom-php-guzzle-404-1.txt", { format: "log", status: 404 }],
  ["177-intercom-400-airbyte-data-attributes-1.txt", { format: "log", status: 400 }],
  ["177-gorgias-429-airbyte-rate-limits-hit-1.txt", null], // AlterValueError
  ["177-helpscout-validation-vnderror-vardump-1.txt", null], // AlterValueError
  ["177-helpscout-input-not-validated-net-1.txt", null], // AlterValueError
  ["177-servicenow-hibernating-ijson-unexpected-symbol-1.txt", null], // AlterValueError
  ["177-probe-gorgias-errors-docs-1.txt", null], // AlterValueError
  ["177-probe-kustomer-errors-docs-1.txt", null], // AlterValueError
  ["177-probe-servicenow-community-response-codes-1.txt", { format: "http", status: 200 }],
  ["177-probe-front-rate-limit-docs-1.txt", null], // AlterValueError
  ["177-probe-zendesk-401-403-troubleshooting-article-1.txt", null], // AlterValueError
  ["177-hetzner-packer-resource-unavailable-1.txt", null], // AlterValueError
  ["177-hetzner-412-location-disabled-1.txt", { format: "log", status: 412 }],
  ["177-linode-raw-http-500-negative-retry-after-1.txt", { format: "http", status: 500 }],
  ["177-linode-cli-400-linode-busy-1.txt", { format: "log", status: 400 }],
  ["177-linode-cli-400-field-table-1.txt", { format: "log", status: 400 }],
  ["177-digitalocean-unprocessable-entity-object-1.txt", null], // AlterValueError
  ["177-vercel-sdk-403-invalid-token-1.txt", { format: "log", status: 403 }],
  ["177-vercel-cli-rate-limit-11-days-1.txt", null], // AlterValueError
  ["177-vercel-fetcherror-etimedout-1.txt", { format: "network-text", status: undefined }],
  ["177-fly-terraform-422-machine-create-1.txt", { format: "log", status: 422 }],
  ["177-flyctl-launch-vm-eof-1.txt", null], // AlterValueError
  ["177-flyctl-payment-required-1.txt", null], // AlterValueError
  ["177-heroku-excon-503-unavailable-1.txt", { format: "log", status: 503 }],
  ["177-railway-cli-unauthorized-1.txt", null], // AlterValueError
  ["177-render-deploy-not-found-1.txt", null], // AlterValueError
  ["177-netlify-rate-limit-bolt-1.txt", null], // AlterValueError
  ["177-probe-hetzner-error-codes-doc-1.txt", null], // AlterValueError
  ["177-probe-hcloud-go-changelog-1.txt", null], // AlterValueError
  ["177-probe-digitalocean-success-mock-1.txt", null], // AlterValueError
  ["177-probe-linode-retry-test-source-1.txt", null], // AlterValueError
  ["177-probe-railway-docs-errors-pr-1.txt", null], // AlterValueError
  ["177-typeform-validation-error-json-1.txt", null], // AlterValueError
  ["177-typeform-js-client-payload-invalid-stack-1.txt", null], // AlterValueError
  ["177-typeform-tap-406-not-acceptable-1.txt", { format: "log", status: 406 }],
  ["177-formspark-graphql-429-wrapped-1.txt", null], // AlterValueError
  ["177-surveymonkey-airbyte-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["177-surveymonkey-r-sm_get-403-1.txt", { format: "log", status: 403 }],
  ["177-surveymonkey-surveymonty-v2-status3-1.txt", null], // AlterValueError
  ["177-surveymonkey-android-sdk-code10-logcat-1.txt", null], // AlterValueError
  ["177-jotform-csharp-webexception-403-1.txt", { format: "log", status: 403 }],
  ["177-googleforms-php-404-notfound-1.txt", null], // AlterValueError
  ["177-googleforms-gargle-403-permission-denied-1.txt", { format: "log", status: 403 }],
  ["177-qualtrics-r-400-1.txt", { format: "log", status: 400 }],
  ["177-acuity-js-401-object-1.txt", { format: "log", status: 401 }],
  ["177-msbookings-graph-500-generic-json-1.txt", null], // AlterValueError
  ["177-msbookings-unknownerror-map-1.txt", null], // AlterValueError
  ["177-msbookings-errorfoldernotfound-1.txt", null], // AlterValueError
  ["177-probe-typeform-troubleshooting-docs-1.txt", null], // AlterValueError
  ["177-probe-googleforms-usage-limits-docs-1.txt", null], // AlterValueError
  ["177-probe-acuity-docs-error-envelope-1.txt", null], // AlterValueError
  ["177-probe-typeform-cypress-negative-test-1.txt", null], // AlterValueError
  ["177-probe-surveymonkey-errors-endpoint-success-1.txt", null], // AlterValueError
  // The hundred-and-seventy-sixth trial's: the six named providers in desktop software; accounting and HR APIs; S3-compatible
  // storage and CDNs; AI media and speech APIs.
  ["176-google-drive-quota-rate-limit-go-1.txt", { format: "log", status: 403 }],
  ["176-google-drive-userratelimit-json-electron-1.txt", { format: "json-body", status: 403 }],
  ["176-google-raycast-refresh-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["176-google-raycast-calendar-insufficient-permission-1.txt", null], // AlterValueError
  ["176-openai-vscode-genie-429-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["176-openai-continue-401-incorrect-key-1.txt", { format: "log", status: 401 }],
  ["176-openai-obsidian-flashcards-429-axios-console-1.txt", { format: "log", status: 429 }],
  ["176-aws-toolkit-vscode-expiredtoken-403-1.txt", { format: "log", status: 403 }],
  ["176-aws-toolkit-signature-expired-clock-skew-1.txt", null], // AlterValueError
  ["176-dropbox-maestral-503-oauth-token-1.txt", { format: "log", status: 503 }],
  ["176-dropbox-joplin-409-payload-too-large-1.txt", { format: "log", status: 409 }],
  ["176-graph-onedrive-client-429-throttled-1.txt", { format: "log", status: 429 }],
  ["176-graph-onedrive-client-401-unauthenticated-1.txt", { format: "log", status: 401 }],
  ["176-graph-obsidian-remotely-save-400-1.txt", { format: "log", status: 400 }],
  ["176-hubspot-raycast-contacts-forbidden-1.txt", { format: "log", status: 403 }], // read since round 220 (a JavaScript error named by a reason phrase, its stack below; a cut XML error document)
  ["176-hubspot-cli-403-oauth-token-permissions-1.txt", { format: "log", status: 403 }],
  ["176-probe-google-rubydoc-userratelimit-error-class-doc-1.txt", null], // AlterValueError
  ["176-probe-joplin-cli-changelog-onedrive-throttling-1.txt", null], // AlterValueError
  ["176-probe-graph-devproxy-throttling-howto-doc-1.txt", null], // AlterValueError
  ["176-probe-joplin-onedrive-api-test-429-mock-1.txt", null], // AlterValueError
  ["176-probe-openai-success-response-bodies-doc-1.txt", null], // AlterValueError
  ["176-xero-403-authenticationunsuccessful-1.txt", { format: "json-body", status: 403 }],
  ["176-xero-node-oauth1-token-rejected-401-1.txt", { format: "log", status: 401 }],
  ["176-xero-java-token-rejected-nostatus-1.txt", null], // AlterValueError
  ["176-xero-php-validationexception-json-1.txt", null], // AlterValueError
  ["176-pyxero-xerobadrequest-postdatainvalid-1.txt", { format: "log", status: 400 }],
  ["176-xero-java-log-token-rejected-1.txt", null], // AlterValueError
  ["176-xero-node-err-string-401-tokenexpired-1.txt", { format: "log", status: 401 }],
  ["176-xero-php-laravel-unauthorizedexception-1.txt", { format: "log", status: 401 }],
  ["176-qbo-node-quickbooks-xml-auth-3200-1.txt", { format: "log", status: 401 }],
  ["176-qbo-oauth-jsclient-authfault-body-1.txt", { format: "log", status: 401 }],
  ["176-qbo-php-sdk-401-response-log-1.txt", { format: "log", status: 401 }],
  ["176-qbo-dotnet-idsexception-validation-1.txt", null], // AlterValueError
  ["176-sage-accounting-recordinvalid-json-1.txt", null], // AlterValueError
  ["176-sage50-sdata-resourcekindnotfound-1.txt", null], // AlterValueError
  ["176-freshbooks-node-typeerror-422-body-1.txt", null], // AlterValueError
  ["176-personio-limit-curl-message-1.txt", null], // AlterValueError
  ["176-probe-bamboohr-common-errors-doc-1.txt", null], // AlterValueError
  ["176-probe-workday-staffing-endpoint-responses-1.txt", null], // AlterValueError
  ["176-probe-personio-openapi-404-sample-diff-1.txt", null], // AlterValueError
  ["176-probe-gusto-unprocessableentity-sdk-doc-1.txt", null], // AlterValueError
  ["176-probe-tap-xero-429-backoff-diff-1.txt", null], // AlterValueError
  ["176-backblaze-b2cloudstorage-pod-too-busy-1.txt", { format: "json-body", status: 503 }],
  ["176-do-spaces-duplicacy-503-slow-down-1.txt", null], // AlterValueError
  ["176-backblaze-mastodon-no-tomes-sidekiq-1.txt", { format: "log", status: 503 }],
  ["176-r2-opendal-append-signature-mismatch-1.txt", { format: "log", status: 403 }],
  ["176-r2-s3cmd-modify-signature-mismatch-1.txt", { format: "log", status: 403 }],
  ["176-r2-pgbackrest-list-429-1.txt", { format: "log", status: 429 }],
  ["176-wasabi-evergauzy-delete-access-denied-1.txt", { format: "log", status: undefined }],
  ["176-wasabi-omeka-public-access-denied-1.txt", { format: "log", status: 403 }],
  ["176-do-spaces-laravel-backup-head-slowdown-1.txt", { format: "log", status: 503 }], // read since round 220 (a JavaScript error named by a reason phrase, its stack below; a cut XML error document)
  ["176-minio-zarr-slowdown-retry-after-1.txt", { format: "http", status: 503 }],
  ["176-bunny-php-upload-400-missing-dir-1.txt", { format: "json-body", status: 400 }],
  ["176-akamai-cli-purge-400-invalid-endpoint-1.txt", { format: "log", status: 400 }],
  ["176-akamai-egcurl-forbidden-problem-1.txt", { format: "json-body", status: 403 }],
  ["176-gcs-xml-iceberg-signature-mismatch-1.txt", { format: "log", status: 403 }],
  ["176-gcs-xml-glow-anonymous-access-denied-1.txt", { format: "log", status: 403 }],
  ["176-fastly-rails-purge-internal-error-1.txt", { format: "log", status: 500 }],
  ["176-probe-argo-s3-transient-codes-source-1.txt", null], // AlterValueError
  ["176-probe-akamai-wp-readme-purge-limits-1.txt", null], // AlterValueError
  ["176-probe-fastly-go-purge-cassette-success-1.txt", null], // AlterValueError
  ["176-probe-backblaze-docs-native-upload-50x-1.txt", null], // AlterValueError
  ["176-probe-minio-errstoragefull-snippet-1.txt", null], // AlterValueError
  ["176-elevenlabs-500-something-went-wrong-1.txt", { format: "log", status: 500 }],
  ["176-elevenlabs-401-quota-exceeded-log-1.txt", { format: "log", status: 401 }],
  ["176-elevenlabs-js-403-stream-wrapper-1.txt", { format: "log", status: 403 }],
  ["176-stability-400-multipart-log-1.txt", { format: "log", status: 400 }],
  ["176-stability-content-moderation-console-1.txt", null], // AlterValueError
  ["176-deepgram-400-corrupt-audio-string-1.txt", { format: "log", status: 400 }],
  ["176-deepgram-ws-401-python-log-1.txt", { format: "log", status: 401 }],
  ["176-deepgram-dotnet-ws-405-1.txt", { format: "log", status: 405 }],
  ["176-runway-429-daily-task-limit-1.txt", { format: "log", status: 429 }],
  ["176-suno-wrapper-500-upstream-403-1.txt", { format: "log", status: 403 }],
  ["176-midjourney-api-imagine-429-1.txt", { format: "log", status: 429 }],
  ["176-midjourney-proxy-401-access-code-zh-1.txt", { format: "log", status: 401 }],
  ["176-replicate-modelerror-cuda-1.txt", null], // AlterValueError
  ["176-assemblyai-transcripterror-auth-traceback-1.txt", null], // AlterValueError
  ["176-fal-403-user-locked-exhausted-balance-1.txt", { format: "log", status: 403 }],
  ["176-fal-webhook-error-404-payload-1.txt", null], // AlterValueError
  ["176-probe-stability-troubleshooting-guide-page-1.txt", null], // AlterValueError
  ["176-probe-deepgram-common-errors-skill-doc-1.txt", null], // AlterValueError
  ["176-probe-elevenlabs-troubleshooting-doc-1.txt", null], // AlterValueError
  ["176-probe-runway-sdk-test-retries-source-1.txt", null], // AlterValueError
  ["176-probe-suno-wrapper-get-limit-success-1.txt", null], // AlterValueError
  // The hundred-and-seventy-fifth trial's: the six named providers in mobile apps; maps and geocoding APIs; project-management APIs;
  // travel, weather and events APIs.
  ["175-google-flutter-drive-insufficient-scopes-1.txt", { format: "log", status: 403 }],
  ["175-google-android-logcat-403-ipRefererBlocked-1.txt", { format: "log", status: 403 }],
  ["175-google-android-GoogleJsonResponseException-dailyLimitExceededUnreg-1.txt", { format: "log", status: 403 }],
  ["175-google-rn-drive-fetch-response-403-1.txt", { format: "log", status: 403 }],
  ["175-google-expo-drive-insufficientPermissions-object-1.txt", { format: "log", status: 403 }], // read since round 228 (refused before)
  ["175-msgraph-android-GraphServiceException-ErrorAccessDenied-1.txt", null], // AlterValueError
  ["175-msgraph-ios-nserror-500-token-offeractions-1.txt", { format: "log", status: 500 }],
  ["175-dropbox-objc-DropboxAuthError-expired-token-1.txt", { format: "log", status: 401 }],
  ["175-dropbox-swifty-500-request-id-1.txt", { format: "log", status: 500 }],
  ["175-dropbox-swifty-nsurlerror-cancelled-1.txt", { format: "network-text", status: undefined }],
  ["175-openai-flutter-401-no-api-key-1.txt", { format: "log", status: 401 }],
  ["175-openai-kotlin-logcat-rate-limit-body-1.txt", { format: "log", status: 429 }],
  ["175-openai-swift-nsurlerror-401-1.txt", null], // AlterValueError
  ["175-aws-ios-AWSServiceErrorDomain-11-AccessDenied-1.txt", null], // AlterValueError
  ["175-aws-ios-transferutility-code2-no-status-1.txt", null], // AlterValueError
  ["175-aws-android-amplify-StorageException-403-1.txt", { format: "log", status: 403 }],
  ["175-probe-hubspot-ios-sdk-HubspotAPI-source-1.txt", null], // AlterValueError
  ["175-probe-google-drive-limits-doc-1.txt", null], // AlterValueError
  ["175-probe-msgraph-msal-android-exceptions-doc-1.txt", null], // AlterValueError
  ["175-probe-aws-ios-s3-unit-test-mock-error-1.txt", null], // AlterValueError
  ["175-probe-dropbox-swift-callerror-extension-source-1.txt", null], // AlterValueError
  ["175-nominatim-geopy-timeout-1.txt", null], // AlterValueError
  ["175-nominatim-geocoder-403-1.txt", { format: "log", status: 403 }],
  ["175-nominatim-geopy-509-1.txt", { format: "log", status: 509 }],
  ["175-google-over-query-limit-daily-1.txt", { format: "json-body", status: 429 }],
  ["175-google-request-denied-json-1.txt", { format: "json-body", status: 403 }],
  ["175-google-places-referer-denied-1.txt", { format: "json-body", status: 403 }],
  ["175-google-mapsjs-console-request-denied-1.txt", { format: "network-text", status: undefined }],
  ["175-google-routeopt-node-grpc-invalid-1.txt", { format: "json-body", status: 400 }],
  ["175-google-routes-flutter-400-1.txt", { format: "log", status: 400 }],
  ["175-mapbox-node-401-1.txt", { format: "log", status: 401 }],
  ["175-mapbox-py-readtimeout-1.txt", { format: "network-text", status: undefined }],
  ["175-here-unauthorized-json-1.txt", { format: "json-body", status: 401 }],
  ["175-tomtom-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["175-foursquare-401-invalid-auth-1.txt", { format: "log", status: 401 }],
  ["175-foursquare-410-gone-1.txt", { format: "log", status: 410 }],
  ["175-opencage-402-1.txt", { format: "log", status: 402 }],
  ["175-probe-locationiq-errors-doc-1.txt", null], // AlterValueError
  ["175-probe-googlemaps-python-exceptions-source-1.txt", null], // AlterValueError
  ["175-probe-geocodio-exceptions-doc-1.txt", null], // AlterValueError
  ["175-probe-opencage-sdk-guide-1.txt", null], // AlterValueError
  ["175-probe-mapbox-geocoding-success-fixture-1.txt", null], // AlterValueError
  ["175-youtrack-sharp-400-me-entity-1.txt", { format: "log", status: 400 }],
  ["175-youtrack-sharp-unauthorized-no-status-1.txt", null], // AlterValueError
  ["175-youtrack-php-400-create-issue-1.txt", { format: "log", status: 400 }],
  // Read since the hundred-and-ninety-sixth trial (its escaped breaks read back) as the redirect it is, as the same page with its
  // breaks is: a 302 is no error to classify, request-promise's StatusCodeError only refused to follow it.
  ["175-youtrack-node-302-login-redirect-1.txt", { format: "html-page", status: 302 }],
  ["175-jira-python-429-pytest-1.txt", { format: "log", status: 429 }],
  ["175-jira-php-400-field-errors-1.txt", { format: "log", status: 400 }],
  ["175-trello-ruby-rate-limit-no-status-1.txt", null], // AlterValueError
  ["175-trello-py-401-invalid-key-1.txt", { format: "log", status: 401 }],
  ["175-asana-node-invalid-request-no-status-1.txt", null], // AlterValueError
  ["175-notion-js-400-validation-1.txt", { format: "log", status: 400 }],
  ["175-notion-py-path-validation-no-status-1.txt", null], // AlterValueError
  ["175-gitlab-ruby-502-not-responding-1.txt", { format: "log", status: 502 }],
  ["175-gitlab-py-404-create-issue-1.txt", { format: "log", status: 404 }],
  ["175-clickup-obsidian-404-gettoken-1.txt", { format: "log", status: 404 }],
  ["175-monday-py-504-gateway-timeout-1.txt", { format: "log", status: 504 }],
  ["175-linear-403-admin-required-1.txt", { format: "log", status: 403 }],
  ["175-probe-jira-troubleshooting-doc-1.txt", null], // AlterValueError
  ["175-probe-linear-error-categories-doc-1.txt", null], // AlterValueError
  ["175-probe-monday-library-readme-1.txt", null], // AlterValueError
  ["175-probe-python-gitlab-retry-policy-doc-1.txt", null], // AlterValueError
  ["175-probe-youtrack-api-troubleshooting-index-1.txt", null], // AlterValueError
  ["175-amadeus-node-500-origin-not-supported-1.txt", { format: "log", status: 500 }],
  ["175-amadeus-java-400-mandatory-data-missing-1.txt", { format: "log", status: 400 }],
  ["175-amadeus-401-invalid-access-token-body-1.txt", { format: "json-body", status: 401 }],
  ["175-duffel-insufficient-balance-wrapped-1.txt", null], // AlterValueError
  ["175-duffel-422-offer-request-httpx-log-1.txt", { format: "log", status: 422 }],
  ["175-yelp-curl-v-500-invalid-bearer-1.txt", { format: "curl-v", status: 500 }],
  ["175-yelp-guzzle-401-token-missing-1.txt", { format: "log", status: 401 }],
  ["175-yelp-oauth-token-validation-error-1.txt", null], // AlterValueError
  ["175-skyscanner-python-429-traceback-1.txt", { format: "log", status: 429 }],
  ["175-skyscanner-validationerrors-0-per-minute-1.txt", null], // AlterValueError
  ["175-openweathermap-wego-401-json-body-1.txt", { format: "log", status: 401 }],
  ["175-openweathermap-php-exception-invalid-key-1.txt", null], // AlterValueError
  ["175-tomorrowio-requests-401-unauthorized-1.txt", { format: "log", status: 401 }],
  ["175-tomorrowio-ha-debug-403-1.txt", { format: "log", status: 403 }],
  ["175-eventbrite-axios-403-cloudfront-1.txt", { format: "log", status: 403 }],
  ["175-probe-openweathermap-connector-limits-doc-1.txt", null], // AlterValueError
  ["175-probe-tomorrowio-rate-limit-guide-1.txt", null], // AlterValueError
  ["175-probe-eventbrite-rate-limits-notes-1.txt", null], // AlterValueError
  ["175-probe-ticketmaster-rate-limits-page-1.txt", null], // AlterValueError
  ["175-probe-duffel-errors-docs-status-table-1.txt", null], // AlterValueError
  // The hundred-and-seventy-fourth trial's: the six named providers in no-code platforms; web3 APIs; e-signature APIs; HTTP clients.
  ["174-microsoft-powerautomate-graph-401-headers-1.txt", null], // AlterValueError
  ["174-microsoft-n8n-outlook-move-400-1.txt", { format: "log", status: 400 }],
  ["174-microsoft-powerautomate-expired-token-1.txt", null], // AlterValueError
  ["174-google-flutterflow-signin-apiexception10-1.txt", null], // AlterValueError
  ["174-google-n8n-drive-serviceaccount-403-1.txt", null], // AlterValueError
  ["174-google-n8n-oauth-access-denied-1.txt", { format: "log", status: 403 }],
  ["174-google-n8n-drive-upload-403-1.txt", { format: "log", status: 403 }],
  ["174-google-automa-sheets-quota-1.txt", null], // AlterValueError
  ["174-aws-appsmith-s3-invalidaccesskeyid-1.txt", { format: "log", status: 403 }], // refused at first; S3's code beside its own message is read now
  ["174-aws-n8n-ses-unknown-error-1.txt", null], // AlterValueError
  ["174-hubspot-n8n-create-contact-404-1.txt", { format: "log", status: 404 }],
  ["174-dropbox-n8n-credentials-invalid-1.txt", null], // AlterValueError
  ["174-openai-flowise-401-1.txt", { format: "log", status: 401 }],
  ["174-openai-flowise-invalid-model-key-1.txt", { format: "log", status: 401 }],
  ["174-google-appsmith-gsheets-authorize-500-1.txt", { format: "json-body", status: 500 }],
  ["174-infura-go-cli-429-daily-limit-1.txt", { format: "log", status: 429 }],
  ["174-infura-web3py-429-requests-httperror-1.txt", { format: "log", status: 429 }],
  ["174-infura-arduino-raw-403-project-id-required-1.txt", { format: "http", status: 403 }],
  ["174-infura-web3js-invalid-json-rpc-502-1.txt", { format: "log", status: 502 }],
  ["174-alchemy-curl-403-app-inactive-1.txt", { format: "http", status: 403 }],
  ["174-alchemy-op-node-429-cups-log-1.txt", { format: "log", status: 429 }],
  ["174-thegraph-502-cloudflare-html-1.txt", { format: "html-page", status: 502 }],
  ["174-alchemy-ethers5-403-monthly-capacity-1.txt", { format: "log", status: 403 }],
  ["174-alchemy-ethers5-missing-response-econnreset-1.txt", { format: "network-text", status: undefined }],
  ["174-etherscan-python-notok-max-rate-limit-1.txt", null], // AlterValueError
  ["174-etherscan-reth-v1-deprecated-decode-1.txt", null], // AlterValueError
  ["174-quicknode-batch-credits-limited-1.txt", null], // AlterValueError
  ["174-solana-web3js-429-rpcpool-1.txt", { format: "log", status: 429 }],
  ["174-helius-rust-reqwest-429-panic-1.txt", { format: "log", status: 429 }],
  ["174-ankr-viem-403-api-key-not-allowed-1.txt", { format: "log", status: 403 }],
  ["174-blockfrost-403-invalid-project-token-1.txt", { format: "json-body", status: 403 }],
  ["174-docusign-php-serialized-401-1.txt", { format: "log", status: 401 }],
  ["174-docusign-bare-json-user-auth-failed-1.txt", null], // AlterValueError
  ["174-docusign-hourly-limit-exceeded-1.txt", null], // AlterValueError
  ["174-docusign-ruby-jwt-bad-request-1.txt", { format: "log", status: 400 }], // a Ruby class's reason phrase (round 176)
  ["174-docusign-csharp-userinfo-internal-server-error-1.txt", null], // AlterValueError
  ["174-docraptor-php-422-javascript-error-1.txt", { format: "log", status: 422 }],
  ["174-signnow-dotnet-invalid-token-1.txt", null], // AlterValueError
  ["174-cloudconvert-php-unauthenticated-1.txt", null], // AlterValueError
  ["174-cloudconvert-python-unauthenticated-dict-1.txt", null], // AlterValueError
  ["174-cloudconvert-cli-axios-403-1.txt", { format: "log", status: 403 }],
  ["174-cloudconvert-apache-html-500-1.txt", { format: "html-page", status: 500 }],
  ["174-googledocs-export-rclone-403-1.txt", { format: "log", status: 403 }],
  ["174-googledocs-export-nextcloud-guzzle-403-1.txt", { format: "log", status: 403 }],
  // Read since the hundred-and-ninety-eighth trial: a snake-case error code between the status and the message.
  ["174-pandadoc-ruby-400-draft-status-1.txt", { format: "log", status: 400 }],
  ["174-adobesign-permission-denied-1.txt", null], // AlterValueError
  ["174-athenapdf-cloudconvert-no-api-key-1.txt", { format: "log", status: 400 }],
  ["174-cronjob-spring-webclient-429-1.txt", { format: "log", status: 429 }],
  ["174-openai-retrofit-rxjava-429-1.txt", { format: "log", status: 429 }],
  ["174-openai-java-completionexception-429-1.txt", { format: "log", status: 429 }],
  ["174-vip-spring-webclient-401-1.txt", { format: "log", status: 401 }],
  ["174-cloudflare-dns-ktor-403-1.txt", { format: "log", status: 403 }],
  ["174-restsharp-401-function-log-1.txt", { format: "log", status: 401 }],
  ["174-canonn-dotnet-httpclient-429-1.txt", { format: "log", status: 429 }],
  ["174-discord-flurl-429-1.txt", { format: "log", status: 429 }],
  ["174-sumsub-guzzle-401-1.txt", { format: "log", status: 401 }],
  ["174-google-guzzle-psr7-printr-403-1.txt", null], // AlterValueError
  ["174-symfonycasts-guzzle-console-429-1.txt", null], // AlterValueError
  ["174-github-octokit-faraday-403-ratelimit-1.txt", { format: "log", status: 403 }],
  ["174-cloudflare-go-logrus-403-1.txt", { format: "log", status: 403 }],
  ["174-cloudflare-exporter-logrus-nostatus-1.txt", null], // AlterValueError
  ["174-cloudflare-gateway-rust-502-html-1.txt", { format: "html-page", status: 502 }],
  ["174-probe-flutterflow-docs-client-server-errors-1.txt", null], // AlterValueError
  ["174-probe-bubble-support-401-article-1.txt", null], // AlterValueError
  ["174-probe-bubble-forum-api-connector-error-handling-1.txt", null], // AlterValueError
  ["174-probe-objectiflune-m365-graph-throttling-doc-1.txt", null], // AlterValueError
  ["174-probe-n8n-docs-openai-common-issues-pr-1.txt", null], // AlterValueError
  ["174-probe-etherscan-docs-common-errors-1.txt", null], // AlterValueError
  ["174-probe-quicknode-docs-error-references-1.txt", null], // AlterValueError
  ["174-probe-alchemy-docs-error-reference-1.txt", null], // AlterValueError
  ["174-probe-thegraph-indexing-status-success-1.txt", null], // AlterValueError
  ["174-probe-blockfrost-openapi-status-codes-diff-1.txt", null], // AlterValueError
  ["174-probe-docusign-ratelimit-headers-1.txt", null], // AlterValueError
  ["174-probe-adobesign-oauth-refresh-request-1.txt", null], // AlterValueError
  ["174-probe-hellosign-account-success-1.txt", null], // AlterValueError
  ["174-probe-cloudconvert-python-exception-mapping-1.txt", null], // AlterValueError
  ["174-probe-demisto-cloudconvert-ok-codes-1.txt", null], // AlterValueError
  ["174-probe-guzzle-exceptions-docs-1.txt", null], // AlterValueError: docs naming ConnectException as the type Guzzle throws
  ["174-probe-ktor-retry-troubleshooting-docs-1.txt", null], // AlterValueError
  ["174-probe-jenkins-rust-test-source-1.txt", null], // AlterValueError
  ["174-probe-reqpad-422-reference-1.txt", null], // AlterValueError
  ["174-probe-instructorphp-status-codes-docs-1.txt", null], // AlterValueError
  // The hundred-and-seventy-third trial's: the six named providers in chat bots; market-data APIs; open-data APIs; translation APIs.
  ["173-openai-telegram-ratelimit-try-again-20s-1.txt", { format: "log", status: 429 }],
  ["173-openai-telegram-429-insufficient-quota-after-retries-1.txt", { format: "log", status: 429 }],
  ["173-openai-telegram-ratelimiterror-quota-docker-1.txt", { format: "log", status: 429 }],
  ["173-openai-telegram-403-cloudflare-html-1.txt", { format: "log", status: 403 }],
  ["173-openai-telegram-axios-429-1.txt", { format: "log", status: 429 }],
  ["173-openai-discord-429-insufficient-quota-revchatgpt-1.txt", { format: "log", status: 429 }],
  ["173-openai-whatsapp-401-one-liner-1.txt", { format: "log", status: 401 }],
  ["173-openai-whatsapp-invalid-api-key-fragment-1.txt", { format: "log", status: 401 }],
  ["173-msgraph-botframework-401-invalidauthenticationtoken-1.txt", { format: "json-wrapper", status: 401 }],
  ["173-msidentity-botframework-401-expired-client-secret-1.txt", { format: "log", status: 401 }],
  ["173-gemini-discord-400-user-location-1.txt", { format: "log", status: 400 }],
  ["173-gemini-telegram-discord-400-failed-precondition-1.txt", { format: "log", status: 400 }],
  ["173-gemini-telegram-grpc-location-no-http-1.txt", { format: "log", status: 400 }],
  ["173-s3-slackbot-accessdenied-putobject-1.txt", { format: "log", status: 403 }],
  ["173-google-drive-telegram-refresherror-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["173-yfinance-ratelimit-download-log-1.txt", null], // AlterValueError
  ["173-coingecko-429-homeassistant-log-1.txt", { format: "log", status: 429 }],
  ["173-alpaca-py-insufficient-buying-power-1.txt", null], // AlterValueError
  ["173-alpaca-lumibot-orders-rejected-by-user-1.txt", null], // AlterValueError
  ["173-alpaca-websocket-429-lean-log-1.txt", { format: "log", status: 429 }],
  ["173-finnhub-401-python-traceback-1.txt", { format: "log", status: 401 }],
  ["173-finnhub-429-node-response-fields-1.txt", { format: "log", status: 429 }],
  ["173-oanda-v20-400-bad-request-traceback-1.txt", { format: "log", status: 400 }],
  ["173-oanda-v20error-insufficient-authorization-1.txt", null], // AlterValueError
  ["173-coinmarketcap-410-gone-r-output-1.txt", { format: "log", status: 410 }],
  ["173-coinmarketcap-401-invalid-key-python-1.txt", null], // AlterValueError
  ["173-alphavantage-note-ratelimit-body-1.txt", null], // AlterValueError
  ["173-polygon-400-api-key-not-provided-1.txt", { format: "log", status: 400 }],
  ["173-polygon-not-authorized-plan-fragment-1.txt", null], // AlterValueError
  ["173-iexcloud-403-forbidden-traceback-1.txt", { format: "log", status: 403 }],
  ["173-ibkr-webapi-404-client-printout-1.txt", { format: "log", status: 404 }],
  ["173-ncbi-primertree-r-http429-1.txt", { format: "log", status: 429 }],
  ["173-ncbi-eutils-rate-limit-json-body-1.txt", null], // AlterValueError
  ["173-nws-500-unexpected-problem-json-1.txt", { format: "json-body", status: 500 }],
  ["173-nws-503-forecast-grid-expired-json-1.txt", { format: "json-body", status: 503 }],
  ["173-nws-akamai-503-curl-headers-1.txt", { format: "http", status: 503 }],
  ["173-semanticscholar-429-backoff-log-1.txt", { format: "log", status: 429 }],
  ["173-semanticscholar-httpx-429-mcp-1.txt", { format: "log", status: 429 }],
  ["173-arxiv-httperror-429-1.txt", { format: "log", status: 429 }],
  ["173-crossref-429-html-body-1.txt", { format: "html-page", status: 429 }],
  ["173-openalex-429-progress-log-1.txt", { format: "log", status: 429 }],
  ["173-nasa-apod-429-extension-log-1.txt", { format: "log", status: 429 }],
  ["173-census-unknown-variable-valueerror-1.txt", null], // AlterValueError
  ["173-orcid-401-curl-invalid-token-1.txt", { format: "http", status: 401 }],
  ["173-wikimedia-scripted-requests-blocked-1.txt", null], // AlterValueError
  ["173-datagov-ckanapi-302-traceback-1.txt", { format: "html-page", status: 302 }],
  ["173-europeana-apikey-not-registered-json-1.txt", null], // AlterValueError
  ["173-deepl-456-quota-zotero-1.txt", { format: "log", status: 456 }],
  ["173-deepl-429-too-many-requests-pot-1.txt", { format: "log", status: 429 }],
  ["173-google-translate-403-user-rate-limit-1.txt", { format: "log", status: 403 }],
  ["173-google-translate-grpc-resource-exhausted-1.txt", { format: "log", status: 429 }],
  ["173-azure-speech-js-1006-401-1.txt", { format: "log", status: 401 }],
  ["173-azure-speech-4429-throttled-1.txt", null], // AlterValueError
  ["173-azure-translator-401000-attranslate-1.txt", { format: "log", status: 401 }], // (refused before the hundred-and-eighty-third trial: its status stated by the body)
  ["173-aws-transcribe-limitexceeded-boto3-1.txt", { format: "log", status: undefined }],
  ["173-aws-transcribe-throttling-lambda-js-1.txt", { format: "log", status: undefined }],
  ["173-aws-polly-java-403-unrecognizedclient-1.txt", { format: "log", status: 403 }],
  ["173-ibm-watson-python-401-1.txt", { format: "log", status: 401 }],
  ["173-google-speech-400-inline-audio-duration-1.txt", { format: "log", status: 400 }],
  ["173-huggingface-model-loading-1.txt", { format: "json-body", status: 503 }], // read since round 245 (refused before)
  ["173-cohere-401-invalid-api-token-toolkit-1.txt", { format: "log", status: 401 }],
  ["173-speechmatics-403-httpx-cli-1.txt", { format: "log", status: 403 }],
  ["173-google-tts-grpc-permission-denied-api-disabled-1.txt", { format: "log", status: 403 }],
  ["173-probe-teams-bot-rate-limit-docs-1.txt", null], // AlterValueError
  ["173-probe-msgraph-throttling-guidance-docs-1.txt", null], // AlterValueError
  ["173-probe-msgraph-teams-qa-answer-retry-after-1.txt", null], // AlterValueError
  ["173-probe-telegram-bot-pr-changelog-rate-limit-1.txt", null], // AlterValueError
  ["173-probe-telegram-handler-test-source-retryafter-1.txt", null], // AlterValueError
  ["173-probe-coingecko-errors-doc-1.txt", null], // AlterValueError
  ["173-probe-oanda-troubleshooting-doc-1.txt", null], // AlterValueError
  ["173-probe-coinmarketcap-rate-limits-doc-1.txt", null], // AlterValueError
  ["173-probe-yfinance-ratelimit-fix-readme-1.txt", null], // AlterValueError
  ["173-probe-polygon-aggregates-success-elixir-1.txt", null], // AlterValueError
  ["173-probe-openalexr-changelog-retry-1.txt", null], // AlterValueError
  ["173-probe-nws-faq-400-403-1.txt", null], // AlterValueError
  ["173-probe-ncbi-eutils-rate-limit-doc-1.txt", null], // AlterValueError
  ["173-probe-semanticscholar-retry-test-mock-1.txt", null], // AlterValueError
  ["173-probe-crossref-success-work-json-comment-1.txt", null], // AlterValueError
  ["173-probe-deepl-docs-error-handling-1.txt", null], // AlterValueError
  ["173-probe-aws-polly-quotas-docs-1.txt", null], // AlterValueError
  ["173-probe-revai-docs-authentication-1.txt", null], // AlterValueError
  ["173-probe-revai-sdk-unit-test-source-1.txt", null], // AlterValueError
  ["173-probe-azure-translator-detect-success-1.txt", null], // AlterValueError
  // The hundred-and-seventy-second trial's: the six named providers in serverless functions; package registries; media APIs; observability.
  ["172-aws-dynamodb-lambda-throughput-exceeded-1.txt", { format: "log", status: 400 }],
  ["172-hubspot-serverless-axios-401-1.txt", { format: "log", status: 401 }],
  ["172-firestore-cloudfunctions-permission-denied-1.txt", { format: "log", status: 403 }],
  ["172-aws-ses-lambda-message-rejected-1.txt", null], // AlterValueError
  ["172-aws-s3-lambda-node-accessdenied-1.txt", { format: "log", status: undefined }],
  ["172-aws-s3-lambda-python-accessdenied-1.txt", { format: "log", status: 403 }],
  ["172-aws-bedrock-lambda-internalserverexception-1.txt", null], // AlterValueError
  ["172-msgraph-cfworker-expired-token-1.txt", null], // AlterValueError
  ["172-openai-vercel-aisdk-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["172-gemini-cfworker-location-unsupported-1.txt", { format: "log", status: 400 }],
  ["172-firestore-cloudrun-deadline-exceeded-1.txt", { format: "log", status: 504 }],
  ["172-msgraph-azurefunction-webjobs-401-1.txt", { format: "log", status: 401 }],
  ["172-msgraph-azurefunction-subscription-validation-400-1.txt", null], // AlterValueError
  ["172-msgraph-azurefunction-sentinel-403-1.txt", { format: "json-wrapper", status: 400 }],
  ["172-gemini-vertex-cloudrun-429-1.txt", { format: "log", status: 429 }],
  ["172-dropbox-lambda-referenceerror-1.txt", null], // AlterValueError
  ["172-npm-publish-e403-version-exists-1.txt", { format: "log", status: 403 }],
  ["172-npm-install-e429-rate-limited-1.txt", { format: "log", status: 429 }],
  ["172-pypi-twine-400-file-exists-1.txt", { format: "log", status: 400 }],
  ["172-pypi-twine-403-invalid-auth-1.txt", { format: "log", status: 403 }],
  ["172-pypi-pip-503-backend-unhealthy-1.txt", { format: "log", status: 503 }],
  ["172-dockerhub-toomanyrequests-pull-limit-1.txt", { format: "log", status: 429 }],
  ["172-ghcr-buildx-push-403-forbidden-1.txt", { format: "log", status: 403 }],
  ["172-ecr-authorization-token-expired-1.txt", { format: "log", status: 403 }],
  ["172-cratesio-cargo-publish-429-retry-after-date-1.txt", { format: "log", status: 429 }],
  ["172-sonatype-nexus-maven-deploy-401-1.txt", { format: "log", status: 401 }],
  ["172-mavencentral-gradle-429-1.txt", { format: "http", status: 429 }],
  ["172-nuget-push-conflict-already-exists-1.txt", null], // AlterValueError
  ["172-homebrew-bottle-404-1.txt", { format: "network-text", status: 404 }],
  ["172-artifactory-npm-e401-basic-realm-1.txt", { format: "log", status: 401 }],
  ["172-nexus-maven-502-bad-gateway-1.txt", { format: "log", status: 502 }],
  ["172-rubygems-push-repushing-not-allowed-1.txt", null], // AlterValueError
  ["172-mux-php-401-apiexception-1.txt", { format: "log", status: 401 }],
  ["172-mux-sanity-502-wrapping-404-1.txt", { format: "json-body", status: 404 }],
  ["172-cloudinary-node-invalid-image-400-1.txt", { format: "json-body", status: 400 }],
  ["172-cloudinary-payload-apierror-400-1.txt", { format: "log", status: 400 }],
  ["172-cloudinary-rate-limit-try-again-on-1.txt", null], // AlterValueError
  ["172-vonage-opentok-php-403-issued-time-1.txt", { format: "log", status: 403 }],
  ["172-vonage-opentok-node-403-xml-partner-credentials-1.txt", null], // AlterValueError
  ["172-livekit-node-axios-401-listrooms-1.txt", { format: "log", status: 401 }],
  ["172-livekit-go-twirp-unavailable-egress-1.txt", { format: "log", status: 503 }],
  ["172-livekit-python-twirp-503-list-dispatch-1.txt", { format: "log", status: 503 }],
  ["172-livekit-python-twirp-not-found-sip-1.txt", { format: "log", status: 404 }],
  ["172-livekit-kotlin-twirp-bad-route-1.txt", { format: "json-body", status: 404 }],
  ["172-vimeo-node-4011-upload-server-1.txt", null], // AlterValueError
  ["172-agora-web-token-timeout-1.txt", null], // AlterValueError
  ["172-apivideo-node-authentication-failed-1.txt", null], // AlterValueError
  ["172-youtube-live-transition-403-stream-inactive-1.txt", { format: "log", status: 403 }],
  ["172-grafana-loki-promtail-429-ingestion-rate-1.txt", { format: "log", status: 429 }],
  ["172-grafana-loki-tracing-loki-429-no-body-1.txt", { format: "log", status: 429 }],
  ["172-grafana-mimir-alloy-400-out-of-order-1.txt", { format: "log", status: 400 }],
  ["172-grafana-cloud-tempo-otlp-grpc-401-1.txt", { format: "log", status: 401 }],
  ["172-grafana-cloud-prom-push-401-invalid-token-1.txt", { format: "log", status: 401 }],
  ["172-pagerduty-robusta-400-invalid-routing-key-1.txt", { format: "log", status: 400 }],
  ["172-opsgenie-alertmanager-405-method-not-supported-1.txt", { format: "log", status: 405 }],
  ["172-newrelic-elixir-agent-413-empty-body-1.txt", { format: "log", status: 413 }],
  ["172-honeycomb-honeyvent-401-unknown-api-key-1.txt", { format: "log", status: 401 }],
  ["172-splunk-hec-fluentd-503-server-busy-1.txt", { format: "log", status: 503 }],
  ["172-splunk-hec-curl-invalid-token-no-status-1.txt", null], // AlterValueError
  ["172-logzio-winston-401-logging-token-not-valid-1.txt", { format: "log", status: 401 }],
  ["172-betterstack-logtail-js-unauthorized-no-status-1.txt", null], // AlterValueError
  ["172-datadog-otel-exporter-413-logs-too-large-1.txt", { format: "log", status: 413 }],
  ["172-elasticsearch-fluentd-429-rejected-execution-1.txt", { format: "log", status: 429 }],
  ["172-elastic-apm-server-queue-full-bare-body-1.txt", null], // AlterValueError
  ["172-probe-cloudflare-workers-error-code-docs-1.txt", null], // AlterValueError
  ["172-probe-supabase-edge-logs-429-pr-1.txt", null], // AlterValueError
  ["172-probe-dynamodb-throughput-locked-batches-discussion-1.txt", null], // AlterValueError
  ["172-probe-bedrock-lambda-retry-budget-pr-1.txt", null], // AlterValueError
  ["172-probe-firestore-deadline-maintainer-answer-1.txt", null], // AlterValueError
  ["172-probe-sonatype-central-429-faq-1.txt", null], // AlterValueError
  ["172-probe-dockerhub-docs-rate-limit-section-1.txt", null], // AlterValueError
  ["172-probe-twine-skip-upload-source-1.txt", null], // AlterValueError
  ["172-probe-gitlab-cargo-shim-changelog-1.txt", null], // AlterValueError
  ["172-probe-nodejs-dist-200-headers-1.txt", { format: "http", status: 200 }],
  ["172-probe-apivideo-docs-upload-error-map-1.txt", null], // AlterValueError
  ["172-probe-vimeo-rate-limit-policy-text-1.txt", null], // AlterValueError
  ["172-probe-mux-elixir-create-asset-success-1.txt", null], // AlterValueError
  ["172-probe-cloudinary-npm-pr-429-changelog-1.txt", null], // AlterValueError
  ["172-probe-twirp-error-schema-livekit-rpc-1.txt", null], // AlterValueError
  ["172-probe-sumologic-http-source-status-code-table-1.txt", null], // AlterValueError
  ["172-probe-datadog-docs-otlp-403-troubleshooting-diff-1.txt", null], // AlterValueError
  ["172-probe-fluent-bit-pr-splunk-hec-auth-codes-table-1.txt", null], // AlterValueError
  ["172-probe-kibana-opsgenie-simulator-mock-1.txt", null], // AlterValueError
  ["172-probe-otel-splunkhec-receiver-status-table-1.txt", null], // AlterValueError
  // The hundred-and-seventy-first trial's: the six named providers in Kubernetes controllers; messaging APIs; advertising APIs; CRMs.
  ["171-aws-route53-throttling-rancher-external-dns-1.txt", { format: "log", status: 400 }],
  ["171-aws-route53-throttling-external-dns-zone-1.txt", { format: "log", status: 400 }],
  ["171-google-clouddns-403-cert-manager-challenge-1.txt", { format: "log", status: 403 }],
  ["171-google-gcs-403-velero-backup-sync-1.txt", { format: "log", status: 403 }],
  ["171-aws-s3-putobject-403-velero-sdkv2-1.txt", { format: "log", status: 403 }],
  ["171-aws-ec2-createfleet-403-karpenter-json-1.txt", { format: "log", status: 403 }],
  ["171-aws-ec2-createfleet-scp-deny-karpenter-1.txt", null], // AlterValueError
  ["171-aws-autoscaling-throttling-cluster-autoscaler-1.txt", { format: "log", status: 400 }],
  ["171-aws-sts-webidentity-403-alb-controller-1.txt", { format: "log", status: 403 }],
  ["171-aws-sts-webidentity-403-crossplane-sdkv2-1.txt", { format: "log", status: 403 }],
  ["171-aws-ecr-403-token-expired-argocd-1.txt", { format: "log", status: 403 }],
  ["171-openai-401-no-api-key-k8sgpt-1.txt", { format: "log", status: 401 }],
  ["171-azuread-400-identity-not-found-external-dns-1.txt", { format: "log", status: 400 }],
  ["171-msgraph-403-authorization-requestdenied-group-sync-operator-1.txt", { format: "log", status: 403 }],
  ["171-azuread-aadsts50166-workload-identity-1.txt", null], // AlterValueError
  ["171-twilio-python-400-body-required-1.txt", { format: "log", status: 400 }],
  ["171-twilio-ruby-authenticate-requesterror-1.txt", null], // AlterValueError
  ["171-twilio-node-400-invalid-business-country-1.txt", { format: "log", status: 400 }],
  ["171-twilio-debugger-11200-webhook-502-1.txt", null], // AlterValueError
  ["171-vonage-node-504-server-error-1.txt", { format: "json-wrapper", status: 504 }],
  ["171-vonage-ruby-500-html-parseerror-1.txt", { format: "html-page", status: 500 }],
  ["171-nexmo-node-debug-401-number-buy-1.txt", null], // AlterValueError
  ["171-vonage-php-unauthorized-stack-1.txt", null], // AlterValueError
  ["171-infobip-csharp-unauthorized-1.txt", { format: "log", status: 401 }],
  ["171-africastalking-guzzle-401-laravel-log-1.txt", { format: "log", status: 401 }],
  ["171-africastalking-invalidsenderid-1.txt", null], // AlterValueError
  ["171-messagebird-ruby-request-not-found-1.txt", null], // AlterValueError
  ["171-plivo-python-403-calls-create-1.txt", { format: "log", status: 403 }],
  ["171-telnyx-400-40305-invalid-from-log-1.txt", { format: "log", status: 400 }],
  ["171-telnyx-python-resource-not-found-1.txt", { format: "log", status: 404 }], // ResourceNotFoundError, a class named for 404 (round 176)
  ["171-bandwidth-403-forbidden-docs-1.txt", { format: "log", status: 403 }],
  ["171-googleads-adwords-rateexceeded-retry30-1.txt", null], // AlterValueError
  ["171-googleads-php-internal-requestid-1.txt", { format: "log", status: 500 }],
  ["171-googleads-php-user-permission-denied-1.txt", null], // AlterValueError
  ["171-googleads-grpc-resource-exhausted-1.txt", { format: "log", status: 429 }],
  ["171-meta-insights-500-unknown-subcode99-1.txt", { format: "log", status: 500 }],
  ["171-meta-insights-400-summary-param-1.txt", { format: "log", status: 400 }],
  ["171-meta-graph-app-request-limit-bytes-1.txt", null], // AlterValueError
  ["171-msads-oauth-invalid-client-traceback-1.txt", null], // AlterValueError
  ["171-msads-soap-invalidcredentials-1.txt", null], // AlterValueError
  ["171-linkedin-tap-400-log-1.txt", { format: "log", status: 400 }],
  ["171-linkedin-tap-403-traceback-1.txt", { format: "log", status: 403 }],
  ["171-amazonads-401-json-body-1.txt", { format: "json-body", status: 401 }],
  ["171-amazonads-mcp-429-openresty-html-1.txt", { format: "html-page", status: 429 }],
  ["171-ga-v3-403-quota-queries-per-day-1.txt", { format: "log", status: 403 }],
  ["171-cm360-httperror-403-insufficient-scopes-1.txt", { format: "log", status: 403 }],
  ["171-ga-reporting-v4-failed-requests-quota-1.txt", null], // AlterValueError
  ["171-salesforce-nforce-invalid-session-json-1.txt", { format: "json-body", status: 401 }],
  ["171-salesforce-restforce-exceeded-id-limit-1.txt", null], // AlterValueError
  ["171-salesforce-simple-salesforce-malformed-query-ja-1.txt", null], // AlterValueError
  ["171-salesforce-soap-invalid-login-fault-1.txt", null], // AlterValueError
  ["171-zoho-v1-invalid-ticket-id-1.txt", null], // AlterValueError
  ["171-salesforce-oauth-refresh-invalid-grant-body-1.txt", null], // AlterValueError
  ["171-salesforce-jsforce-illegal-session-1.txt", null], // AlterValueError
  ["171-zoho-formie-invalid-data-1.txt", null], // AlterValueError
  ["171-hubspot-ruby-validation-error-body-1.txt", null], // AlterValueError
  ["171-pipedrive-nodejs-400-name-must-be-given-1.txt", { format: "json-wrapper", status: 400 }],
  ["171-dynamics-webapi-aad-token-401-invalid-client-1.txt", { format: "log", status: 401 }],
  ["171-dataverse-xrmtooling-missing-privilege-1.txt", null], // AlterValueError
  ["171-dataverse-flow-missing-create-privilege-1.txt", null], // AlterValueError
  ["171-dynamics-alexacrm-guzzle-401-1.txt", { format: "log", status: 401 }],
  ["171-attio-mcp-400-reference-id-1.txt", { format: "log", status: 400 }],
  ["171-salesforce-swiftlysalesforce-403-1.txt", { format: "log", status: 403 }],
  ["171-probe-aws-route53-throttling-docs-1.txt", null], // AlterValueError
  ["171-probe-aws-irsa-troubleshooting-docs-1.txt", null], // AlterValueError
  ["171-probe-aws-provider-throttling-source-1.txt", null], // AlterValueError
  ["171-probe-external-dns-success-log-1.txt", null], // AlterValueError
  ["171-probe-aws-filters-mermaid-throttling-1.txt", null], // AlterValueError
  ["171-probe-sinch-sms-status-codes-docs-1.txt", null], // AlterValueError
  ["171-probe-plivo-node-pr-429-handling-1.txt", null], // AlterValueError
  ["171-probe-telnyx-200-success-log-1.txt", { format: "log", status: 200 }],
  ["171-probe-infobip-status-codes-docs-1.txt", null], // AlterValueError
  ["171-probe-hackclub-pr-twilio-error-codes-1.txt", null], // AlterValueError
  ["171-probe-googleads-test-handle-rate-exceeded-1.txt", null], // AlterValueError
  ["171-probe-snapchat-tap-error-handling-test-1.txt", null], // AlterValueError
  ["171-probe-tiktok-ads-error-decoder-page-1.txt", null], // AlterValueError
  ["171-probe-linkedin-ads-airbyte-ratelimit-pr-1.txt", null], // AlterValueError
  ["171-probe-composio-googleads-quota-faq-pr-1.txt", null], // AlterValueError
  ["171-probe-close-tests-mock-429-503-1.txt", null], // AlterValueError
  ["171-probe-restforce-issue-template-1.txt", null], // AlterValueError
  ["171-probe-salesforce-create-success-1.txt", null], // AlterValueError
  ["171-probe-dynamics-docs-api-limits-1.txt", null], // AlterValueError
  // The hundred-and-seventieth trial's: the six named providers in notebooks; LLM providers in AI coding assistants; payment
  // gateways in e-commerce plugins; identity providers.
  ["170-google-bigquery-colab-forbidden-information-schema-1.txt", { format: "log", status: 403 }],
  ["170-google-bigquery-jobs-create-forbidden-1.txt", { format: "log", status: 403 }],
  ["170-google-bigquery-drive-credentials-forbidden-1.txt", { format: "log", status: 403 }],
  ["170-google-sheets-429-errorcontent-dict-1.txt", { format: "json-body", status: 429 }],
  ["170-google-drive-pygsheets-ipython-403-api-not-enabled-1.txt", { format: "log", status: 403 }],
  ["170-google-gemini-grpc-resource-exhausted-1.txt", { format: "log", status: 429 }],
  ["170-google-colab-gemini-fetcherror-403-1.txt", null], // AlterValueError
  ["170-openai-colab-ratelimit-insufficient-quota-1.txt", { format: "log", status: 429 }],
  ["170-openai-ratelimit-rpd-try-again-1.txt", { format: "log", status: 429 }],
  ["170-aws-awswrangler-athena-accessdenied-1.txt", { format: "log", status: undefined }],
  ["170-aws-bedrock-notebook-list-foundation-models-accessdenied-1.txt", { format: "log", status: undefined }],
  ["170-aws-bedrock-notebook-cell-no-model-access-1.txt", null], // AlterValueError
  ["170-msgraph-notebook-401-token-expired-1.txt", { format: "log", status: 401 }],
  ["170-msgraph-python-accessdenied-scp-roles-1.txt", null], // AlterValueError
  ["170-hubspot-python-apiexception-401-private-app-1.txt", { format: "log", status: 401 }],
  ["170-dropbox-azure-notebook-proxyerror-403-1.txt", { format: "network-text", status: undefined }],
  ["170-anthropic-cline-529-overloaded-1.txt", { format: "log", status: 529 }],
  ["170-anthropic-cline-429-input-tpm-1.txt", { format: "log", status: 429 }],
  ["170-deepseek-continue-402-insufficient-balance-1.txt", { format: "log", status: 402 }],
  ["170-mistral-continue-401-no-body-1.txt", { format: "log", status: 401 }],
  ["170-xai-continue-403-no-credits-1.txt", { format: "log", status: 403 }],
  ["170-groq-continue-413-request-too-large-tpm-1.txt", { format: "log", status: 413 }],
  ["170-anthropic-zed-log-prompt-too-long-1.txt", null], // AlterValueError
  ["170-copilot-zed-400-max-prompt-tokens-1.txt", { format: "log", status: 400 }],
  ["170-perplexity-lobechat-400-invalid-model-1.txt", { format: "log", status: 400 }],
  ["170-azure-codex-404-deployment-not-found-1.txt", { format: "log", status: 404 }],
  ["170-cohere-librechat-404-notfound-log-1.txt", { format: "log", status: 404 }],
  ["170-anthropic-librechat-400-after-3-attempts-1.txt", { format: "log", status: 400 }],
  ["170-openrouter-forall-402-litellm-retrying-1.txt", { format: "log", status: 402 }],
  ["170-groq-openhands-400-context-length-1.txt", { format: "log", status: 400 }],
  ["170-anthropic-openwebui-pipelines-401-docker-log-1.txt", { format: "log", status: 401 }],
  ["170-azure-copilotcli-transient-429-no-status-1.txt", null], // AlterValueError
  ["170-mollie-prestashop-404-wrong-mode-1.txt", { format: "log", status: 404 }],
  ["170-mollie-prestashop-422-phone-1.txt", { format: "log", status: 422 }],
  ["170-mollie-magento2-403-terminals-1.txt", { format: "log", status: 403 }],
  ["170-adyen-saleor-422-encrypted-expired-1.txt", { format: "json-body", status: 422 }],
  ["170-adyen-magento1-403-not-allowed-1.txt", { format: "log", status: 403 }],
  ["170-checkoutcom-magento2-422-phone-1.txt", { format: "log", status: 422 }],
  ["170-worldpay-magento2-401-raw-http-1.txt", { format: "http", status: 401 }],
  ["170-paypal-shopware-500-refund-1.txt", { format: "log", status: 500 }],
  ["170-paypal-woocommerce-422-compliance-1.txt", null], // AlterValueError
  ["170-square-woocommerce-generic-decline-1.txt", null], // AlterValueError
  ["170-authorizenet-magento-avs-decline-1.txt", null], // AlterValueError
  ["170-authorizenet-magento-html-login-invalid-1.txt", null], // AlterValueError
  ["170-braintree-spree-notfound-1.txt", null], // AlterValueError
  ["170-braintree-magento-authentication-required-1.txt", null], // AlterValueError
  ["170-stripe-medusa-updatepaymentdata-1.txt", null], // AlterValueError
  ["170-stripe-merx-no-such-pi-live-test-1.txt", null], // AlterValueError
  ["170-auth0-grant-type-not-allowed-403-1.txt", { format: "log", status: 403 }],
  ["170-auth0-access-denied-body-1.txt", null], // AlterValueError
  ["170-okta-resourceexception-404-user-1.txt", { format: "log", status: 404 }],
  ["170-okta-authapierror-401-E0000004-1.txt", { format: "json-wrapper", status: 401 }],
  ["170-okta-idx-invalid-client-body-1.txt", null], // AlterValueError
  ["170-keycloak-python-401-unauthorized-client-1.txt", { format: "log", status: 401 }],
  ["170-keycloak-darts-caller-401-invalid-client-1.txt", { format: "log", status: 401 }],
  ["170-cognito-toomanyrequests-aws-sdk-js-1.txt", { format: "log", status: undefined }],
  ["170-firebase-flutter-toomanyrequests-1.txt", null], // AlterValueError
  ["170-firebase-admin-java-403-certs-html-1.txt", { format: "log", status: 403 }],
  ["170-entra-adal-node-400-invalid-grant-1.txt", { format: "log", status: 400 }],
  ["170-entra-msal-net-aadsts54005-1.txt", null], // AlterValueError
  ["170-supabase-email-rate-limit-429-1.txt", { format: "json-body", status: 429 }],
  ["170-supabase-authretryablefetcherror-fetch-failed-1.txt", { format: "network-text", status: undefined }],
  ["170-fusionauth-token-500-exception-1.txt", null], // AlterValueError
  ["170-clerk-500-internal-clerk-error-1.txt", null], // AlterValueError
  ["170-probe-aws-boto3-retries-guide-legacy-mode-1.txt", null], // AlterValueError
  ["170-probe-google-sheets-usage-limits-doc-1.txt", null], // AlterValueError
  ["170-probe-google-gspread-sleepyclient-test-code-1.txt", null], // AlterValueError
  ["170-probe-openai-except-ratelimiterror-snippet-1.txt", null], // AlterValueError
  ["170-probe-dropbox-ocaml-error-type-doc-1.txt", null], // AlterValueError
  ["170-probe-anthropic-529-retry-guide-readme-1.txt", null], // AlterValueError
  ["170-probe-anthropic-mock-fixtures-python-1.txt", null], // AlterValueError
  ["170-probe-anthropic-successful-message-mock-1.txt", null], // AlterValueError
  ["170-probe-aider-rate-limit-error-docs-page-1.txt", null], // AlterValueError
  ["170-probe-groq-429-retry-blog-snippet-1.txt", null], // AlterValueError
  ["170-probe-stripe-woo-retry-code-diff-1.txt", null], // AlterValueError
  ["170-probe-stripe-error-codes-notes-1.txt", null], // AlterValueError
  ["170-probe-stripe-woo-success-debug-log-1.txt", null], // AlterValueError
  ["170-probe-adyen-saleor-test-source-1.txt", null], // AlterValueError
  ["170-probe-stripe-woo-changelog-outages-1.txt", null], // AlterValueError
  ["170-probe-clerk-docs-rate-limits-diff-1.txt", null], // AlterValueError
  ["170-probe-supabase-authjs-retryable-pr-1.txt", null], // AlterValueError
  ["170-probe-clerk-retry-feature-request-1.txt", null], // AlterValueError
  ["170-probe-okta-design-principles-rate-limit-diff-1.txt", null], // AlterValueError
  ["170-probe-pingfederate-session-validation-doc-1.txt", null], // AlterValueError
  // Still misread (a probe of the 165th trial): a write-up of a rate limit already fixed, in Markdown, that quotes the browser console's 429 it saw.
  ["165-probe-elevenlabs-ratelimit-fix-notes-1.txt", { format: "log", status: 429 }],
  // And of the 166th: a blog's table of error categories, its columns run together as text ("Rate limit 429 Too many requests Yes, with backoff").
  ["166-probe-claude-agent-sdk-error-taxonomy-blog-1.txt", { format: "log", status: 429 }],
  // And of the 168th: a feature request's sentence about Dropbox's 429, FCM's docs table of its codes, ReqLLM's docs of the errors it retries.
  ["168-probe-dropbox-sdk-js-retry-feature-request-1.txt", { format: "log", status: 429 }],
  ["168-probe-fcm-errorcode-docs-1.txt", { format: "log", status: 400 }],
  ["168-probe-reqllm-retry-step-docs-1.txt", { format: "network-text", status: undefined }],
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
  // A fixed set, not a random sample, so that a CI run is never the first to meet one: every pair of the four wrappings' settings
  // (CRLF or not, three texts before, three after, a fence or not), each on every paste. The nine pairs of a text before and one
  // after, each with CRLF and a fence chosen so that every pair of those settings with the others occurs, and the one pair the nine
  // leave out (CRLF with a fence). All 36 combinations on each of 4,000 pastes took over three minutes of the unit stage beside the
  // browser tests; a wrapping that reads differently shows in a pair, and every paste meets every pair.
  const befores = ["", "I get this error:\n\n", "$ python sync.py\n"];
  const afters = ["", "\n\nany idea how to fix this?", "\n"];
  const variants = [
    ...befores.flatMap((before, b) => afters.map((after, a) => ({ crlf: (a + b) % 2 === 1, before, after, fence: (b + 2 * a) % 3 === 0 }))),
    { crlf: true, before: befores[1]!, after: afters[2]!, fence: true },
  ];

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
