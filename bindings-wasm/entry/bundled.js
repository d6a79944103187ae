// `chitieu/bundled`: the data bundled with the package (the seed plans, the national documents, the catalogue
// of indicators and the example observations) as JSON files beside this file (`data/`), each fetched when it
// is first asked for. The dashboard module (`chitieu/core`) leaves this data out of its WebAssembly, so that a
// dashboard of a province's own plans does not load five other plans; load a file here with the module's
// readers: `Plan.fromJson(await planJson("tra_vinh"))`, `ObservationSet.fromJson(await observationsJson())`.
// The full module (`chitieu`, Node's) has the same data inside it (`loadPlan`, `bundledObservations`,
// `catalogue`). Written by scripts/package.mjs from the full module's own data.

/** Ids of the bundled plans, the default first. */
const PLANS = Object.freeze(@PLANS@);
/** Ids of the bundled national documents, loaded like plans. */
const NATIONAL_PLANS = Object.freeze(@NATIONAL_PLANS@);

/** Ids of the bundled plans, the default (`@DEFAULT_PLAN@`) first. */
export function listPlans() {
  return [...PLANS];
}

/** Ids of the bundled national documents, whose JSON `planJson` gives like a plan's. */
export function listNationalPlans() {
  return [...NATIONAL_PLANS];
}

/** The JSON text of a bundled plan or national document (the default plan when no id is given), for
 * `Plan.fromJson`. An id that is not a string, or names no bundled plan, rejects with a `ChitieuError`. */
export async function planJson(id) {
  const which = id ?? PLANS[0];
  if (typeof which !== "string") throw chitieuError("wrong_type", "id is not a string; expected a string");
  if (!PLANS.includes(which) && !NATIONAL_PLANS.includes(which)) {
    throw chitieuError("unknown_plan", `no bundled plan ${JSON.stringify(which)}; expected one of ${PLANS.join(", ")}, ${NATIONAL_PLANS.join(", ")}`);
  }
  return file(`data/plans/${which}.json`);
}

/** The JSON text of the bundled example observations, for `ObservationSet.fromJson`. */
export async function observationsJson() {
  return file("data/observations.json");
}

/** The JSON text of the bundled catalogue of indicators. */
export async function catalogueJson() {
  return file("data/catalogue.json");
}

/** A `ChitieuError` as the modules throw them: its `code`, the `path` of the argument, no problems. */
function chitieuError(code, message) {
  const error = new Error(message);
  error.name = "ChitieuError";
  return Object.assign(error, { code, path: "id", problems: [] });
}

/** A data file's text, fetched from beside this file; a failed fetch rejects with its status. */
async function file(name) {
  const url = new URL(name, import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`chitieu/bundled: fetching ${url} failed: ${response.status} ${response.statusText}`);
  return response.text();
}
