import { afterNextRender, ElementRef, Injector } from '@angular/core';

/** After an item is added: once it is drawn, the cursor goes to the first field of the last item, so typing can start at once. */
export function focusLastItem(host: ElementRef<HTMLElement>, injector: Injector): void {
  afterNextRender(
    () => {
      const fields = host.nativeElement.querySelectorAll<HTMLElement>('.item:last-of-type [data-first-field]');
      fields[fields.length - 1]?.focus();
    },
    { injector },
  );
}
