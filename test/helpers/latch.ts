/**
 * Ordering without timing: a latch the test opens on the event it waits for. It resolves true when
 * opened, or false after `ms` without, so that a wrong order fails the test instead of hanging it.
 */
export function latch(ms = 4000): { open: () => void; opened: Promise<boolean> } {
  let open!: () => void;
  const opened = new Promise<boolean>((resolve) => {
    open = () => resolve(true);
    setTimeout(() => resolve(false), ms).unref();
  });
  return { open, opened };
}
