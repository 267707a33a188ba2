// Runs in the browser before the app becomes interactive. zod 4 probes `new Function('')` the first
// time it parses an object, to decide whether to compile fast parsers; under the shop's
// Content-Security-Policy (no 'unsafe-eval') that probe is blocked and reported as a violation.
// The browser's forms are small: parse them without the compiler, so nothing ever asks for eval.
//
// This is what `z.config({ jitless: true })` does, written into zod's global configuration object
// (`globalThis.__zod_globalConfig`, which zod adopts when it loads and `z.config` writes to) without
// importing zod: `import { z } from 'zod'` here put all of zod (32 kB compressed) into every page's
// JavaScript, and zod's `config` alone still brought 5 kB of its utilities. Either order of loading
// works: zod keeps an object that is already there, and this merges into one zod already made.
// tests/lib/zod-jitless.test.ts holds the installed zod to it.
const zodGlobal = globalThis as typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };
zodGlobal.__zod_globalConfig = Object.assign(zodGlobal.__zod_globalConfig ?? {}, { jitless: true });

export {};
