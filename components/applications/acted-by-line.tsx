/** 由 张伟（儿子）代办: shown wherever an application filed by a relative appears. */
export function ActedByLine({ actedBy }: { actedBy: string | null }) {
  return actedBy ? <span className="acted-by">{actedBy}</span> : null;
}
