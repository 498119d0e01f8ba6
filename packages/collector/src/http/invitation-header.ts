/** `Authorization: Invitation <token>` → the token; undefined when the header is absent or another scheme. */
export function invitationToken(header: string | undefined): string | undefined {
  const match = /^Invitation\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
