/**
 * Placeholder quickstart (issue 2, foundation): proves the root Pulumi.yaml runs through the pinned
 * CLI and our language host. The lead replaces it with the real Pool / JobSchedule / Certificate
 * quickstart against the emulator.
 */
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();

/** What the placeholder reports; the real quickstart exports the Batch resources' outputs. */
export const placeholder = config.get("message") ?? "pulumi-azure-batch quickstart placeholder";
