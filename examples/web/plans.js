// The bundled plans and observations for the dashboard: the dashboard module (`chitieu/core`) leaves the
// bundled data out of its WebAssembly, and `chitieu/bundled` fetches it as JSON files. The plans' JSON is
// fetched once, at start (six files, about 27 KB gzipped), so that picking a plan loads it at once.
import { listNationalPlans, listPlans, observationsJson, planJson } from "/pkg/web/bundled.js";
import { ObservationSet, Plan } from "/pkg/web/core.js";

const texts = new Map(await Promise.all([...listPlans(), ...listNationalPlans()].map(async (id) => [id, await planJson(id)])));

export { listNationalPlans, listPlans };

/** A bundled plan or national document, loaded into the dashboard module (free it when done). */
export const loadPlan = (id) => Plan.fromJson(texts.get(id));

/** The bundled example observations, loaded into the dashboard module. */
export const bundledObservations = async () => ObservationSet.fromJson(await observationsJson());
