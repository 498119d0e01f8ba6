export interface LoadRequest {
  body: string | Uint8Array;
  contentType?: string;
  id?: string;
}
export interface LoadResult {
  index: number;
  id: string | undefined;
  status: number;
  ms: number;
  error?: string;
}
export function runLoad(
  url: string,
  requests: LoadRequest[],
  options: { concurrency: number; onResult?: (r: LoadResult) => void },
): Promise<LoadResult[]>;
export function quantile(values: number[], q: number): number;
