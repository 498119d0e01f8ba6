// Teaches TypeScript's JSX about <genbridge-survey>. React 19 sets known element properties as
// properties (so `instrument` can be an object) and turns `on<event-name>` into addEventListener.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  GenbridgeCompleteDetail,
  GenbridgeSubmitErrorDetail,
  GenbridgeSubmittedDetail,
  GenbridgeSurvey,
} from '@genbridge/widget/survey.js';

type SurveyProps = DetailedHTMLProps<HTMLAttributes<GenbridgeSurvey>, GenbridgeSurvey> & {
  wave?: 'baseline' | 'exit';
  programme: string;
  cohort?: string;
  participant?: string;
  endpoint?: string;
  locale?: string;
  instrument?: GenbridgeSurvey['instrument'];
  'ongenbridge-complete'?: (e: CustomEvent<GenbridgeCompleteDetail>) => void;
  'ongenbridge-submitted'?: (e: CustomEvent<GenbridgeSubmittedDetail>) => void;
  'ongenbridge-submit-error'?: (e: CustomEvent<GenbridgeSubmitErrorDetail>) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'genbridge-survey': SurveyProps;
    }
  }
}
