import { createStorage } from '../storage/create-storage.js';
import type { Storage } from '../storage/storage.js';
import { loadConfig } from './load-config.js';

/** Opens the storage named by the common flags, runs `use`, and always closes it. */
export async function withStorage<T>(
  values: {
    config?: string | undefined;
    'data-dir'?: string | undefined;
    'database-url'?: string | undefined;
  },
  use: (storage: Storage) => Promise<T>,
): Promise<T> {
  const config = loadConfig(values.config, {
    dataDir: values['data-dir'],
    databaseUrl: values['database-url'],
  });
  const storage = await createStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await use(storage);
  } finally {
    await storage.close();
  }
}
