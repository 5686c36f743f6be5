// Owned by the menu area; filled in as that area is built.
export const menu = {} as const;
