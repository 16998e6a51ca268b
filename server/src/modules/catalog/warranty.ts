/** The warranty ends `warrantyMonths` after the sale date (a calendar date, kept in UTC). */
export function warrantyEnd(saleDate: string, warrantyMonths: number): Date {
  const [year, month, day] = saleDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 + warrantyMonths, day));
}
