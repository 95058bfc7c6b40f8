import * as migration_20261127_060734_initial from './20261127_060734_initial';

export const migrations = [
  {
    up: migration_20261127_060734_initial.up,
    down: migration_20261127_060734_initial.down,
    name: '20261127_060734_initial'
  },
];
