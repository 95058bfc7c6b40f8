import * as migration_20261127_070744_initial from './20261127_070744_initial';
import * as migration_20261130_165541_review_gate_admin_clinical_accounts from './20261130_165541_review_gate_admin_clinical_accounts';
import * as migration_20261130_200747_confirmations_event_titles from './20261130_200747_confirmations_event_titles';
import * as migration_20261130_230041_string_ids from './20261130_230041_string_ids';

export const migrations = [
  {
    up: migration_20261127_070744_initial.up,
    down: migration_20261127_070744_initial.down,
    name: '20261127_070744_initial',
  },
  {
    up: migration_20261130_165541_review_gate_admin_clinical_accounts.up,
    down: migration_20261130_165541_review_gate_admin_clinical_accounts.down,
    name: '20261130_165541_review_gate_admin_clinical_accounts',
  },
  {
    up: migration_20261130_200747_confirmations_event_titles.up,
    down: migration_20261130_200747_confirmations_event_titles.down,
    name: '20261130_200747_confirmations_event_titles',
  },
  {
    up: migration_20261130_230041_string_ids.up,
    down: migration_20261130_230041_string_ids.down,
    name: '20261130_230041_string_ids'
  },
];
