/**
 * The JobSchedule's provider as a module: `require("pulumi-azure-batch/dynamic/jobSchedule")` is what state holds as
 * `__provider` when the package is installed under `node_modules` (see `../core/moduleProvider.ts`).
 * Loading it loads nothing else of the provider; the implementation (`./index.ts`) is required on
 * the first call.
 */
import { lazyProvider } from "../core/moduleProvider";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on the first call, by design
export = lazyProvider(() => require("./index"));
