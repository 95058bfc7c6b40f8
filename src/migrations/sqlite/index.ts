import * as migration_20261127_070740_initial from './20261127_070740_initial';
import * as migration_20261130_165531_review_gate_admin_clinical_accounts from './20261130_165531_review_gate_admin_clinical_accounts';
import * as migration_20261130_200731_confirmations_event_titles from './20261130_200731_confirmations_event_titles';
import * as migration_20261130_230024_string_ids from './20261130_230024_string_ids';

export const migrations = [
  {
    up: migration_20261127_070740_initial.up,
    down: migration_20261127_070740_initial.down,
    name: '20261127_070740_initial',
  },
  {
    up: migration_20261130_165531_review_gate_admin_clinical_accounts.up,
    down: migration_20261130_165531_review_gate_admin_clinical_accounts.down,
    name: '20261130_165531_review_gate_admin_clinical_accounts',
  },
  {
    up: migration_20261130_200731_confirmations_event_titles.up,
    down: migration_20261130_200731_confirmations_event_titles.down,
    name: '20261130_200731_confirmations_event_titles',
  },
  {
    up: migration_20261130_230024_string_ids.up,
    down: migration_20261130_230024_string_ids.down,
    name: '20261130_230024_string_ids'
  },
];
