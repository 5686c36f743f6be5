// Owned by the setup area; filled in as that area is built.
export const setup = {} as const;
