/**
 * The Pool's entry point for the serialized shim: `require("pulumi-azure-batch/pool")` (package.json
 * `exports`) is the implementation's `configure` itself. The shim's text is stored twice per
 * resource in state, so it calls this module directly instead of `require(".../provider/pool").configure`
 * (19 bytes per copy less). See `../core/shim.ts`.
 */
import { configure } from "./index";

export = configure;
