/**
 * The mail-merge file for a batch of invitations: one row per invitation with its personal survey
 * link, and the evaluation arm and mentoring pair it assigns (so the letter for the comparison
 * group, or the one naming a pair, can differ). The token only ever appears inside the link (never
 * a bare cell a spreadsheet might read as a formula), and the file is built in the browser, so it
 * exists only where it is downloaded. Arm and pair are the server's own values: a fixed word and
 * a slug (lower-case letters, digits, "-"), neither of which a spreadsheet reads as a formula.
 */
export function invitationsCsv(
  surveyUrl: string,
  invitations: readonly { id: string; token: string; arm?: string; pairId?: string }[],
): string {
  const rows = invitations.map((i) => {
    const link = new URL(surveyUrl);
    link.searchParams.set('invite', i.token);
    return `${i.id},${link.href},${i.arm ?? ''},${i.pairId ?? ''}`;
  });
  return `invitation,link,arm,pair_id\r\n${rows.join('\r\n')}\r\n`;
}
