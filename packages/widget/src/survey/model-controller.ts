import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Base, SurveyModel } from 'survey-core';

/**
 * Keeps the host in step with a survey-core model. The model notifies per object and per property
 * (one answer fires `value`, `isAnswered`, `errors`, …); we listen on the survey, its pages and its
 * questions and fold every burst into one `requestUpdate` per microtask.
 */
export class SurveyModelController implements ReactiveController {
  private current: SurveyModel | undefined;
  private watched: Base[] = [];
  private queued = false;
  private connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get model(): SurveyModel | undefined {
    return this.current;
  }

  set model(model: SurveyModel | undefined) {
    if (model === this.current) return;
    this.unwatch();
    this.current = model;
    if (this.connected) this.watch();
    this.changed();
  }

  hostConnected(): void {
    this.connected = true;
    this.watch();
    // The model may have changed while we were detached (e.g. moved in the DOM by a framework).
    if (this.current) this.changed();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unwatch();
  }

  private readonly changed = (): void => {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.host.requestUpdate();
    });
  };

  private watch(): void {
    const m = this.current;
    if (!m || this.watched.length > 0) return;
    // Pages and questions (including invisible ones: visibleIf can show them later) are created once
    // per model, so subscribing up front is enough.
    this.watched = [m, ...m.pages, ...m.getAllQuestions(false)];
    for (const obj of this.watched) {
      obj.addOnPropertyValueChangedCallback(this.changed);
      obj.addOnArrayChangedCallback(this.changed);
    }
    m.onLocaleChangedEvent.add(this.changed);
    m.onValueChanged.add(this.changed);
  }

  private unwatch(): void {
    for (const obj of this.watched) {
      obj.removeOnPropertyValueChangedCallback(this.changed);
      obj.removeOnArrayChangedCallback(this.changed);
    }
    this.watched = [];
    this.current?.onLocaleChangedEvent.remove(this.changed);
    this.current?.onValueChanged.remove(this.changed);
  }
}
