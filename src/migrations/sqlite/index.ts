import * as migration_20261127_055817_initial from './20261127_055817_initial';

export const migrations = [
  {
    up: migration_20261127_055817_initial.up,
    down: migration_20261127_055817_initial.down,
    name: '20261127_055817_initial'
  },
];
