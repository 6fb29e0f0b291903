/**
 * The device's IndexedDB, without a library: five stores and promise wrappers. Writes that
 * acknowledge something to the worker ("saved on this device") ask for strict durability, so the
 * browser flushes them to disk before it says the transaction completed.
 */
export const dbName = 'homeward-outreach';
export type StoreName = 'meta' | 'outbox' | 'people' | 'hints' | 'photos';

let opened: Promise<IDBDatabase> | undefined;

export function openDb(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(dbName, 2);
    req.onupgradeneeded = (event) => {
      const db = req.result;
      if (event.oldVersion < 1) {
        db.createObjectStore('meta');
        db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
        db.createObjectStore('people', { keyPath: 'reference' });
        db.createObjectStore('hints');
      }
      // Version 2: document photos, each tied to the outbox item of its registration.
      if (event.oldVersion < 2) db.createObjectStore('photos', { keyPath: 'id' });
    };
    req.onsuccess = () => {
      // Another tab deleting the database (a wipe) must not wait for this one.
      req.result.onversionchange = () => {
        req.result.close();
        opened = undefined;
      };
      resolve(req.result);
    };
    req.onerror = () => reject(req.error);
  });
  return opened;
}

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });

const result = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/** A write transaction over some stores, committed durably; `fn` queues its requests synchronously. */
export async function write(stores: StoreName[], fn: (tx: IDBTransaction) => void): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
  fn(tx);
  await done(tx);
}

export async function get<T>(store: StoreName, key: IDBValidKey): Promise<T | undefined> {
  const db = await openDb();
  return result(db.transaction(store).objectStore(store).get(key)) as Promise<T | undefined>;
}

export async function all<T>(store: StoreName): Promise<T[]> {
  const db = await openDb();
  return result(db.transaction(store).objectStore(store).getAll()) as Promise<T[]>;
}

export const put = (store: StoreName, value: unknown, key?: IDBValidKey) => write([store], (tx) => tx.objectStore(store).put(value, key));

/** Erases everything on the device: the database goes whole, keys included. */
export async function destroy(): Promise<void> {
  const db = await opened?.catch(() => undefined);
  db?.close();
  opened = undefined;
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(dbName);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => resolve();
  });
}
