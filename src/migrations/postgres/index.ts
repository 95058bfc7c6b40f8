import * as migration_20261127_055823_initial from './20261127_055823_initial';

export const migrations = [
  {
    up: migration_20261127_055823_initial.up,
    down: migration_20261127_055823_initial.down,
    name: '20261127_055823_initial'
  },
];
