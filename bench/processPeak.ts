/**
 * Peak resident memory of processes the Pulumi CLI starts (e.g. the dynamic-provider host), found
 * by their command line and sampled from `/proc` while a command runs.
 *
 * Why `/proc/<pid>/status` `VmHWM`: it is the kernel's own high-water mark of the process's
 * resident set, so a sample taken any time before the process exits sees its true peak, not
 * just the RSS at the sampling instant. Linux only; elsewhere the figure is reported as -1.
 */
import { readdirSync, readFileSync } from "node:fs";

/** Samples every ~100 ms until `stop()`; returns the highest `VmHWM` seen (MB), -1 if none. */
export function samplePeakMemory(commandLineIncludes: string): { stop(): number } {
  const peaks = new Map<string, number>();
  const sample = () => {
    let pids: string[];
    try {
      pids = readdirSync("/proc").filter((p) => /^\d+$/.test(p));
    } catch {
      return;
    }
    for (const pid of pids) {
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
        if (!cmd.includes(commandLineIncludes)) continue;
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
        if (hwm) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, Number(hwm[1])));
      } catch {
        // the process exited between listing and reading
      }
    }
  };
  const timer = setInterval(sample, 100);
  sample();
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peaks.size ? Math.max(...peaks.values()) / 1024 : -1;
    },
  };
}
