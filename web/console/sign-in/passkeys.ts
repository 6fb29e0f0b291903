import { factors, session } from '../../ui/api/endpoints.js';

/**
 * Passkey ceremonies: the server's challenge goes to the browser's WebAuthn prompt and the signed
 * answer back. The library only translates between WebAuthn's buffers and the JSON the API takes;
 * loaded on demand, as most sign-ins use a code.
 */
export async function signInWithPasskey() {
  const [{ startAuthentication }, options] = await Promise.all([import('@simplewebauthn/browser'), session.passkeyOptions()]);
  return session.passkey(await startAuthentication({ optionsJSON: options.body }));
}

/** `label`: the name the user gives it (a passkey added from My account); the server names a first one. */
export async function enrolPasskey(label?: string) {
  const [{ startRegistration }, options] = await Promise.all([import('@simplewebauthn/browser'), factors.passkeyOptions()]);
  return factors.registerPasskey(await startRegistration({ optionsJSON: options.body }), label);
}
