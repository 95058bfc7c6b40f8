import * as migration_20261127_070744_initial from './20261127_070744_initial';

export const migrations = [
  {
    up: migration_20261127_070744_initial.up,
    down: migration_20261127_070744_initial.down,
    name: '20261127_070744_initial'
  },
];
