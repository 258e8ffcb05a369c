/** UI words for data values. */
import type { ClauseKind, UnitRole } from './schema.ts';

export const CLAUSE_KIND_LABELS: Record<ClauseKind, string> = { task: '任务', goal: '目标', requirement: '要求' };

export const UNIT_ROLE_LABELS: Record<UnitRole, string> = { lead: '牵头', responsible: '责任' };
