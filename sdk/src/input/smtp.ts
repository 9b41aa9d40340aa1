/**
 * A mail server's SMTP reply is not an HTTP response, though its codes look like statuses:
 * `Net::SMTPServerBusy: 454 Throttling failure: Maximum sending rate exceeded.` (Amazon SES
 * over SMTP). Over SMTP a 4xx reply is temporary and a 5xx one permanent (RFC 5321 section
 * 4.2.1), the opposite of what the same number says over HTTP, so reading it as a status would
 * answer it wrong: it is refused, with the reason.
 *
 * Imported by both server and browser code.
 * @module
 */
import { lineEnd } from "./text.js";

/** An SMTP client's exception, as Ruby, Python, Java, .NET and MailKit name it. */
const SMTP_CLIENT = /\b(?:Net::SMTP[A-Za-z]{0,40}|smtplib\.SMTP[A-Za-z]{0,40}|SMTP[A-Za-z]{0,30}(?:Error|Exception)|Smtp[A-Za-z]{0,30}Exception|(?:javax|jakarta)\.mail\.[A-Za-z]{0,40}Exception)\b/;

/**
 * Whether the status read from `t` is an SMTP reply: one of SMTP's permanent refusals of a message (550 to 554), or any status with an
 * SMTP client's exception printed right before it, on its line (`Net::SMTPServerBusy: 454 ...`, `smtplib.SMTPAuthenticationError: (535, b'...')`).
 *
 * @param t - The text read.
 * @param status - The status a reader read from it.
 */
export function isSmtpReply(t: string, status: number | undefined): boolean {
  if (status === undefined) return false;
  // SMTP's permanent refusals of a message, 550 to 554, are no HTTP status (none is registered, and no provider of the table sends one):
  // Amazon SES's "554 Message rejected: Email address is not verified." pasted alone is its SMTP interface's reply.
  if (status >= 550 && status <= 554) return true;
  const m = SMTP_CLIENT.exec(t);
  if (!m) return false;
  const start = m.index + m[0].length;
  const after = t.slice(start, Math.min(lineEnd(t, start), start + 40));
  return new RegExp(`^[^\\d]{0,12}${status}(?!\\d)`).test(after);
}
