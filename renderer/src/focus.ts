// Moves focus to the first of these elements that appears within a second: after a dialog or the
// session view closes, the board re-renders from the next event, so the target may not exist yet.
// A button still disabled while its request finishes cannot take focus: wait until it can, and
// until focus has really arrived.
export function focusWhenPresent(ids: string[], timeoutMs = 1500): void {
  const started = Date.now();
  const attempt = () => {
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el && !(el as HTMLButtonElement).disabled) {
        el.focus();
        if (document.activeElement === el) return;
      }
    }
    if (Date.now() - started < timeoutMs) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

export const tileOpenButtonId = (chairId: string) => `open-${chairId}`;
export const tileCheckInButtonId = (chairId: string) => `check-in-${chairId}`;
