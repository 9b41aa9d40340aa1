// The few web-platform globals the SDK uses, present in Node 18+ and every browser.
// Declared here rather than pulling in lib "dom", so that no other DOM API slips into the
// mapper, which must stay pure.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
declare function atob(data: string): string;
declare class URL {
  constructor(url: string, base?: string);
  readonly origin: string;
}
