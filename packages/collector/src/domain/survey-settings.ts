import { DEFAULT_OPEN_TEXT_THRESHOLD } from '@genbridge/scoring';
import type { SurveyPrivacy } from '@genbridge/schema';
import type { Programme } from '../programme.js';
import { scoringOptions } from './reports.js';

/**
 * What a participant is told about open answers, from the settings the collector scores and
 * serves reports with (so the survey's promise and the report cannot disagree): who may read
 * released reports, k, and the open-text threshold.
 */
export function surveyPrivacy(programme: Programme): SurveyPrivacy {
  const options = scoringOptions(programme);
  return {
    reportAudience: programme.publicReport ? 'public' : 'viewers',
    anonymityThreshold: programme.anonymityThreshold,
    // Every report the collector scores quotes the open answers of groups large enough.
    openTextInReports: true,
    openTextThreshold: options.openTextThreshold ?? DEFAULT_OPEN_TEXT_THRESHOLD,
  };
}
