// Must be evaluated before any zod schema is built (main.tsx imports it first). The api's CSP has no
// 'unsafe-eval'; zod's JIT probes `new Function` while building object schemas, which the browser
// reports as a CSP violation. Jitless parsing is plenty fast for a few forms.
import { config } from "zod";

config({ jitless: true });
