// 15-digit 工商注册号 (GS 15-2006): the last digit is an ISO 7064 MOD 11,10 check digit
// (GB/T 17710-1999; icp-research §3.3).

const FIFTEEN_DIGITS_RE = /^\d{15}$/;

/** ISO 7064 MOD 11,10 check digit of a string of digits. */
export function mod11_10CheckDigit(digits: string): number {
  let p = 10;
  for (let i = 0; i < digits.length; i++) {
    let s = (p + digits.charCodeAt(i) - 48) % 10;
    if (s === 0) s = 10;
    p = (2 * s) % 11;
  }
  return (11 - p) % 10;
}

export function isValidRegistrationNumber(value: string): boolean {
  return FIFTEEN_DIGITS_RE.test(value) && mod11_10CheckDigit(value.slice(0, 14)) === value.charCodeAt(14) - 48;
}
