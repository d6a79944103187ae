"""Writes core/data/catalogue.json from the bundled plans and national documents.

Each indicator id takes its names, unit, polarity and pillar from the first document that uses it (the
provincial plans in bundled order, then the national documents); `documents` lists every document that sets
a target for it. The DTI main index each indicator feeds (Quyết định 922/QĐ-BTTTT, 2022) is assigned below
by the indicator's subject: the DTI's three activity indexes follow the pillar, officials' skills feed
digital human resources, security approvals and online protection feed cyber security, and indicators of
the nation only (R&D, exports, world ranks) feed none. Run: python3 core/data/make_catalogue.py
"""

import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent
PLANS = ["tra_vinh", "can_tho", "tay_ninh_city", "tien_giang", "binh_dinh_2024"]
NATIONAL = ["nq57_2024"]
PILLARS = [
    {"id": "general", "name_vi": "Mục tiêu chung", "name_en": "General objectives"},
    {"id": "digital_government", "name_vi": "Chính quyền số", "name_en": "Digital government"},
    {"id": "digital_economy", "name_vi": "Kinh tế số", "name_en": "Digital economy"},
    {"id": "digital_society", "name_vi": "Xã hội số", "name_en": "Digital society"},
    {"id": "science_technology", "name_vi": "Khoa học, công nghệ và đổi mới sáng tạo", "name_en": "Science, technology and innovation"},
]
KIND = {
    "percent": "level_or_share", "percent_of_grdp": "level_or_share", "count": "level_or_share",
    "per_thousand_people": "level_or_share", "dong": "level_or_share", "index": "level_or_share",
    "percent_per_year": "yearly_rate", "percent_increase": "cumulative_change",
    "percent_reduction": "cumulative_change", "rank": "rank",
}
SPECIAL_DTI = {
    "dti_rank": "overall",
    "officials_basic_digital_skills": "human_resources",
    "officials_data_skills": "human_resources",
    "working_age_basic_digital_skills": "human_resources",
    "info_systems_security_approved": "cyber_security",
    "people_online_protected": "cyber_security",
    "communes_fibre_broadband": "infrastructure",
    "households_fibre_broadband": "infrastructure",
    "villages_fibre_broadband": "infrastructure",
}
NO_DTI = {
    "digital_competitiveness_rank_asean", "digital_competitiveness_rank_world", "egdi_rank_asean",
    "egdi_rank_world", "ai_rd_rank_asean", "world_class_digital_firms", "tfp_contribution_growth",
    "high_tech_export_share", "human_development_index", "rd_spending_share_grdp", "rd_spending_nonstate_share",
    "budget_share_sti_dx", "ranked_sti_organisations", "international_publications_growth",
    "patent_applications_growth", "patent_commercialisation_rate", "leading_tech_firms_attracted",
    "innovation_dx_rank_world", "labour_productivity_growth",
}
BY_PILLAR = {"digital_government": "digital_government", "digital_economy": "digital_economy",
             "digital_society": "digital_society"}


def main():
    entries = {}
    for pid in PLANS + NATIONAL:
        folder = "national" if pid in NATIONAL else "plans"
        plan = json.loads((ROOT / folder / f"{pid}.json").read_text(encoding="utf-8"))
        targeted = {t["indicator"] for t in plan["targets"]}
        for ind in plan["indicators"]:
            e = entries.get(ind["id"])
            if e is None:
                e = {k: ind[k] for k in ("id", "name_vi", "name_en", "unit", "polarity")}
                e["kind"] = KIND[ind["unit"]]
                e["pillar"] = ind["pillar"]
                dti = SPECIAL_DTI.get(ind["id"]) or (None if ind["id"] in NO_DTI else BY_PILLAR.get(ind["pillar"]))
                if dti:
                    e["dti_component"] = dti
                e["documents"] = []
                entries[ind["id"]] = e
            if ind["id"] in targeted:
                e["documents"].append(pid)
    for e in entries.values():
        e["documents"].sort()
    out = {"format_version": 1, "pillars": PILLARS, "indicators": [entries[k] for k in sorted(entries)]}
    text = json.dumps(out, ensure_ascii=False, indent=2) + "\n"
    (ROOT / "catalogue.json").write_text(text, encoding="utf-8")
    print(f"{len(entries)} indicators")


if __name__ == "__main__":
    main()
