import * as migration_20261127_070744_initial from './20261127_070744_initial';
import * as migration_20261130_161137_clinical_safety from './20261130_161137_clinical_safety';
import * as migration_20261130_162106_review_notifications from './20261130_162106_review_notifications';

export const migrations = [
  {
    up: migration_20261127_070744_initial.up,
    down: migration_20261127_070744_initial.down,
    name: '20261127_070744_initial',
  },
  {
    up: migration_20261130_161137_clinical_safety.up,
    down: migration_20261130_161137_clinical_safety.down,
    name: '20261130_161137_clinical_safety',
  },
  {
    up: migration_20261130_162106_review_notifications.up,
    down: migration_20261130_162106_review_notifications.down,
    name: '20261130_162106_review_notifications'
  },
];
