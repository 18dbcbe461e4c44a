let counter = 0;

/** Element ids unique to one widget instance, so two widgets on a page never share a label or description. */
export function createIds(prefix = `latch-${++counter}`) {
  return {
    title: `${prefix}-title`,
    subtitle: `${prefix}-subtitle`,
    alert: `${prefix}-alert`,
    field: (name: string) => `${prefix}-${name}`,
    fieldError: (name: string) => `${prefix}-${name}-error`,
  };
}

export type Ids = ReturnType<typeof createIds>;
