// The models the components read, provided once by main.tsx (tests build their own).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApiClient } from './api/client.ts';
import { translate, type MessageId } from './i18n.ts';
import type { CalendarModel } from './models/calendar-model.ts';
import type { CaseModel } from './models/case-model.ts';
import type { NavigationModel } from './models/navigation-model.ts';
import type { NoticesModel } from './models/notices-model.ts';
import type { RectificationModel } from './models/rectification-model.ts';
import type { EvaluationModel, LeadersModel } from './models/evaluation-model.ts';
import type { AssessmentsModel } from './models/assessments-model.ts';
import type { AuditModel } from './models/audit-model.ts';
import type { ObjectionsModel } from './models/objections-model.ts';
import type { OverviewModel } from './models/overview-model.ts';
import type { ProsecutorModel } from './models/prosecutor-model.ts';
import type { ReportsModel } from './models/reports-model.ts';
import type { RuleCatalogue } from './models/rule-catalogue.ts';
import type { SessionModel } from './models/session-model.ts';
import type { TrainingRecordsModel } from './models/training-model.ts';
import type { ReadonlySignal } from '@preact/signals';

export interface Models {
  api: ApiClient;
  session: SessionModel;
  nav: NavigationModel;
  catalogue: ReadonlySignal<RuleCatalogue>;
  overview: OverviewModel;
  objections: ObjectionsModel;
  caseDetail: CaseModel;
  prosecutor: ProsecutorModel;
  reports: ReportsModel;
  /** The holiday calendar: years still to load (the header warns), the administrator's editor. */
  calendar: CalendarModel;
  /** 流程监控通知书: the list and issuing one from a case. */
  notices: NoticesModel;
  /** 整改跟踪. */
  rectification: RectificationModel;
  /** 领导干部带头办案 (issue 11). */
  leaders: LeadersModel;
  /** 综合评价 and 检察长考评 (issue 11). */
  evaluation: EvaluationModel;
  /** 社会危险性评估 (issue 11). */
  assessments: AssessmentsModel;
  /** 审计记录 (administrators). */
  audit: AuditModel;
  /** 训练记录 (trainers, supervisors, administrators). */
  training: TrainingRecordsModel;
  /** Polite announcements for screen readers (decisions, downloads). */
  announce: (text: string) => void;
}

export const ModelsContext = createContext<Models | null>(null);

export function useModels(): Models {
  const models = useContext(ModelsContext);
  if (!models) throw new Error('ModelsContext missing');
  return models;
}

/** `t('showAll', { count })` in the session's language; reading the language subscribes the component. */
export function useT(): (id: MessageId, params?: Record<string, string | number>) => string {
  const { session } = useModels();
  const lang = session.lang.value;
  return (id, params) => translate(lang, id, params);
}
