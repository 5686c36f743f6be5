// Owned by the units area; filled in as that area is built.
export const units = {} as const;
