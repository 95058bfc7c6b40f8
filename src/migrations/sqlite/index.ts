import * as migration_20261127_070740_initial from './20261127_070740_initial';
import * as migration_20261130_161111_clinical_safety from './20261130_161111_clinical_safety';
import * as migration_20261130_162055_review_notifications from './20261130_162055_review_notifications';

export const migrations = [
  {
    up: migration_20261127_070740_initial.up,
    down: migration_20261127_070740_initial.down,
    name: '20261127_070740_initial',
  },
  {
    up: migration_20261130_161111_clinical_safety.up,
    down: migration_20261130_161111_clinical_safety.down,
    name: '20261130_161111_clinical_safety',
  },
  {
    up: migration_20261130_162055_review_notifications.up,
    down: migration_20261130_162055_review_notifications.down,
    name: '20261130_162055_review_notifications'
  },
];
