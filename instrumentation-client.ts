import { config } from 'zod/v4/core';

// Runs in the browser before the app becomes interactive. zod 4 probes `new Function('')` the first
// time it parses an object, to decide whether to compile fast parsers; under the shop's
// Content-Security-Policy (no 'unsafe-eval') that probe is blocked and reported as a violation.
// The browser's forms are small: parse them without the compiler, so nothing ever asks for eval.
// `config` from zod's core (the one global configuration `z.config` sets), not `z` itself: importing
// `z` here put all of zod into every page's JavaScript, also on pages without a form.
config({ jitless: true });
