// `chitieu/bundled`: the data bundled with the package as JSON files, fetched when first asked for (see bundled.js).

/** Ids of the bundled plans, the default (`@DEFAULT_PLAN@`) first. */
export function listPlans(): string[];
/** Ids of the bundled national documents, whose JSON `planJson` gives like a plan's. */
export function listNationalPlans(): string[];
/** The JSON text of a bundled plan or national document (the default plan when no id is given), for
 * `Plan.fromJson`. An id that is not a string, or names no bundled plan, rejects with a `ChitieuError`. */
export function planJson(id?: string): Promise<string>;
/** The JSON text of the bundled example observations, for `ObservationSet.fromJson`. */
export function observationsJson(): Promise<string>;
/** The JSON text of the bundled catalogue of indicators. */
export function catalogueJson(): Promise<string>;
