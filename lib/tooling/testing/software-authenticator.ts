import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";

/**
 * A software passkey for unit tests: it answers WebAuthn registration and authentication options the
 * way a browser and a platform authenticator would ("none" attestation, ES256, user present and
 * verified), so the server's real @simplewebauthn verification runs against it. The e2e uses
 * Chromium's virtual authenticator instead.
 */
type Cbor = number | string | Uint8Array | Map<Cbor, Cbor>;

function head(major: number, length: number): number[] {
  if (length < 24) return [(major << 5) | length];
  if (length < 256) return [(major << 5) | 24, length];
  return [(major << 5) | 25, length >> 8, length & 255];
}

/** Just enough CBOR (RFC 8949) for an attestation object and a COSE key. */
function cbor(value: Cbor): number[] {
  if (typeof value === "number") return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === "string") return [...head(3, Buffer.byteLength(value)), ...Buffer.from(value)];
  if (value instanceof Uint8Array) return [...head(2, value.length), ...value];
  return [...head(5, value.size), ...[...value].flatMap(([key, item]) => [...cbor(key), ...cbor(item)])];
}

const b64url = (bytes: Uint8Array | string) => Buffer.from(bytes).toString("base64url");
const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest();

export type SoftwarePasskey = {
  credentialId: string;
  register(options: { challenge: string; rp: { id?: string } }, origin: string): Record<string, unknown>;
  authenticate(options: { challenge: string; rpId?: string }, origin: string, userHandle?: string): Record<string, unknown>;
  /** The next signature counter it will report; tests set it back to play a cloned key. */
  counter: number;
};

export function softwarePasskey(): SoftwarePasskey {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const id = randomBytes(16);
  const jwk = (publicKey as KeyObject).export({ format: "jwk" });
  const coseKey = new Map<Cbor, Cbor>([
    [1, 2],
    [3, -7],
    [-1, 1],
    [-2, Buffer.from(jwk.x!, "base64url")],
    [-3, Buffer.from(jwk.y!, "base64url")],
  ]);
  const counterBytes = (n: number) => Buffer.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
  const passkey: SoftwarePasskey = {
    credentialId: b64url(id),
    counter: 1,
    register(options, origin) {
      const clientData = JSON.stringify({ type: "webauthn.create", challenge: options.challenge, origin, crossOrigin: false });
      const authData = Buffer.concat([
        sha256(options.rp.id ?? ""),
        Buffer.from([0x45]), // user present, user verified, attested credential data
        counterBytes(0),
        Buffer.alloc(16),
        Buffer.from([0, id.length]),
        id,
        Buffer.from(cbor(coseKey)),
      ]);
      const attestation = new Map<Cbor, Cbor>([
        ["fmt", "none"],
        ["attStmt", new Map()],
        ["authData", authData],
      ]);
      return {
        id: passkey.credentialId,
        rawId: passkey.credentialId,
        type: "public-key",
        response: { clientDataJSON: b64url(clientData), attestationObject: b64url(Uint8Array.from(cbor(attestation))), transports: ["internal"] },
        clientExtensionResults: {},
        authenticatorAttachment: "platform",
      };
    },
    authenticate(options, origin, userHandle) {
      const clientData = JSON.stringify({ type: "webauthn.get", challenge: options.challenge, origin, crossOrigin: false });
      const authData = Buffer.concat([sha256(options.rpId ?? ""), Buffer.from([0x05]), counterBytes(passkey.counter)]);
      passkey.counter += 1;
      const signature = sign("sha256", Buffer.concat([authData, sha256(clientData)]), privateKey);
      return {
        id: passkey.credentialId,
        rawId: passkey.credentialId,
        type: "public-key",
        response: { clientDataJSON: b64url(clientData), authenticatorData: b64url(authData), signature: b64url(signature), userHandle },
        clientExtensionResults: {},
        authenticatorAttachment: "platform",
      };
    },
  };
  return passkey;
}
