import { z } from 'zod';

// Runs in the browser before the app becomes interactive. zod 4 probes `new Function('')` the first
// time it parses an object, to decide whether to compile fast parsers; under the shop's
// Content-Security-Policy (no 'unsafe-eval') that probe is blocked and reported as a violation.
// The browser's forms are small: parse them without the compiler, so nothing ever asks for eval.
z.config({ jitless: true });
