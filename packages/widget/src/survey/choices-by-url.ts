/**
 * `choicesByUrl` transport for survey-core (`survey.webProvider`): same-origin GET only. A survey
 * JSON is content, not code: it must not make the participant's browser call other sites (with
 * their cookies) or leak answers piped into the URL (`{q1}`). The page's CSP `connect-src` still
 * applies on top. survey-core turns a non-200 status into the question's load error.
 */
export const sameOriginChoices = {
  sendRequest(
    request: { url: string },
    done: (res: { status: number; statusText?: string; response?: unknown }) => void,
  ): void {
    let target: URL;
    try {
      target = new URL(request.url, document.baseURI);
    } catch {
      done({ status: 400, statusText: 'invalid choicesByUrl' });
      return;
    }
    if (target.origin !== location.origin) {
      console.warn(
        `<genbridge-survey>: choicesByUrl must be on this site's origin; refused ${target.origin}`,
      );
      done({ status: 403, statusText: 'cross-origin choicesByUrl refused' });
      return;
    }
    fetch(target, { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(async (r) =>
        done({ status: r.status, statusText: r.statusText, response: r.ok ? await r.text() : '' }),
      )
      .catch((err: unknown) => done({ status: 0, statusText: String(err) }));
  },
};
