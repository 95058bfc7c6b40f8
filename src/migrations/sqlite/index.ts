import * as migration_20261127_060730_initial from './20261127_060730_initial';

export const migrations = [
  {
    up: migration_20261127_060730_initial.up,
    down: migration_20261127_060730_initial.down,
    name: '20261127_060730_initial'
  },
];
