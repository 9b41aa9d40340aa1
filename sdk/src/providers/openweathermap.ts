/**
 * OpenWeatherMap (OpenWeather's API at api.openweathermap.org): an error is `{"cod": 401, "message": "..."}`, `cod` the status
 * again (a number or a string), and its messages link its own pages: 401 "Invalid API key. Please see
 * https://openweathermap.org/faq#error401 for more info.", 429 "Your account is temporary blocked due to exceeding of requests
 * limitation of your subscription type. Please choose the proper subscription http://openweathermap.org/price". Those links name
 * it. The generic rules answer both: the 401 is a key to replace, and the 429 (a plan's allowance spent, not a rate a backoff of
 * seconds outlasts) not retryable. So it has no signal of its own. No request id is documented or sent.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

/** The pages its error messages link: the FAQ's entry for the error, or its price list. */
const OWM_LINK = /https?:\/\/openweathermap\.org\/(?:faq#error\d{3}\b|price\b)/;

export const openweathermap = provider({
  id: "openweathermap",
  name: "OpenWeatherMap",
  aliases: ["openweather"],
  // api.openweathermap.org (the free and the paid APIs), pro.openweathermap.org, history.openweathermap.org, tile.openweathermap.org.
  hosts: ["openweathermap.org"],
  // pyowm (`pyowm.commons.exceptions.UnauthorizedError`), open-weather-ruby-client (module `OpenWeather`:
  // `OpenWeather::Errors::Fault`; gem directory `open-weather-ruby-client`).
  clients: { packages: ["pyowm", "OpenWeather", "open-weather-ruby-client"], classes: [] },
  fingerprints: { body: said("message", { matches: OWM_LINK }) },
  message: ["message"],
  signals: {},
});

export const openweathermapDocs: ProviderDocs<typeof openweathermap> = {
  docs: [
    { title: "FAQ (error 401, error 429)", url: "https://openweathermap.org/faq" },
    { title: "Pricing (calls per minute and per month by plan)", url: "https://openweathermap.org/price" },
    { title: "API", url: "https://openweathermap.org/api" },
  ],
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401"],
      note: "A missing or wrong API key (`appid`) gets 401 \"Invalid API key. Please see https://openweathermap.org/faq#error401 for more info.\". A free key gets the same 401 from an API its plan does not include (One Call API 3.0 has a subscription of its own), and a new key is not active at once.",
    },
    rateLimit: {
      rules: ["provider.429.credits-spent"],
      note: "Over its subscription's calls, a key's account gets 429 \"Your account is temporary blocked due to exceeding of requests limitation of your subscription type. Please choose the proper subscription http://openweathermap.org/price\" (`cod` 429). The generic rule reads it as an allowance spent: not retried in seconds; slow the calls down, wait, or change the subscription.",
    },
    notRetryable: {
      rules: ["provider.429.credits-spent"],
      note: "The 429 above blocks the account, not one call: a backoff of seconds meets it again.",
    },
  },
  notes: [
    "`cod` repeats the status, as a number (`401`) or a string (`\"404\"`); a client that prints only the body (`{\"cod\":\"404\",\"message\":\"city not found\"}`) still says it.",
    "No request id is documented or sent.",
  ],
  signals: {},
};
