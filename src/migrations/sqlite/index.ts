import * as migration_20261127_070740_initial from './20261127_070740_initial';

export const migrations = [
  {
    up: migration_20261127_070740_initial.up,
    down: migration_20261127_070740_initial.down,
    name: '20261127_070740_initial'
  },
];
