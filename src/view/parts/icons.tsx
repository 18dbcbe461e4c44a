// Inline SVG icons: no icon font, no external request, nothing a strict CSP would block.
const common = {
  width: 20,
  height: 20,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': 2,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
  'aria-hidden': 'true',
  focusable: 'false',
} as const;

export const CloseIcon = () => (
  <svg {...common}>
    <path d="M18 6 6 18M6 6l12 12" />
  </svg>
);

export const EyeIcon = () => (
  <svg {...common}>
    <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12Z" />
    <circle cx="12" cy="12" r="3" />
  </svg>
);

export const EyeOffIcon = () => (
  <svg {...common}>
    <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12Z" />
    <circle cx="12" cy="12" r="3" />
    <path d="M3 3l18 18" />
  </svg>
);

export const BackIcon = () => (
  <svg {...common} data-part="icon-back">
    <path d="M15 18l-6-6 6-6" />
  </svg>
);

export const ArrowIcon = () => (
  <svg {...common} data-part="icon-submit">
    <path d="M5 12h14M13 6l6 6-6 6" />
  </svg>
);

/** The arrow of a select, drawn over its right end (the select itself has no native look, so it matches the inputs). */
export const ChevronIcon = () => (
  <svg {...common} data-part="chevron">
    <path d="m6 9 6 6 6-6" />
  </svg>
);
