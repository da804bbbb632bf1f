/** A dialog's onCloseAutoFocus that sends focus back to `target` (when it was opened from a menu, not a trigger). */
export function returnFocus(target?: React.RefObject<HTMLElement | null>) {
  if (!target) return undefined;
  return (event: Event) => {
    event.preventDefault();
    target.current?.focus();
  };
}
