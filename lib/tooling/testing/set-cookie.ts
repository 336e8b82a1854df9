/** A Set-Cookie header read as a browser would: name, value and attributes (names lower-cased). */
export type SetCookie = { name: string; value: string; attributes: Map<string, string> };

export function parseSetCookie(header: string): SetCookie {
  const [pair, ...attributes] = header.split(";").map((part) => part.trim());
  const at = pair!.indexOf("=");
  return {
    name: pair!.slice(0, at),
    value: pair!.slice(at + 1),
    attributes: new Map(attributes.map((attribute) => {
      const [key, ...rest] = attribute.split("=");
      return [key!.toLowerCase(), rest.join("=")];
    })),
  };
}

/**
 * A response's Set-Cookie headers as a Cookie header to send back, the last of each name winning as in
 * a browser: GET /api/auth/csrf sets the CSRF cookie twice (the proxy's session read, then the route
 * itself), and only the route's matches the token in the body.
 */
export function cookieHeaderOf(response: Response, earlier = ""): string {
  const jar = new Map<string, string>();
  for (const pair of earlier.split("; ").filter(Boolean)) jar.set(pair.slice(0, pair.indexOf("=")), pair);
  for (const cookie of response.headers.getSetCookie().map(parseSetCookie)) {
    if (cookie.value) jar.set(cookie.name, `${cookie.name}=${cookie.value}`);
    else jar.delete(cookie.name);
  }
  return [...jar.values()].join("; ");
}
