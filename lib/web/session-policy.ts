/** Sessions end 8 hours after sign-in, however active the reviewer is (an absolute cap). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export function isSessionExpired(authTime: number | undefined, now = Date.now()): boolean {
  return typeof authTime !== "number" || now - authTime > SESSION_MAX_AGE_SECONDS * 1000;
}
