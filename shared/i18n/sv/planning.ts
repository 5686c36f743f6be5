// Owned by the planning area; filled in as that area is built.
export const planning = {} as const;
