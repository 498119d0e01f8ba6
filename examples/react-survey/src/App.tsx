import { useState } from 'react';
import '@genbridge/widget/survey.js';

const LOCALES = { en: 'English', de: 'Deutsch', fr: 'Français' } as const;

/**
 * A React page hosting the exit survey. Without `endpoint` the element only fires events and the
 * host stores the response; here we just show what arrived.
 */
export function App() {
  const [locale, setLocale] = useState<keyof typeof LOCALES>('en');
  const [log, setLog] = useState<string[]>([]);
  const add = (line: string) => setLog((l) => [...l, line]);

  return (
    <main>
      <h1>Reverse mentoring — exit survey</h1>
      <label>
        Language{' '}
        <select
          id="language"
          value={locale}
          onChange={(e) => setLocale(e.target.value as keyof typeof LOCALES)}
        >
          {Object.entries(LOCALES).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <genbridge-survey
        wave="exit"
        programme="rm-2026"
        cohort="spring"
        participant="K7Q2-PX"
        locale={locale}
        ongenbridge-complete={(e) =>
          add(`complete ${e.detail.responseId} (${Object.keys(e.detail.data).length} answers)`)
        }
        ongenbridge-submit-error={(e) => add(`error ${e.detail.reason}: ${e.detail.message}`)}
      />
      <h2>Events</h2>
      <ul id="log">
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </main>
  );
}
