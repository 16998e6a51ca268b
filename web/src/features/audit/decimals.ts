/** One decimal, as a score or a mean rating is read (for useFormat().number). */
export const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;
