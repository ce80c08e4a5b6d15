import type { OperationRunner } from "./operations/common";
import type { OperationSpec } from "./pipeline/types";

/** One page of a Batch list response. */
interface ListPage<T> {
  value?: T[];
  "odata.nextLink"?: string;
}

/**
 * Iterates every item of a Batch list, following `odata.nextLink` as given by the service (the
 * pipeline still adds api-version if the link lacks it, and signs every page).
 */
export async function* paginate<T>(runner: OperationRunner, first: OperationSpec): AsyncGenerator<T> {
  let spec: OperationSpec | undefined = first;
  while (spec) {
    const page: ListPage<T> = (await runner.call<ListPage<T>>(spec, [200])).body ?? {};
    for (const item of page.value ?? []) yield item;
    const next = page["odata.nextLink"];
    // The next link already carries the filter/select/maxresults of the first request.
    spec = next ? { ...first, url: next, query: undefined } : undefined;
  }
}
