/** Bounds on what the app accepts, shared by the schemas, the domain rules and the forms. */
export const LIMITS = {
  nameMax: 80,
  /** A unit's place (plats), e.g. "Konferensrummet, Storgatan 4". */
  placeMax: 120,
  emailMax: 254,
  textMax: 500,
  durationMin: 5,
  durationMax: 240,
  intervalWeeksMin: 2,
  intervalWeeksMax: 26,
  planRangeMaxDays: 800,
  /** The statistics' period: up to about two years, as a follow-up covers. */
  statisticsRangeMaxDays: 800,
  noteMax: 4000,
  caseReferenceMax: 40,
  importTextMax: 200_000,
  importRowsMax: 500,
  attendeesMax: 100,
  /** 100 000 kr: far above any real rate, low enough to catch a typo of extra zeros. */
  rateMaxOre: 10_000_000,
  pathMax: 400,
  auditPageMax: 500,
} as const;
