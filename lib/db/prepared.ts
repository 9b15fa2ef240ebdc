import type { Db } from './client';

/**
 * A query built once per database and reused: the hottest reads (every signed-in request's session,
 * 我的办件) skip rebuilding their SQL each time, and on PostgreSQL run as named prepared statements
 * whose plans the server keeps.
 */
export function preparedFor<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const built = new WeakMap<Db, Q>();
  return (db) => {
    let query = built.get(db);
    if (!query) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}
