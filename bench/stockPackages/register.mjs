/** `--import ./bench/stockPackages/register.mjs`: installs hooks.mjs (the unpatched packages). */
import { register } from 'node:module'

register('./hooks.mjs', import.meta.url)
