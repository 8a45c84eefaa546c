// EUR normalisation. Rates follow the ECB convention: units of foreign currency per 1 EUR.
export interface FxRateInput {
  currency: string;
  year: number;
  perEur: number;
}

export function toEur(amount: number, currency: string, rate: FxRateInput | null): number {
  if (currency === "EUR") return amount;
  if (rate === null || rate.currency !== currency) {
    throw new Error(`No ${currency}→EUR rate given for an amount in ${currency}`);
  }
  if (!(rate.perEur > 0)) throw new Error(`Invalid FX rate ${rate.perEur} for ${currency}`);
  return amount / rate.perEur;
}
