import { defaultInstrumentSource } from './default-instrument-source.js';
import type { Instrument } from './instrument.js';
import { parseInstrument } from './parse-instrument.js';

/**
 * `genbridge-core` 1.0.0: the default Genbridge instrument. Two headline constructs
 * (`digital_confidence`, `intergenerational_understanding`, 7 items each) and three secondary ones
 * (`inclusion_voice`, `mutual_learning`, `career_engagement`), rated on a 5-point agreement scale,
 * in English, German and French. Parsed when this module loads, so a typo fails on import (the
 * schema tests import it) rather than in a participant's browser; the browser survey imports it
 * only when it builds a Genbridge survey, never for plain SurveyJS JSON.
 */
export const defaultInstrument: Instrument = parseInstrument(defaultInstrumentSource);
