import { z } from 'zod';

// zod compiles object parsers with `new Function` unless told not to, and the app's Content-Security-Policy
// forbids eval. Schemas read this setting when they are built, so this module is imported before any schema.
z.config({ jitless: true });
