/**
 * The mail-merge file for a batch of invitations: one row per invitation with its personal survey
 * link. The token only ever appears inside the link (never a bare cell a spreadsheet might read as
 * a formula), and the file is built in the browser, so it exists only where it is downloaded.
 */
export function invitationsCsv(
  surveyUrl: string,
  invitations: readonly { id: string; token: string }[],
): string {
  const rows = invitations.map((i) => {
    const link = new URL(surveyUrl);
    link.searchParams.set('invite', i.token);
    return `${i.id},${link.href}`;
  });
  return `invitation,link\r\n${rows.join('\r\n')}\r\n`;
}
