import { useEffect, useState } from "react";

/** `value` once it has stayed the same for `ms` milliseconds: what the user settled on while
 *  typing, for work that can wait until they pause. */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
