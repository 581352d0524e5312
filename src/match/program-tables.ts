// The per-program tables of data/programs.json (`programs`: how a program reads its words; `touch`:
// what they touch) and data/program-hazards.json (`programs`: options that run code or act
// elsewhere), one instance each for every module that reads them, each entry made on first use
// (./lazy-table.ts). Each reader declares the fields it reads.
import hazardData from '../../data/program-hazards.json';
import programData from '../../data/programs.json';
import { LazyTable } from './lazy-table.js';

const PROGRAM_DATA = programData as unknown as { programs: Record<string, unknown>; touch: Record<string, unknown>; registries: Record<string, unknown> };

/** data/programs.json `programs`: option aliases, options that take values, subcommands. */
export const PROGRAM_SPECS = new LazyTable<Record<string, unknown>>(PROGRAM_DATA.programs);
/** data/programs.json `touch`: the touch models. */
export const TOUCH_MODELS = new LazyTable<Record<string, unknown>>(PROGRAM_DATA.touch);
/** data/programs.json `registries`: each package manager's default registry (a small table, objects). */
export const REGISTRY_DATA: Readonly<Record<string, unknown>> = PROGRAM_DATA.registries;
/** data/program-hazards.json `programs`. */
export const PROGRAM_HAZARDS = new LazyTable<Record<string, unknown>>((hazardData as unknown as { programs: Record<string, unknown> }).programs);
