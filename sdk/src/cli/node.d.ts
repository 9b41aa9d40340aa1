// The few Node APIs the `alter-sdk` command uses, declared by hand. The SDK compiles with
// `types: []` (no @types/node) so that no Node API can slip into the modules the browser
// bundles; the command, which only Node runs, declares here exactly what it calls.
// (Names are prefixed so that they never clash with @types/node where both are loaded.)

declare module "node:util" {
  interface AlterCliParseArgsOption {
    type: "string" | "boolean";
    short?: string;
    multiple?: boolean;
  }
  type AlterCliParseArgsToken =
    | { kind: "option"; name: string; rawName: string; index: number; value: string | undefined; inlineValue: boolean | undefined }
    | { kind: "positional"; index: number; value: string }
    | { kind: "option-terminator"; index: number };
  export function parseArgs(config: {
    args: string[];
    options: Record<string, AlterCliParseArgsOption>;
    strict: boolean;
    allowPositionals: boolean;
    tokens: true;
  }): {
    values: Record<string, string | boolean | undefined>;
    positionals: string[];
    tokens: AlterCliParseArgsToken[];
  };
}

declare module "node:fs" {
  export function openSync(path: string, flags: string): number;
  export function fstatSync(fd: number): { isDirectory(): boolean; size: number };
  export function readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number;
  export function closeSync(fd: number): void;
  export function readFileSync(path: URL, encoding: "utf8"): string;
}

interface ImportMeta {
  url: string;
}
